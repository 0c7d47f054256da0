import Foundation
import Testing
@testable import Data

/// `tables` killed while writing leaves `<name>.tmp-<pid>-<n>` files (issue 21's streamed writer renames into place
/// at the end); the next run into the folder removes those of processes no longer alive, and nothing else.
struct TableWriterStaleTests {
    /// The pid of a process that has exited and been reaped.
    func deadPid() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func removesOnlyTheTemporariesOfDeadProcesses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stale tmp \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dead = try deadPid(), alive = getpid()
        let parent = getppid()  // alive, and not this process
        let names = ["scores.csv.tmp-\(dead)-0", "tau_counts.csv.tmp-\(dead)-3",  // removed
                     "top_bottom.csv.tmp-\(parent)-0",  // a live process's: kept
                     "mine.csv.tmp-\(alive)-0",  // this process's own: kept
                     "scores.csv", "notes.tmp-12x-0", ".tmp-\(dead)-0", "a.csv.tmp-\(dead)", "b.csv.tmp-\(dead)-0-1"]
        for name in names { try "x".write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        // A symbolic link named like a temporary is not a file of ours: kept, and what it points to untouched.
        let target = folder.appendingPathComponent("target.csv")
        try "keep".write(to: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.csv.tmp-\(dead)-1").path,
                                                   withDestinationPath: target.path)
        let writer = TableWriter(folder: folder, force: true)
        try writer.prepare()
        #expect(writer.removeStaleTemporaries() == ["scores.csv.tmp-\(dead)-0", "tau_counts.csv.tmp-\(dead)-3"])
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == (names.dropFirst(2) + ["target.csv", "link.csv.tmp-\(dead)-1"]).sorted())
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
        #expect(writer.removeStaleTemporaries().isEmpty)
    }

    @Test func readsTheOwnerFromTheName() {
        #expect(TableWriter.temporaryOwner("a.csv.tmp-123-0") == 123)
        #expect(TableWriter.temporaryOwner("a.tmp-b.csv.tmp-45-17") == 45)
        for name in ["a.csv", "a.csv.tmp-", "a.csv.tmp-1", "a.csv.tmp--1-0", "a.csv.tmp-0-0", "a.csv.tmp-١٢-0",
                     ".tmp-1-0", "a.csv.tmp-1-x"] {
            #expect(TableWriter.temporaryOwner(name) == nil, "\(name)")
        }
    }
}
