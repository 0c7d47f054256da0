import Analysis
import Foundation
import Testing
@testable import Data

/// The streamed `tables`' files (issue 21): a table written chunk by chunk is the CSV of the whole table, appears
/// only when finished, and leaves nothing behind when abandoned; spills are read back in order and never appear.
struct TableFileStreamTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stream tests \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func table(_ rows: [[TableCell]]) -> TypedTable {
        TypedTable(name: "a.csv", header: ["disease", "value"], rows: rows)
    }

    @Test func chunksAndSpillsMakeTheWholeTablesCSV() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = TableWriter(folder: folder)
        let first = Self.table([[.text("flu"), .integer(3)], [.text("=cmd"), .missing]])
        let second = Self.table([[.text("flu"), .number(0.5)]])
        let third = Self.table([[.text("asthma"), .integer(-1)]])
        var stream = try writer.openStream(for: first)
        var spill = try writer.openSpill(for: "a.csv")
        try stream.append(first)
        try spill.append(third)
        try stream.append(second)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.csv").path))
        try stream.append(spill)
        spill.release()
        let url = try stream.finish()
        var whole = first
        whole.append(rowsOf: second)
        whole.append(rowsOf: third)
        #expect(try String(contentsOf: url, encoding: .utf8) == whole.text)
        #expect(stream.rowCount == 4)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.csv"])
    }

    @Test func anAbandonedStreamLeavesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var stream = try TableWriter(folder: folder).openStream(for: Self.table([]))
        try stream.append(Self.table([[.text("flu"), .integer(1)]]))
        stream.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aBadTableNameIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = TypedTable(name: "../x.csv", header: ["a"], rows: [])
        #expect(throws: TableWriterError.invalidFileName(name: "../x.csv")) {
            try TableWriter(folder: folder).openStream(for: table)
        }
    }
}
