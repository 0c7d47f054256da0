import Analysis
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// concurrent maps ran on one core. Meant for a handful of tasks (one thread each). POSIX threads joined before
    /// returning rather than Foundation's `Thread`, which may still hold its block after the task has signalled.
    static func threadPerTask(_ count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 1 else { if count == 1 { body(0) }; return }
        // Every thread is joined before this returns, so the body does not outlive the call.
        withoutActuallyEscaping(body) { body in
            var threads: [pthread_t] = []
            for index in 1..<count {
                let task = Unmanaged.passRetained(ThreadTask { body(index) })
                var attributes = pthread_attr_t()
                pthread_attr_init(&attributes)
                pthread_attr_setstacksize(&attributes, 8 << 20)
                var thread = pthread_t()
                let status = pthread_create(&thread, &attributes, { context in
                    Unmanaged<ThreadTask>.fromOpaque(context!).takeRetainedValue().run()
                    return nil
                }, task.toOpaque())
                pthread_attr_destroy(&attributes)
                if status == 0 {
                    threads.append(thread)
                } else {
                    // No thread to be had: the task runs here instead.
                    task.takeRetainedValue().run()
                }
            }
            body(0)
            for thread in threads { pthread_join(thread, nil) }
        }
    }
}

/// One task of `threadPerTask`, handed to its thread as a retained pointer.
private final class ThreadTask {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}
