import Analysis
import Foundation
import Testing
@testable import Data

/// The families `MalformedFixtureTests` does not cover (GPT-3.5 processed, Cohere race, document totals, translations,
/// every prevalence table), plus faults made at run time: a symbolic link loop, a file that vanishes between listing
/// and reading, and an empty and a truncated copy of every family. Loading never traps, each fault is reported with
/// its path and place, and what is sound still loads.
@Suite struct ReliabilityCorpusTests {
    static let gpt = "logits_results/api/output_pile/azure/gpt-35-turbo-0613/logits_gender_en_processed.json"
    static let cohereRace = "logits_results/api/output_pile/cohere/gpt-35-turbo-0613/logits_race_en.json"
    static let totals = FileFamily.documentTotalsPath
    static let translations = FileFamily.translationsPath
    static let real = PrevalenceSource.real.relativePath
    static let nhis = PrevalenceSource.nhisRace.relativePath
    static let gbd = PrevalenceSource.gbdGender.relativePath
    static let loop = "logits_results/hf/output_pile/EleutherAI_pythia-410m-deduped/logits_gender_en.json"
    static let vanishing = "co_occurrence_results/output_pile/aggregated_counts/aggregated_gender_50.csv"

    /// The fixture with a link loop added, loaded while `vanishing` is removed right after the listing.
    static let report: LoadReport? = {
        let root = temporaryCopy("reliability")
        guard let root else { return nil }
        let link = root.appendingPathComponent(loop)
        try? FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard symlink(link.lastPathComponent, link.path) == 0 else { return nil }
        return try? DatasetLoader.loadReport(DataRoot(url: root, name: "reliability"), progress: nil) { listing in
            if listing.files.contains(FoundFile(path: vanishing)) {
                try? FileManager.default.removeItem(at: root.appendingPathComponent(vanishing))
            }
        }
    }()

    static func temporaryCopy(_ name: String) -> URL? {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        return (try? FileManager.default.copyItem(at: TestPaths.malformed, to: root)).map { root }
    }

    @Test func eachNewFaultYieldsItsExactProblem() throws {
        let expected: [(String, String?, ProblemSeverity, String)] = [
            (Self.gpt, "key \"flu\" / \"male\"", .warning, "duplicate entry with different values; the first is kept"),
            (Self.gpt, "key \"acne\" / \"female\", byte 790", .error, "values are not a list; skipped"),
            (Self.gpt, "key \"acne\" / \"male\", byte 651", .error,
             "1 numbers too large for a Double treated as missing (first shown)"),
            (Self.cohereRace, "key \"flu\" / \"martian\"", .error, "unknown race demographic \"martian\"; entry skipped"),
            (Self.cohereRace, "key \"flu\" / \"white\", byte 32", .error, "1 non-numeric values treated as missing (first shown)"),
            (Self.cohereRace, "key \"flu\" / \"white\", byte 39", .error, "1 Infinity values treated as missing (first shown)"),
            (Self.cohereRace, "byte 464", .error, "invalid UTF-8 in a string (shown with U+FFFD)"),
            (Self.totals, "element 2", .warning, "duplicate record for flu; the first is kept"),
            (Self.totals, "element 3", .error, "unknown disease \"dragon pox\"; skipped"),
            (Self.translations, "line 3", .warning, "'grippe' translates both 'flu' and 'acne'; the first is kept"),
            (Self.translations, "line 5", .error, "invalid UTF-8 (shown with U+FFFD)"),
            (Self.real, "line 1", .error, "unknown demographic column \"martian\"; column skipped"),
            (Self.real, "line 3", .warning, "disease \"dragon pox\" matches no study disease; row kept unmatched"),
            (Self.real, "line 4", .warning, "second row for \"asthma\" (first at line 2); both kept"),
            (Self.real, "line 6", .warning, "2 fields, header has 9"),
            (Self.nhis, "line 3", .warning, "second row for \"asthma\" (first at line 2); both kept"),
            (Self.nhis, "line 6", .error, "quoted field not closed before the end of the file (truncated)"),
            (Self.gbd, "line 3", .warning, "val \"abc\" is not a number; left missing"),
            (Self.gbd, "line 4", .warning, "second Male prevalence row for \"Asthma\"; the first is kept"),
            (Self.gbd, "line 5", .warning, "val \"Infinity\" is not a number; left missing"),
            (Self.gbd, "line 6", .error, "invalid UTF-8 (shown with U+FFFD)"),
            (Self.loop, nil, .error, "cannot read: symbolic link loop (too many levels of symbolic links)"),
            (Self.vanishing, nil, .error, "cannot read: no such file or directory"),
        ]
        let problems = try #require(Self.report?.dataset.problems)
        for (path, place, severity, reason) in expected {
            #expect(problems.contains(DataProblem(severity, path: path, place: place, reason: reason)),
                    "\(path) \(place ?? ""): \(reason)")
        }
        // Elements 4–7 of the totals: a string, 1e400, NaN and a negative count.
        for element in 4...7 {
            #expect(problems.contains(DataProblem(.error, path: Self.totals, place: "element \(element)",
                                                  reason: "not {\"disease\": name, \"count\": non-negative integer}; skipped")))
        }
    }

    @Test func soundPartsOfTheNewFilesLoad() throws {
        let dataset = try #require(Self.report?.dataset)
        let flu = try dataset.id("flu"), acne = try dataset.id("acne"), ibs = try dataset.id("ibs")
        let gender = LogitConfiguration(logitType: .hf, context: .plain, language: .en, group: .gender)
        let race = LogitConfiguration(logitType: .hf, context: .plain, language: .en, group: .race)
        // Fixture values: template t of the row started at s is -(s + t) * 1.5.
        let gpt = try #require(dataset.logits(model: "gpt-35-turbo-0613", configuration: gender))
        #expect(gpt.logit(disease: flu, demographicIndex: 0, template: 0) == 0)  // the placeholder, kept as written
        #expect(gpt.logit(disease: flu, demographicIndex: 0, template: 1).isNaN)
        #expect(gpt.logit(disease: flu, demographicIndex: 0, template: 2) == -4.5)  // first of the two "flu" keys
        #expect(gpt.logit(disease: acne, demographicIndex: 2, template: 0) == -4.5)  // after the mistyped entry
        let cohere = try #require(dataset.logits(model: "cohere", configuration: race))
        let white = Demographic.white.indexInGroup, black = Demographic.black.indexInGroup
        #expect(cohere.logit(disease: flu, demographicIndex: white, template: 0) == -1.5)
        #expect(cohere.logit(disease: flu, demographicIndex: white, template: 2).isNaN)
        #expect(cohere.logit(disease: flu, demographicIndex: white, template: 3).isNaN)
        #expect(cohere.logit(disease: flu, demographicIndex: black, template: 0) == -3.0)
        // Totals behind a BOM and CRLF: the first flu record (7) is kept; faulty records leave nil.
        #expect(dataset.documentTotals[ibs] == 12 && dataset.documentTotals[flu] == 7)
        #expect(dataset.documentTotals[acne] == nil)
        let nhis = try #require(dataset.prevalence[.nhisRace]?.rows.first)
        #expect(nhis.values[.white]?.value == 80 && nhis.values[.hispanic]?.value == nil)
        #expect(nhis.values[.indigenous]?.value == nil && nhis.values[.pacificIslander]?.value == 15)
        let gbd = try #require(dataset.prevalence[.gbdGender]?.rows.first)
        #expect(gbd.values[.male]?.value == 400)  // 4000 per 100,000 → 400 per 10,000
        #expect(gbd.values[.female]?.value == nil)
    }

    /// Every family, empty and cut in half, alone in a root: no trap, and an error names the file (empty) or the
    /// load still keeps the file listed as read or reported (truncated).
    @Test(arguments: [
        ReliabilityCorpusTests.gpt, ReliabilityCorpusTests.cohereRace, ReliabilityCorpusTests.totals,
        ReliabilityCorpusTests.translations, ReliabilityCorpusTests.real, ReliabilityCorpusTests.nhis,
        ReliabilityCorpusTests.gbd, PrevalenceSource.demo20.relativePath, PrevalenceSource.demo20RealWorld.relativePath,
        "co_occurrence_results/output_pile/aggregated_counts/aggregated_race_50.csv",
        "logits_results/hf/output_pile/EleutherAI_pythia-160m-deduped/logits_gender_zh.json",
    ])
    func emptyAndTruncatedFilesAreReported(path: String) throws {
        let sample = Array("disease,white\nasthma,\"750\"\n".utf8)
        let source = TestPaths.malformed.appendingPathComponent(path)
        let whole = (try? Array(Foundation.Data(contentsOf: source))) ?? sample
        for (variant, bytes) in [("empty", [UInt8]()), ("truncated", Array(whole.prefix(whole.count / 2)))] {
            let name = "cut-\(getpid())-\(variant)-\(path.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFFFF })"
            let root = FileManager.default.temporaryDirectory.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: root)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("logits_results"),
                                                    withIntermediateDirectories: true)
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Foundation.Data(bytes).write(to: file)
            let dataset = try DatasetLoader.load(DataRoot(url: root, name: variant))
            let here = dataset.problems.filter { $0.path == path }
            if variant == "empty" {
                #expect(here.contains { $0.severity == .error && $0.reason.hasPrefix("empty file") }, "\(path) empty")
            } else if path.hasSuffix(".json") {
                #expect(here.contains { $0.severity == .error && $0.reason.contains("truncated") }, "\(path) truncated")
            } else {
                #expect(dataset.filesRead.contains(path) || path == Self.translations, "\(path) truncated")
            }
        }
    }

    @Test func aLeadingByteOrderMarkIsSkippedInJSON() throws {
        let value = try withCursor("\u{FEFF}[1, 2]") { (cursor) throws(JSONSyntaxError) in try cursor.readValue() }
        #expect(value.arrayValue?.count == 2)
    }
}
