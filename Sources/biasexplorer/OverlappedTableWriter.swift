import Analysis
import Data
import Dispatch
import Synchronization

/// Writes `tables`' files on a queue of their own, in the order given, while the next table group is computed: the
/// encoding and writing of one group (about a tenth of `tables`' work) then overlaps the analysis of the next
/// instead of following it. At most `maxPending` tables (about one table group) wait to be written (`enqueue` blocks while the queue holds more
/// than `maxPending` tables), so memory stays bounded. The first error stops further writes and is thrown by the
/// next `enqueue` and by `finish()`; progress lines are printed as each file is written, in order.
final class OverlappedTableWriter: Sendable {
    private struct State {
        var written = 0
        var dictionary = DataDictionary()
        var error: TableWriterError?
    }

    private let writer: TableWriter
    private let queue = DispatchQueue(label: "biasexplorer.tables.write")
    private let pending: DispatchSemaphore
    private let state = Mutex(State())

    init(_ writer: TableWriter, maxPending: Int = 12) {
        self.writer = writer
        pending = DispatchSemaphore(value: maxPending)
    }

    /// Schedules `table`'s file; returns at once unless `maxPending` tables are still waiting. Throws an earlier
    /// write's error, so that the caller stops computing tables no file will hold.
    func enqueue(_ table: TypedTable) throws(TableWriterError) {
        if let error = state.withLock({ $0.error }) { throw error }
        pending.wait()
        queue.async { [self] in
            defer { pending.signal() }
            guard state.withLock({ $0.error == nil }) else { return }
            do throws(TableWriterError) {
                let url = try writer.write(table)
                print("wrote \(TableWriter.visible(url.path)) (\(table.rowCount) rows)")
                state.withLock {
                    $0.dictionary.add(table)
                    $0.written += 1
                }
            } catch {
                state.withLock { $0.error = $0.error ?? error }
            }
        }
    }

    /// Waits for every scheduled file; the number written and their data dictionary, or the first error.
    func finish() throws(TableWriterError) -> (written: Int, dictionary: DataDictionary) {
        queue.sync {}
        let result = state.withLock { $0 }
        if let error = result.error { throw error }
        return (result.written, result.dictionary)
    }
}
