import Analysis
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A table file written a chunk of rows at a time (the streamed `tables`, issue 21), still whole or not at all:
/// the header and rows go to a temporary file beside the target, which `finish()` flushes and renames over it;
/// `abandon()` removes it. The chunks must share the first chunk's columns.
public struct TableFileStream: Sendable {
    /// The columns and description of the table (no rows), for the data dictionary.
    public let schema: TypedTable
    public let target: URL
    let temporary: String
    let descriptor: Int32
    public private(set) var rowCount = 0

    /// Appends a chunk's rows.
    public mutating func append(_ table: TypedTable) throws(TableWriterError) {
        guard TableWriter.writeCSV(table, header: false, to: descriptor) else { throw failed() }
        rowCount += table.rowCount
    }

    /// Appends the rows a spill holds, in the order they were spilled.
    public mutating func append(_ spill: RowSpill) throws(TableWriterError) {
        guard spill.copy(to: descriptor) else { throw failed() }
        rowCount += spill.rowCount
    }

    /// Flushes, closes and renames the file over its target.
    public func finish() throws(TableWriterError) -> URL {
        try TableWriter.finish(descriptor, temporary, target: target.path)
        return target
    }

    /// Closes and removes the temporary file (the target is left as it was).
    public func abandon() {
        close(descriptor)
        unlink(temporary)
    }

    private func failed() -> TableWriterError {
        .systemError(path: target.path, operation: "write", reason: TableWriter.errnoText())
    }
}

/// Rows of CSV kept on disk until they can be written in their place (the paper-only differences of a table,
/// which follow all of its other differences): an unlinked file in the output folder, so it never outlives the
/// process, read back whole by `copy(to:)`.
public struct RowSpill: Sendable {
    let descriptor: Int32
    let path: String
    public private(set) var rowCount = 0

    public mutating func append(_ table: TypedTable) throws(TableWriterError) {
        guard TableWriter.writeCSV(table, header: false, to: descriptor) else {
            throw .systemError(path: path, operation: "write", reason: TableWriter.errnoText())
        }
        rowCount += table.rowCount
    }

    /// Copies everything written so far to `output`; false on an error.
    func copy(to output: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var offset: off_t = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return false }
            if count == 0 { return true }
            guard TableWriter.writeAll(Array(buffer[0..<count]), to: output) else { return false }
            offset += off_t(count)
        }
    }

    /// Closes the spill (its rows are gone with it).
    public func release() { close(descriptor) }
}

extension TableWriter {
    /// Opens `folder/<name of table>` for a table written chunk by chunk (its header written now); call
    /// `prepare()` first.
    public func openStream(for table: TypedTable) throws(TableWriterError) -> TableFileStream {
        guard TableWriter.isPlainFileName(table.name) else { throw .invalidFileName(name: table.name) }
        let target = folder.appendingPathComponent(table.name)
        let (descriptor, temporary) = try TableWriter.createTemporary(near: target.path)
        let schema = TypedTable(name: table.name, summary: table.summary, rowOrder: table.rowOrder,
                                keyColumns: table.keyColumns, columns: table.columns)
        guard TableWriter.writeAll(CSVEncoder(schema).header(), to: descriptor) else {
            let error = TableWriterError.systemError(path: target.path, operation: "write",
                                                     reason: TableWriter.errnoText())
            close(descriptor)
            unlink(temporary)
            throw error
        }
        return TableFileStream(schema: schema, target: target, temporary: temporary, descriptor: descriptor)
    }

    /// A spill for rows of the table `name`, in the output folder (removed from it at once).
    public func openSpill(for name: String) throws(TableWriterError) -> RowSpill {
        let target = folder.appendingPathComponent(name).path
        let (descriptor, temporary) = try TableWriter.createTemporary(near: target + ".spill", readable: true)
        unlink(temporary)
        return RowSpill(descriptor: descriptor, path: target)
    }
}
