import Analysis
import Foundation
import Testing
@testable import Data

/// The faults of issue 20 that git cannot hold, made at run time: a symbolic link for `logits_results`, a link loop,
/// a folder name that is not UTF-8, a `logits_results` without logits, data roots that are not folders or cannot be
/// read, a dangling `--out` link, and unbounded synthesis arguments.
@Suite struct HardeningRuntimeTests {
    static let values = "[" + Array(repeating: "-1.5", count: 20).joined(separator: ", ") + "]"
    static let logits = #"{"flu": [["male", \#(values)], ["female", \#(values)], ["non-binary", \#(values)]]}"#

    func scratch(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("harden-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func write(_ text: String, _ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func aLinkedLogitsFolderIsFollowedAndALoopIsNot() throws {
        let base = try scratch("linked")
        let elsewhere = base.appendingPathComponent("other-disk/logits_results")
        try write(Self.logits, elsewhere.appendingPathComponent("hf/output_pile/Org_model/logits_gender_en.json"))
        let root = base.appendingPathComponent("root")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("logits_results").path,
                                                   withDestinationPath: elsewhere.path)
        try FileManager.default.createSymbolicLink(atPath: elsewhere.appendingPathComponent("hf/output_pile/loop").path,
                                                   withDestinationPath: elsewhere.path)
        let dataset = try DatasetLoader.load(DataRoot(url: root, name: "linked"))
        let configuration = LogitConfiguration(logitType: .hf, context: .plain, language: .en, group: .gender)
        #expect(dataset.logits(model: "Org/model", configuration: configuration) != nil)
        #expect(dataset.problems.contains(DataProblem(.warning, path: "logits_results/hf/output_pile/loop",
            reason: "symbolic link to a folder already read (a loop or a second path to it), not followed")))
        #expect(!dataset.problems.contains { $0.severity == .error })
    }

    @Test func aFolderNameThatIsNotUTF8IsAnError() throws {
        let root = try scratch("utf8")
        let parent = root.appendingPathComponent("logits_results/hf/output_pile")
        try write(Self.logits, parent.appendingPathComponent("Org_sound/logits_gender_en.json"))
        let name = Array((parent.path + "/Org_mod").utf8) + [0xFF] + Array("el".utf8)
        let made = (name + [0]).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { path in path.baseAddress.map { mkdir($0, 0o755) } ?? -1 }
        }
        try #require(made == 0)
        let dataset = try DatasetLoader.load(DataRoot(url: root, name: "utf8"))
        #expect(dataset.problems.contains(DataProblem(.error, path: "logits_results/hf/output_pile/Org_mod\u{FFFD}el",
            reason: "folder name is not valid UTF-8 (shown with U+FFFD); its files are not read")))
    }

    @Test func aLogitsFolderWithoutLogitsIsAnErrorACountsOnlyRootIsNot() throws {
        let empty = try scratch("no-logits")
        try write("stray\n", empty.appendingPathComponent("logits_results/hf/readme.txt"))
        let noLogits = try DatasetLoader.load(DataRoot(url: empty, name: "no-logits"))
        #expect(noLogits.problems.contains(DataProblem(.error, path: "logits_results",
            reason: "folder holds no readable logits file; no model can be analysed")))
        let countsOnly = try scratch("counts-only")
        try write("Disease,Demographics,Counts\nibs,male,3\n", countsOnly.appendingPathComponent(
            "co_occurrence_results/output_pile/aggregated_counts/aggregated_gender_50.csv"))
        let dataset = try DatasetLoader.load(DataRoot(url: countsOnly, name: "counts-only"))
        #expect(!dataset.problems.contains { $0.severity == .error })
    }

    @Test func rootsThatAreNotFoldersOrCannotBeReadSaySo() throws {
        #expect(throws: DataRootError.notAFolder(path: "/dev/null")) {
            try DataRoot.resolve(path: "/dev/null", environment: [:])
        }
        let file = try scratch("file").appendingPathComponent("plain.txt")
        try write("x", file)
        #expect(throws: DataRootError.notAFolder(path: file.path)) { try DataRoot.resolve(path: file.path, environment: [:]) }
        #expect(DataRootError.notAFolder(path: "/dev/null").description == "data root '/dev/null' is not a folder")
        #expect(DataRootError.unreadable(path: "/r", reason: "permission denied").description
                == "data root '/r' cannot be read: permission denied")
        guard getuid() != 0 else { return }  // root lists a chmod-000 folder
        let locked = try scratch("locked")
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o755) }
        #expect(throws: DataRootError.unreadable(path: locked.path, reason: "permission denied")) {
            try DataRoot.resolve(path: locked.path, environment: [:])
        }
    }

    @Test func aDanglingOutputLinkIsNamed() throws {
        let link = try scratch("dangling").appendingPathComponent("out")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "no-such-folder")
        #expect(throws: TableWriterError.danglingLink(path: link.path)) { try TableWriter(folder: link).validateFolder() }
        #expect(TableWriterError.danglingLink(path: "/o").description
                == "'/o' is a symbolic link to a missing target; not written through (give a folder path)")
    }

    @Test func synthesisArgumentsAreBoundedAndDiskSpaceIsCheckedFirst() throws {
        let out = try scratch("synth").appendingPathComponent("root")
        func message(_ options: SyntheticRootOptions) -> String? {
            do { _ = try SyntheticRoot.write(from: DataRoot.embedded.url, to: out, options: options); return nil } catch {
                return error.description
            }
        }
        #expect(message(SyntheticRootOptions(scale: 1, extraDiseases: 100_000_000))
                == "extra diseases must be between 0 and 10000, not 100000000")
        #expect(message(SyntheticRootOptions(scale: 51)) == "scale must be between 1 and 50, not 51")
        #expect(throws: SyntheticRootError.self) { try SyntheticRoot.checkFreeSpace(estimate: 1 << 60, at: out) }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
