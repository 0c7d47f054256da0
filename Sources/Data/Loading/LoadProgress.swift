import Foundation

/// How far a load has come: input files parsed so far, out of all the input files of the root.
public struct LoadProgress: Sendable, Hashable {
    public let filesDone: Int
    public let filesTotal: Int
}

/// Called from the parsing workers (any thread), once per file, with counts that only grow.
public typealias LoadProgressHandler = @Sendable (LoadProgress) -> Void

/// Counts finished files across workers and reports each new count, in order, under a lock.
final class LoadProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let handler: LoadProgressHandler

    init(total: Int, handler: @escaping LoadProgressHandler) {
        self.total = total
        self.handler = handler
    }

    func fileDone() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        handler(LoadProgress(filesDone: done, filesTotal: total))
    }
}
