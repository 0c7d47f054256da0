import Analysis
import Dispatch

extension ParallelMap {
    /// The production parallel map: `body(0..<count)` on all cores (`DispatchQueue.concurrentPerform`). The loader
    /// uses it for the files; the composition root passes it to the analyses, which never start threads themselves.
    public static let concurrent = ParallelMap { count, body in
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
}
