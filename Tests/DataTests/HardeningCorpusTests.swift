import Analysis
import Foundation
import Testing
@testable import Data

/// `fixtures/hardening` (issue 20; written by `fixtures/make_malformed.py`): each fault yields its exact problem and
/// what is sound still loads.
@Suite struct HardeningCorpusTests {
    static let counts = "co_occurrence_results/output_pile/aggregated_counts/"
    static let pile = "logits_results/hf/output_pile/"
    static let report: LoadReport? = try? DatasetLoader.loadReport(DataRoot(url: TestPaths.hardening, name: "hardening"))

    @Test func eachFaultYieldsItsExactProblem() throws {
        let max = CooccurrenceTable.maximumCount
        let expected: [(String, String?, ProblemSeverity, String)] = [
            (Self.counts + "aggregated_gender_250.csv", "line 2", .error, "4 fields, expected 3; row skipped"),
            (Self.counts + "aggregated_gender_250.csv", "line 3", .error,
             "count 9223372036854775807 exceeds the largest supported count (\(max)); row skipped"),
            (Self.counts + "aggregated_gender_250.csv", "line 5", .error,
             "duplicate row for flu/female would sum past the largest supported count (\(max)); row skipped"),
            (Self.counts + "aggregated_gender_250.csv", "line 7", .error,
             "count \"9223372036854775808\" is not a non-negative integer; row skipped"),
            (Self.counts + "aggregated_race_50.csv", "line 2", .error,
             "unknown disease \"\(String(repeating: "x", count: 80))…\"; row skipped"),
            (FileFamily.documentTotalsPath, "element 0", .error,
             "not {\"disease\": name, \"count\": non-negative integer}; skipped"),
            (PrevalenceSource.real.relativePath, "line 1", .error,
             "duplicate column \"white\" (column 4; first at column 2); the first is kept"),
            (PrevalenceSource.real.relativePath, "line 2", .warning, "negative value \"-3\"; left missing"),
            (PrevalenceSource.real.relativePath, "line 2", .warning, "value \"0x1p3\" is not a decimal number; left missing"),
            (PrevalenceSource.demo20.relativePath, nil, .error, "header only: no rows, the table has no data"),
            (Self.pile + "Org_empty/logits_gender_en.json", nil, .error,
             "no disease entries (an empty object); nothing to read"),
            (Self.pile + "Org_copied/logits_gender_fr.json", nil, .error,
             "names belong to es, not fr as the file name says (2 of 2 disease keys are es names; demographic labels are es); file not used"),
            ("logits_results/hf/output_pile/Org_stray", nil, .warning,
             "8 entries: not named like a logits file of the Cross-Care layout; not read (first: notes_1.txt, notes_2.txt, notes_3.txt, …)"),
        ]
        let problems = try #require(Self.report?.dataset.problems)
        for (path, place, severity, reason) in expected {
            #expect(problems.contains(DataProblem(severity, path: path, place: place, reason: reason)),
                    "\(path) \(place ?? ""): \(reason)")
        }
        // No problem quotes more than about 80 characters of a value, and the stray files are not listed one by one.
        #expect(problems.allSatisfy { $0.reason.count < 200 })
        #expect(!problems.contains { $0.path.hasSuffix("notes_4.txt") })
        // The sound French file of another model is not taken for another language.
        #expect(!problems.contains { $0.path.hasPrefix(Self.pile + "Org_sound/") && $0.severity == .error })
    }

    @Test func soundRowsAroundTheFaultsLoad() throws {
        let dataset = try #require(Self.report?.dataset)
        let ibs = try dataset.id("ibs"), flu = try dataset.id("flu"), hiv = try dataset.id("hiv/aids")
        let gender = try #require(dataset.counts(window: .w250, group: .gender))
        #expect(gender.vector(disease: ibs) == [10, 0, 0])  // the 4-field row is not stored as 5
        #expect(gender.vector(disease: hiv) == [0, 0, 0])
        #expect(gender.vector(disease: flu) == [0, 600_000_000_000_000, 0])  // the first of the duplicates
        #expect(dataset.documentTotals[flu] == nil && dataset.documentTotals[ibs] == 4)
        let asthma = try #require(dataset.prevalence[.real]?.rows.first)
        #expect(asthma.values[.white]?.value == 1)  // the first of the two white columns
        #expect(asthma.values[.black]?.value == nil && asthma.values[.male]?.value == nil)
        #expect(asthma.values[.female]?.value == 5)
        let french = LogitConfiguration(logitType: .hf, context: .plain, language: .fr, group: .gender)
        #expect(dataset.logits(model: "Org/sound", configuration: french) != nil)
        #expect(dataset.logits(model: "Org/copied", configuration: french) == nil)
    }

    /// The analyses never trap on counts at the bound: every table of both modes is computed.
    @Test func tablesAreComputedFromCountsAtTheBound() throws {
        let dataset = try #require(Self.report?.dataset)
        var tables = 0
        _ = try AnalysisTables.forEachTable(dataset) { _, _ in tables += 1 }
        #expect(tables > 0)
    }
}
