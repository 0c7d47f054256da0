import Analysis
import Foundation
import Testing
@testable import Data

/// TableWriter on temporary folders (names with spaces and non-ASCII characters included).
struct TableWriterTests {
    let tables = [
        TypedTable(name: "a.csv", header: ["disease", "count"], rows: [[.text("crohn’s disease"), .integer(3)]]),
        TypedTable(name: "b.csv", header: ["x"], rows: [[.number(0.5)], [.missing]]),
    ]

    func temporaryFolder() throws -> URL {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("tablewriter tests ünï \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        return base
    }

    func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func createsAMissingFolderAndWritesEveryTable() throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("sortie 表")
        let written = try TableWriter(folder: folder).write(tables)
        #expect(written.map(\.lastPathComponent) == ["a.csv", "b.csv"])
        #expect(try text(folder.appendingPathComponent("a.csv")) == "disease,count\ncrohn’s disease,3\n")
        #expect(try text(folder.appendingPathComponent("b.csv")) == "x\n0.5\n\n")
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.csv", "b.csv"])
    }

    @Test func refusesANonEmptyFolderUnlessForced() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "old".write(to: folder.appendingPathComponent("a.csv"), atomically: false, encoding: .utf8)
        #expect(throws: TableWriterError.folderNotEmpty(path: folder.path)) {
            try TableWriter(folder: folder).write(tables)
        }
        #expect(throws: TableWriterError.folderNotEmpty(path: folder.path)) { try TableWriter(folder: folder).validateFolder() }
        try TableWriter(folder: folder.appendingPathComponent("new"), force: false).validateFolder()
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new").path))   // nothing created
        #expect(try text(folder.appendingPathComponent("a.csv")) == "old")
        try TableWriter(folder: folder, force: true).write(tables)
        #expect(try text(folder.appendingPathComponent("a.csv")).hasPrefix("disease,count\n"))
    }

    @Test func missingParentAndFileInTheWay() throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let deep = base.appendingPathComponent("no such parent").appendingPathComponent("out")
        #expect(throws: TableWriterError.parentMissing(path: deep.path)) { try TableWriter(folder: deep).write(tables) }
        let file = base.appendingPathComponent("plain file")
        try "x".write(to: file, atomically: false, encoding: .utf8)
        #expect(throws: TableWriterError.notAFolder(path: file.path)) { try TableWriter(folder: file).write(tables) }
    }

    @Test func neverWritesThroughASymlink() throws {
        let base = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let victim = base.appendingPathComponent("victim.txt")
        try "precious".write(to: victim, atomically: false, encoding: .utf8)
        let folder = base.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("a.csv"), withDestinationURL: victim)
        try TableWriter(folder: folder, force: true).write(tables)
        #expect(try text(victim) == "precious")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("a.csv").path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }

    @Test func rejectsNamesThatLeaveTheFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["../escape.csv", "sub/a.csv", ".hidden.csv", ""] {
            #expect(throws: TableWriterError.invalidFileName(name: name)) {
                try TableWriter(folder: folder).write([TypedTable(name: name, header: ["x"])])
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// Root ignores permission bits, so this check only runs for an ordinary user.
    @Test(.enabled(if: geteuid() != 0, "running as root: a read-only folder is writable for root"))
    func readOnlyFolderIsATypedError() throws {
        let folder = try temporaryFolder()
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        chmod(folder.path, 0o555)
        do {
            try TableWriter(folder: folder).write(tables)
            Issue.record("expected a permission error")
        } catch {
            guard case .systemError(let path, _, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(path == folder.appendingPathComponent("a.csv").path)
        }
    }

    /// A folder where the system refuses new files even for root (procfs), so the typed error is always checked.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status"), "no procfs on this system"))
    func systemRefusalNamesTheFile() throws {
        let folder = URL(fileURLWithPath: "/proc/self")
        do {
            try TableWriter(folder: folder, force: true).write(tables)
            Issue.record("expected the system to refuse")
        } catch {
            guard case .systemError(let path, let operation, _) = error else { Issue.record("wrong \(error)"); return }
            #expect(path == "/proc/self/a.csv" && operation == "write")
            #expect(error.description.hasPrefix("cannot write '/proc/self/a.csv': "))
        }
    }

    @Test func errorTextShowsHostileCharactersAsEscapes() {
        let error = TableWriterError.parentMissing(path: "/tmp/\u{1b}]52;c;x\u{07}/a\u{202e}b")
        #expect(error.description == "cannot create '/tmp/\\x1b]52;c;x\\x07/a\\u202eb': its parent folder does not exist")
        #expect(TableWriter.visible("crohn’s disease/sortie 表") == "crohn’s disease/sortie 表")
    }
}
