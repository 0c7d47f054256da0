import Analysis
import Data
import Dispatch
import Foundation
import Synchronization

/// Writes the streamed `tables`' files (`ChunkedTables`) on a queue of their own while the next table group is
/// computed: each table chunk's rows are appended to its file (opened when the table is first met, so files come in
/// the order of the first chunk) and its differences to `paper_vs_correct.csv`'s two parts for that table, kept on
/// disk (`RowSpill`) until every table is done. At most `maxPending` chunks wait to be written (`enqueue` blocks
/// while the queue holds more), so memory stays bounded. `finish()` completes every file in order (printing a line
/// for each), then writes `paper_vs_correct.csv` from the parts, table by table. The first error stops further
/// writes and is thrown by the next `enqueue` and by `finish()`; unfinished files are removed.
final class StreamedTableWriter: Sendable {
    /// The open files and spills, in the order first met; touched on the queue only (and after it has drained).
    private struct Files {
        var tables: [TableFileStream] = []
        var position: [String: Int] = [:]
        var differences: [(rows: RowSpill, paperOnly: RowSpill)] = []
        var differencePosition: [String: Int] = [:]

        mutating func write(_ chunk: TableChunk, with writer: TableWriter) throws(TableWriterError) {
            let name = chunk.table.name
            if position[name] == nil {
                tables.append(try writer.openStream(for: chunk.table))
                position[name] = tables.count - 1
            }
            try tables[position[name] ?? 0].append(chunk.table)
            guard let (rows, paperOnly) = chunk.differences else { return }
            if differencePosition[name] == nil {
                differences.append((try writer.openSpill(for: PaperVsCorrect.tableName),
                                    try writer.openSpill(for: PaperVsCorrect.tableName)))
                differencePosition[name] = differences.count - 1
            }
            let index = differencePosition[name] ?? 0
            try differences[index].rows.append(rows)
            try differences[index].paperOnly.append(paperOnly)
        }

        func release(keepingFrom finished: Int) {
            for file in tables.dropFirst(finished) { file.abandon() }
            for part in differences {
                part.rows.release()
                part.paperOnly.release()
            }
        }
    }

    private let writer: TableWriter
    private let queue = DispatchQueue(label: "biasexplorer.tables.write")
    private let pending: DispatchSemaphore
    private let files = Mutex(Files())
    private let failure = Mutex<TableWriterError?>(nil)

    init(_ writer: TableWriter, maxPending: Int = 12) {
        self.writer = writer
        pending = DispatchSemaphore(value: maxPending)
    }

    /// Schedules a chunk's rows and differences; returns at once unless `maxPending` chunks are still waiting.
    /// Throws an earlier write's error, so that the caller stops computing tables no file will hold.
    func enqueue(_ chunk: TableChunk) throws(TableWriterError) {
        if let error = failure.withLock({ $0 }) { throw error }
        pending.wait()
        queue.async { [self] in
            defer { pending.signal() }
            guard failure.withLock({ $0 == nil }) else { return }
            do throws(TableWriterError) {
                try files.withLock { files throws(TableWriterError) in try files.write(chunk, with: writer) }
            } catch {
                failure.withLock { $0 = $0 ?? error }
            }
        }
    }

    /// Waits for every scheduled chunk, completes the files in order and writes `paper_vs_correct.csv`; the number
    /// of files written and their data dictionary, or the first error (unfinished files removed).
    func finish() throws(TableWriterError) -> (written: Int, dictionary: DataDictionary) {
        queue.sync {}
        if let error = failure.withLock({ $0 }) {
            abandon()
            throw error
        }
        return try files.withLock { files throws(TableWriterError) in
            var dictionary = DataDictionary(), finished = 0
            do throws(TableWriterError) {
                for file in files.tables {
                    let url = try file.finish()
                    finished += 1
                    print("wrote \(TableWriter.visible(url.path)) (\(file.rowCount) rows)")
                    dictionary.add(file.schema)
                }
                dictionary.add(try Self.writeComparison(files.differences, with: writer))
            } catch {
                files.release(keepingFrom: finished + 1)  // a file whose `finish` failed is removed by it
                throw error
            }
            files.release(keepingFrom: files.tables.count)
            return (finished + 1, dictionary)
        }
    }

    /// `paper_vs_correct.csv`: each table's differences, then its paper-only ones, tables in order.
    private static func writeComparison(_ parts: [(rows: RowSpill, paperOnly: RowSpill)],
                                        with writer: TableWriter) throws(TableWriterError) -> TypedTable {
        var comparison = try writer.openStream(for: PaperVsCorrect.emptyTable())
        do throws(TableWriterError) {
            for part in parts {
                try comparison.append(part.rows)
                try comparison.append(part.paperOnly)
            }
        } catch {
            comparison.abandon()
            throw error
        }
        let url = try comparison.finish()
        print("wrote \(TableWriter.visible(url.path)) (\(comparison.rowCount) rows)")
        return comparison.schema
    }

    /// Removes every unfinished file (the computation failed).
    func abandon() {
        queue.sync {}
        files.withLock { files in
            files.release(keepingFrom: 0)
            files = Files()
        }
    }
}
