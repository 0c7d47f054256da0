import Analysis
import Dispatch
import Foundation

extension ParallelMap {
    /// The production parallel map: `body(0..<count)` on all cores (`DispatchQueue.concurrentPerform`). The loader
    /// uses it for the files; the composition root passes it to the analyses, which never start threads themselves.
    /// Its `forLongTasks` runs each task but the first on a thread of its own (`threadPerTask`).
    public static let concurrent = ParallelMap({ count, body in
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }, longTasks: threadPerTask)

    /// `body(0)` on the caller's thread and every other `body(i)` on a new thread; returns when all have returned.
    /// Not `concurrentPerform`: libdispatch runs an apply nested in another with its width divided by the outer
    /// one's (2 / 2 = 1 thread on a 2-core machine), so when one of two tasks finished first, the other's own
    /// concurrent maps ran on one core. Meant for a handful of tasks (one thread each).
    static func threadPerTask(_ count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 1 else { if count == 1 { body(0) }; return }
        // The threads never outlive this call (it waits for them), so the body does not escape it.
        withoutActuallyEscaping(body) { body in
            let group = DispatchGroup()
            for index in 1..<count {
                group.enter()
                let thread = Thread {
                    body(index)
                    group.leave()
                }
                thread.stackSize = 8 << 20
                thread.start()
            }
            body(0)
            group.wait()
        }
    }
}
