import Analysis
import Foundation
import Testing
@testable import Data

/// Hostile names, oversize files, symbolic-link loops and floods of bad names (issues 9 and 10).
@Suite struct ResourceBoundsTests {
    /// A fresh temporary data root with a `logits_results` folder.
    func temporaryRoot(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("bounds-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url.appendingPathComponent("logits_results/hf/output_pile"),
                                                withIntermediateDirectories: true)
        return url
    }

    func write(_ text: String, to root: URL, _ path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func hostileNamesReachTheInventoryOnlyAsVisibleEscapes() throws {
        let root = try temporaryRoot("hostile")
        let values = "[" + Array(repeating: "-1.0", count: 20).joined(separator: ", ") + "]"
        try write(#"{"\u001b[2Jflu\u202e": [["male", "# + values + #"]], "=cmd|' /C calc'!A0": []}"#, to: root,
                  "logits_results/hf/output_pile/Evil_\u{1B}]52;c;eA==\u{07}model/logits_gender_en.json")
        let report = try DatasetLoader.loadReport(DataRoot(url: root, name: "hostile\u{1B}[31m"))
        let text = InventoryReport.lines(report).joined(separator: "\n")
        for forbidden in ["\u{1B}", "\u{07}", "\u{202E}"] { #expect(!text.contains(forbidden)) }
        #expect(text.contains("hostile\\x1b[31m"))
        #expect(text.contains("Evil/\\x1b]52;c;eA==\\x07model"))
        #expect(text.contains("key \"\\x1b[2Jflu\\u202e\": unknown disease (en)"))
        #expect(text.contains("=cmd|' /C calc'!A0"))
    }

    @Test func oversizeFilesAreRefusedBeforeReading() throws {
        let root = try temporaryRoot("oversize")
        try write(String(repeating: "x", count: 5000), to: root, "big.json")
        guard case .failure(let failure) = FileReader.read(root.appendingPathComponent("big.json"), limit: 4096) else {
            Issue.record("a 5000-byte file passed a 4096-byte limit")
            return
        }
        #expect(failure.reason == "file of 5000 bytes exceeds the 4096-byte limit, not read")
    }

    @Test func symbolicLinkLoopsAndLinkedFoldersAreNotFollowed() throws {
        let root = try temporaryRoot("links")
        let folder = root.appendingPathComponent("logits_results/hf/output_pile")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path,
                                                   withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("a_b").path,
                                                   withDestinationPath: "b_a")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b_a").path,
                                                   withDestinationPath: "a_b")
        let dataset = try DatasetLoader.load(DataRoot(url: root, name: "links"))
        #expect(dataset.problems.contains(DataProblem(.warning, path: "logits_results/hf/output_pile/loop",
                                                      reason: "symbolic link to a folder already read (a loop or a second path to it), not followed")))
        // The two links pointing at each other are listed as (unrecognised) files, never walked into.
        #expect(dataset.problems.contains { $0.path == "logits_results/hf/output_pile/a_b" })
    }

    @Test func aFloodOfUnknownNamesIsReportedInBoundedSpace() throws {
        let root = try temporaryRoot("flood")
        let keys = (0..<5000).map { "\"unknown disease \($0)\": []" }.joined(separator: ", ")
        let path = "logits_results/hf/output_pile/Org_model/logits_race_en.json"
        try write("{" + keys + "}", to: root, path)
        let dataset = try DatasetLoader.load(DataRoot(url: root, name: "flood"))
        let problems = dataset.problems(at: path)
        #expect(problems.count == 101)
        #expect(problems.last?.reason == "4900 further problems in this file not listed")
    }
}
