import Analysis
import Foundation
import Testing
@testable import Data

/// Issue 21 item 2: `tables` computed configuration chunk by chunk (`ChunkedTables`, `LogitCatalogue.chunks`)
/// gives `AnalysisTables.all`'s files and `paper_vs_correct.csv` byte for byte, whatever the chunks: one
/// configuration at a time, a few, or all at once (the study's root).
@Suite struct ChunkedTablesTests {
    /// Fewer resamples than the default keep the suite short; every resampled column is still compared.
    static let settings = UncertaintySettings(resamples: 40, templateResamples: 20, monteCarloFlips: 400)

    /// The tables of a chunked run, each name's chunks appended in order, then `paper_vs_correct.csv` from each
    /// table's differences followed by its paper-only ones.
    static func chunked(_ root: DataRoot, mode: AnalysisMode, budget: Int) throws -> [TypedTable] {
        let (skeleton, catalogue) = try DatasetLoader.loadCatalogue(root)
        var run = ChunkedTables(skeleton, configurations: catalogue.configurations, settings: settings, writing: mode)
        var tables: [TypedTable] = [], parts: [(name: String, rows: TypedTable, paperOnly: TypedTable)] = []
        func take(_ chunk: TableChunk) {
            if let index = tables.firstIndex(where: { $0.name == chunk.table.name }) {
                tables[index].append(rowsOf: chunk.table)
            } else {
                tables.append(chunk.table)
            }
            guard let (rows, paperOnly) = chunk.differences else { return }
            if let index = parts.firstIndex(where: { $0.name == chunk.table.name }) {
                parts[index].rows.append(rowsOf: rows)
                parts[index].paperOnly.append(rowsOf: paperOnly)
            } else {
                parts.append((chunk.table.name, rows, paperOnly))
            }
        }
        let chunks = catalogue.chunks(budget: budget)
        for chunk in chunks {
            run.add(skeleton.replacingLogits(catalogue.tables(chunk, parallel: .concurrent)), chunk: chunk,
                    parallel: .concurrent, take)
        }
        run.finish(skeleton, parallel: .concurrent, take)
        var comparison = PaperVsCorrect.emptyTable()
        for part in parts {
            comparison.append(rowsOf: part.rows)
            comparison.append(rowsOf: part.paperOnly)
        }
        return tables + [comparison]
    }

    static func expectSameFiles(_ streamed: [TypedTable], _ eager: [TypedTable], _ label: String) {
        #expect(streamed.map(\.name) == eager.map(\.name), "\(label): files")
        for (one, other) in zip(streamed, eager) {
            #expect(one.rowCount == other.rowCount, "\(label) \(one.name): rows")
            #expect(one.header == other.header && one.keyColumns == other.keyColumns, "\(label) \(one.name): schema")
            #expect(one.text == other.text, "\(label) \(one.name): CSV differs")
        }
    }

    @Test(arguments: [AnalysisMode.correct, .paper])
    func embeddedDataChunkByChunkEqualsTheEagerTables(mode: AnalysisMode) throws {
        let full = try DatasetLoader.load(.embedded)
        let eager = AnalysisTables.all(full, mode: mode, settings: Self.settings, parallel: .concurrent)
        let (_, catalogue) = try DatasetLoader.loadCatalogue(.embedded)
        let total = catalogue.configurations.reduce(0) { $0 + catalogue.estimatedBytes($1) }
        #expect(catalogue.chunks(budget: 0).count == catalogue.configurations.count)
        #expect(catalogue.chunks(budget: total).count == 1)
        // Paper mode one configuration a chunk; correct mode chunks of about a fifth of the logits (hf and hf_tf
        // apart, a language block split across chunks).
        let budget = mode == .paper ? 0 : total / 5
        Self.expectSameFiles(try Self.chunked(.embedded, mode: mode, budget: budget), eager, "budget \(budget)")
    }

    /// Bad logits files (truncated, NaN, duplicate, unknown keys …) neither crash the streamed run nor change what
    /// it writes.
    @Test func malformedRootChunkByChunkEqualsTheEagerTables() throws {
        let root = DataRoot(url: TestPaths.malformed, name: "malformed")
        let eager = AnalysisTables.all(try DatasetLoader.load(root), mode: .correct, settings: Self.settings,
                                       parallel: .concurrent)
        Self.expectSameFiles(try Self.chunked(root, mode: .correct, budget: 0), eager, "malformed")
    }
}

/// Issue 21: `check` parses every file a batch at a time and keeps no logits (`DatasetLoader.loadInventory`); its
/// report is the full load's, line for line (every problem with file and place, models, missing logits).
@Suite struct InventoryLoadTests {
    @Test(arguments: ["embedded", "malformed", "hardening", "own-models", "real"])
    func inventoryReportEqualsTheFullLoads(name: String) throws {
        let root: DataRoot = switch name {
        case "embedded": .embedded
        case "malformed": DataRoot(url: TestPaths.malformed, name: name)
        case "hardening": DataRoot(url: TestPaths.hardening, name: name)
        case "own-models": DataRoot(url: TestPaths.packageRoot.appendingPathComponent("fixtures/own-models/root"),
                                    name: name)
        default: DataRoot(url: TestPaths.realData, name: "crosscare")
        }
        guard name != "real" || TestPaths.realDataPresent else { return }
        let full = try name == "real" ? #require(LoadedRoots.real) : name == "embedded" ? #require(LoadedRoots.embedded)
            : DatasetLoader.loadReport(root)
        for batch in name == "real" || name == "embedded" ? [256] : [1, 7] {
            let inventory = try DatasetLoader.loadInventory(root, batch: batch)
            #expect(inventory.dataset.logitTables.isEmpty)
            #expect(inventory.dataset.problems == full.dataset.problems, "\(name), batch \(batch): problems")
            let lines = InventoryReport.lines(inventory), expected = InventoryReport.lines(full)
            #expect(lines == expected, "\(name), batch \(batch): \(zip(lines, expected).first { $0 != $1 } ?? ("", ""))")
        }
    }
}

/// The real `tables` (issue 21): one configuration a chunk (hidden `--logit-budget-megabytes 0`) writes the same
/// files as the whole root at once, through the writer's per-table streams and `paper_vs_correct.csv`'s spills, and
/// leaves no temporary file.
@Suite(.serialized) struct StreamedTablesCommandTests {
    @Test func oneConfigurationAChunkWritesTheSameFiles() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        var contents: [[String: Data]] = []
        for budget in [[], ["--logit-budget-megabytes", "0"]] {
            let out = base.appendingPathComponent(budget.isEmpty ? "whole" : "chunked")
            let outcome = try ChildProcess.run(["tables", "--data", TestPaths.malformed.path, "--out", out.path,
                                                "--bootstrap-resamples", "40", "--template-resamples", "20"] + budget)
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
            #expect(!names.contains { $0.contains(".tmp-") || $0.contains(".spill") }, "\(names)")
            var files: [String: Data] = [:]
            for name in names where name != "provenance.json" {
                files[name] = try Data(contentsOf: out.appendingPathComponent(name))
            }
            contents.append(files)
        }
        #expect(contents[0].keys.sorted() == contents[1].keys.sorted())
        #expect(contents[0]["paper_vs_correct.csv"] != nil)
        for (name, bytes) in contents[0] { #expect(contents[1][name] == bytes, "\(name) differs") }
    }
}
