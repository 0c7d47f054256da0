import Analysis
import Foundation
import Testing
@testable import Data

/// `fixtures/hostile/root` (written by fixtures/hostile/make_hostile.py) through the data layer and `check`'s text,
/// and huge inputs generated at test time (issue 10). Sizes are kept small enough for a debug build (< ~10 s).
@Suite struct HostileRootTests {
    static let hostile = TestPaths.packageRoot.appendingPathComponent("fixtures/hostile/root")

    /// A fresh temporary root whose folder name itself is hostile (the root's name reaches `check`'s first line).
    func temporaryRoot(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("hostile-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url.appendingPathComponent("logits_results/hf/output_pile/Org_m"),
                                                withIntermediateDirectories: true)
        return url
    }

    /// No C0/C1 control, DEL, bidi or invisible format character, except the line breaks between lines.
    func isTerminalSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 != "\n" && isUnsafeForTerminal($0) }
    }

    @Test func checkTextOfTheHostileRootShowsOnlyEscapes() throws {
        let report = try DatasetLoader.loadReport(DataRoot(url: Self.hostile, name: "hostile\u{1B}]0;t\u{07}"))
        let text = InventoryReport.lines(report).joined(separator: "\n")
        #expect(isTerminalSafe(text))
        #expect(text.contains("Data root: hostile\\x1b]0;t\\x07"))
        #expect(text.contains("  Evil/\\x1b]52;c;ZXZpbA==\\x07clip [other, huggingFace]"))
        #expect(text.contains("  Org/\\x1b]8;;http:%2F%2Fevil.example\\x1b\\link\\x1b]8;;\\x1b\\ [other, huggingFace]"))
        #expect(text.contains("  Org/abc\\u202efed [other, huggingFace]"))
        #expect(text.contains("aggregated_gender_10.csv, line 43: unknown disease \"flu\\x00nul\"; row skipped"))
        #expect(text.contains("logits_results/\\x1b]0;pwned\\x07.json"))
        #expect(text.contains("propagation_eval/\\x1b[2J/notes.txt"))
        #expect(text.contains("key \"human immunodeficiency virus\" / \"fe\\x00male\": unknown gender demographic"))
    }

    /// Every problem's text (what the problems pane, `check` and errors show) is safe once sanitised, and the raw
    /// names are kept in the model (the sanitiser runs at output, not at load).
    @Test func problemTextIsSafeAfterSanitising() throws {
        let dataset = try DatasetLoader.load(DataRoot(url: Self.hostile, name: "hostile"))
        #expect(dataset.models.count == 7)
        #expect(dataset.models.contains { $0.id.contains("\u{1B}]52;") })
        for problem in dataset.problems {
            #expect(isTerminalSafe(sanitizedForTerminal(problem.path + " " + problem.reason)))
        }
    }

    /// A 300 MB sparse file is refused from its size, before a byte is read.
    @Test func hugeSparseFileIsRefusedBySize() throws {
        let root = try temporaryRoot("sparse")
        let path = "logits_results/hf/output_pile/Org_m/logits_gender_en.json"
        let url = root.appendingPathComponent(path)
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        #expect(truncate(url.path, 300 * 1024 * 1024) == 0)
        let dataset = try DatasetLoader.load(DataRoot(url: root, name: "sparse"))
        #expect(dataset.problems(at: path).map(\.reason)
                == ["file of 314572800 bytes exceeds the 268435456-byte limit, not read"])
        try? FileManager.default.removeItem(at: root)
    }

    /// One 8 MB line with no line break (a single CSV field) gives one clear problem, not a hang.
    @Test func singleHugeLineIsOneProblem() throws {
        let root = try temporaryRoot("line")
        let path = "co_occurrence_results/output_pile/aggregated_counts/aggregated_gender_10.csv"
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(("Disease,Demographics,Counts\n" + String(repeating: "\u{1B}[2J", count: 2_000_000)).utf8).write(to: url)
        let dataset = try DatasetLoader.load(DataRoot(url: root, name: "line"))
        let errors = dataset.problems(at: path).filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.reason == "1 fields, expected 3; row skipped")
        try? FileManager.default.removeItem(at: root)
    }

    /// 100,000 distinct unknown disease names: 100 listed, then one line counting the rest.
    @Test func hundredThousandUnknownNamesAreCapped() throws {
        let root = try temporaryRoot("names")
        let path = "logits_results/hf/output_pile/Org_m/logits_race_en.json"
        let keys = (0..<100_000).map { "\"\\u001b]52;c;\($0)\\u0007\": []" }.joined(separator: ",")
        try Data(("{" + keys + "}").utf8).write(to: root.appendingPathComponent(path))
        let dataset = try DatasetLoader.load(DataRoot(url: root, name: "names"))
        let problems = dataset.problems(at: path)
        #expect(problems.count == 101)
        #expect(problems.last?.reason == "99900 further problems in this file not listed")
        try? FileManager.default.removeItem(at: root)
    }

    /// 100,000 nested arrays stop at the nesting limit instead of exhausting the stack.
    @Test func deepNestingIsRefused() throws {
        let root = try temporaryRoot("deep")
        let path = "logits_results/hf/output_pile/Org_m/logits_gender_en.json"
        let text = "{\"flu\": " + String(repeating: "[", count: 100_000) + "}"
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
        let dataset = try DatasetLoader.load(DataRoot(url: root, name: "deep"))
        #expect(dataset.problems(at: path).contains { $0.reason.contains("nesting deeper than 64 levels") })
        try? FileManager.default.removeItem(at: root)
    }
}
