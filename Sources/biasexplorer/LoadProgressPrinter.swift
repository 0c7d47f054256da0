import Data
import Foundation

/// Shows `loading <root>: n/N files` on stderr, rewritten in place, when stderr is a terminal and the load has taken
/// longer than `delay`; the line is erased when the load ends. Silent otherwise (pipes, CI logs, fast loads).
final class LoadProgressPrinter: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private let delay: TimeInterval
    private let label: String
    private var lastShown: Date?

    init(label: String, delay: TimeInterval = 0.5) {
        self.label = label
        self.delay = delay
    }

    /// A handler for `DatasetLoader.load(_:progress:)`, or nil when stderr is not a terminal.
    static func handler(label: String) -> (LoadProgressPrinter, LoadProgressHandler)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        let printer = LoadProgressPrinter(label: label)
        return (printer, { printer.update($0) })
    }

    /// A printer for the streamed `tables` (`tables <root>: n/N configurations`), or nil when stderr is not a
    /// terminal.
    static func tablesPrinter(label: String) -> LoadProgressPrinter? {
        isatty(STDERR_FILENO) == 1 ? LoadProgressPrinter(label: label) : nil
    }

    func update(_ progress: LoadProgress) {
        show(progress.filesDone, of: progress.filesTotal, "loading \(label): %@ files")
    }

    /// After a chunk of `tables`: configurations done so far.
    func update(configurationsDone done: Int, of total: Int) {
        show(done, of: total, "tables \(label): %@ configurations")
    }

    private func show(_ done: Int, of total: Int, _ format: String) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(start) >= delay else { return }
        if let lastShown, now.timeIntervalSince(lastShown) < 0.1, done < total { return }
        lastShown = now
        write("\r\u{1B}[K" + format.replacingOccurrences(of: "%@", with: "\(done)/\(total)"))
    }

    /// Erases the progress line if one was shown.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if lastShown != nil { write("\r\u{1B}[K") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Foundation.Data(text.utf8))
    }
}
