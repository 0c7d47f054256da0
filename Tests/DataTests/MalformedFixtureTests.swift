import Analysis
import Foundation
import Testing
@testable import Data

/// `fixtures/malformed` (written by `fixtures/make_malformed.py`): one fault per file. Faults git cannot hold are
/// added to a temporary copy: a FIFO, a dangling symbolic link and a chmod-000 file.
@Suite struct MalformedFixtureTests {
    static let counts = "co_occurrence_results/output_pile/aggregated_counts/"
    static let pythia70 = "logits_results/hf/output_pile/EleutherAI_pythia-70m-deduped/"
    static let pythia160 = "logits_results/hf/output_pile/EleutherAI_pythia-160m-deduped/"
    static let unreadable = "propagation_eval/real_world_data/cross_care_demo.csv"

    static let report: LoadReport? = {
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("malformed-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: temporary)
        do {
            try FileManager.default.copyItem(at: TestPaths.malformed, to: temporary)
            guard mkfifo(temporary.appendingPathComponent(counts + "aggregated_race_10.csv").path, 0o644) == 0 else { return nil }
            try FileManager.default.createDirectory(at: temporary.appendingPathComponent("propagation_eval/section1"),
                                                    withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: temporary.appendingPathComponent(
                "propagation_eval/section1/cross_care_demo.csv").path, withDestinationPath: "no-such-target.csv")
            let locked = temporary.appendingPathComponent(unreadable)
            try Data("disease,white\nasthma,750\n".utf8).write(to: locked)
            chmod(locked.path, 0)
            return try DatasetLoader.loadReport(DataRoot(url: temporary, name: "malformed"))
        } catch {
            return nil
        }
    }()

    func problem(_ path: String, _ place: String?, _ severity: ProblemSeverity = .error) -> DataProblem? {
        Self.report?.dataset.problems.first { $0.path == path && $0.place == place && $0.severity == severity }
    }

    @Test func eachFaultYieldsItsExactProblem() throws {
        let expected: [(String, String?, ProblemSeverity, String)] = [
            (Self.counts + "aggregated_gender_10.csv", nil, .error, "empty file: no header, no rows"),
            (Self.counts + "aggregated_gender_100.csv", "line 3", .error, "count \"12x\" is not a non-negative integer; row skipped"),
            (Self.counts + "aggregated_gender_250.csv", "line 3", .error, "unknown gender demographic \"martian\"; row skipped"),
            (Self.counts + "aggregated_gender_50.csv", "line 4", .warning, "duplicate row for ibs/male; counts summed"),
            (Self.counts + "aggregated_race_100.csv", "line 3", .error, "invalid UTF-8 (shown with U+FFFD)"),
            (Self.counts + "aggregated_race_250.csv", nil, .error, "is a directory, expected a file"),
            (Self.counts + "aggregated_race_10.csv", nil, .error, "is not a regular file (FIFO, socket or device), not read"),
            ("propagation_eval/section1/cross_care_demo.csv", nil, .error,
             "cannot read: dangling symbolic link (no such file or directory)"),
            (Self.pythia70 + "logits_gender_en.json", "byte 499", .error,
             "unexpected end of file (truncated JSON); 1 disease read before it is kept"),
            (Self.pythia70 + "logits_gender_fr.json", "key \"grippe\" / \"masculin\", byte 44", .error,
             "2 numbers too large for a Double treated as missing (first shown)"),
            (Self.pythia70 + "logits_gender_fr.json", "key \"grippe\" / \"masculin\", byte 453", .error,
             "1 Infinity values treated as missing (first shown)"),
            ("logits_results/hf_tf/output_pile/EleutherAI_pythia-70m-deduped/logits_gender_en.json",
             "key \"flu\" / \"male\", byte 19", .error, "2 non-numeric values treated as missing (first shown)"),
            (Self.pythia160 + "logits_gender_en.json", "key \"dragon pox\"", .error, "unknown disease (en); its entries are skipped"),
            (Self.pythia160 + "logits_gender_en.json", "key \"acne\" / \"martian\"", .error,
             "unknown gender demographic \"martian\"; entry skipped"),
            (Self.pythia160 + "logits_gender_en.json", "key \"acne\" / \"female\"", .error,
             "2 values, expected 20 templates; entry skipped"),
            (Self.pythia160 + "logits_gender_en.json", "key \"flu\" / \"male\"", .warning,
             "duplicate entry with different values; the first is kept"),
            (Self.pythia160 + "logits_race_en.json", "byte 72", .error,
             "nesting deeper than 64 levels; no disease was read before it"),
        ]
        try #require(Self.report != nil)
        for (path, place, severity, reason) in expected {
            let problems = Self.report?.dataset.problems ?? []
            #expect(problems.contains(DataProblem(severity, path: path, place: place, reason: reason)),
                    "\(path) \(place ?? ""): \(reason)")
        }
    }

    @Test func unreadableFileIsReportedUnlessRunningAsRoot() throws {
        let dataset = try #require(Self.report?.dataset)
        if getuid() == 0 {
            // Root reads a chmod-000 file; the dangling link and the FIFO above cover unreadable files for root.
            #expect(dataset.filesRead.contains(Self.unreadable))
        } else {
            #expect(problem(Self.unreadable, nil)?.reason == "cannot read: permission denied")
        }
    }

    @Test func everythingSoundStillLoads() throws {
        let dataset = try #require(Self.report?.dataset)
        let ibs = try dataset.id("ibs"), flu = try dataset.id("flu")
        let sepsis = try dataset.id("sepsis"), hiv = try dataset.id("hiv/aids")
        // aggregated_gender_250.csv: ibs/male 10 and hiv/aids/female 3 around the bad row.
        let gender250 = try #require(dataset.counts(window: .w250, group: .gender))
        #expect(gender250.vector(disease: ibs) == [10, 0, 0])
        #expect(gender250.vector(disease: hiv) == [0, 3, 0])
        // Duplicate rows 10 + 5 summed; BOM + CRLF file read; the bare code 91302008 is sepsis.
        #expect(dataset.counts(window: .w50, group: .gender)?.vector(disease: ibs) == [15, 4, 0])
        let race50 = try #require(dataset.counts(window: .w50, group: .race))
        #expect(race50.count(disease: ibs, demographicIndex: Demographic.asian.indexInGroup) == 1153)
        #expect(race50.count(disease: sepsis, demographicIndex: Demographic.white.indexInGroup) == 7)
        #expect(dataset.counts(window: .w10, group: .gender) == nil)
        #expect(dataset.documentTotals[ibs] == 12 && dataset.documentTotals[flu] == 7)
        let asthma = try #require(dataset.prevalence[.real]?.rows.first)
        #expect(asthma.values[.white]?.value == 1200.5 && asthma.values[.black]?.raw == "Na")
    }

    @Test func soundLogitsAroundTheFaultsLoad() throws {
        let dataset = try #require(Self.report?.dataset)
        let flu = try dataset.id("flu")
        func table(_ model: String, _ language: Language, _ logitType: LogitType = .hf) -> LogitTable? {
            dataset.logits(model: model, configuration: LogitConfiguration(logitType: logitType, context: .plain,
                                                                           language: language, group: .gender))
        }
        // Fixture values: template t of the row started at s is -(s + t) * 1.5.
        #expect(table("EleutherAI/pythia-70m-deduped", .en)?.logit(disease: flu, demographicIndex: 0, template: 0) == -1.5)
        let french = try #require(table("EleutherAI/pythia-70m-deduped", .fr))
        #expect(french.logit(disease: flu, demographicIndex: 0, template: 3).isNaN)
        #expect(french.logit(disease: flu, demographicIndex: 0, template: 6) == -10.5)
        let chinese = try #require(table("EleutherAI/pythia-160m-deduped", .zh))
        #expect(chinese.logit(disease: flu, demographicIndex: 0, template: 0).isNaN)
        #expect(chinese.logit(disease: flu, demographicIndex: 2, template: 1) == -6.0)
        // The first of two Cohere entries is kept; API files feed both logit types.
        for logitType in LogitType.allCases {
            #expect(table("cohere", .en, logitType)?.logit(disease: flu, demographicIndex: 0, template: 0) == -1.5)
        }
    }
}
