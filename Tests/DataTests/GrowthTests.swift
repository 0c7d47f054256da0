import Analysis
import Foundation
import Testing
@testable import Data
@testable import TUI
import Views

/// A synthetic root grown 3× from a slice of the embedded subset (two Pythia folders, GPT-3.5, Cohere, every counts
/// file) loads with storage exactly in proportion, reports the extra disease, and the explorer's pure core navigates
/// it. (The 10× figures from the full study are in the report; too slow for a debug test.)
@Suite(.serialized) struct GrowthTests {
    static let slice = [
        "co_occurrence_results", "logits_generate",
        "logits_results/hf/output_pile/EleutherAI_pythia-70m-deduped",
        "logits_results/hf/output_pile/EleutherAI_pythia-160m-deduped",
        "logits_results/api/output_pile/azure/american_context/gpt-35-turbo-0613",
        "logits_results/api/output_pile/cohere/american_context/gpt-35-turbo-0613",
    ]

    struct Roots {
        let source: Dataset
        let grown: Dataset
        let summary: SyntheticRootSummary
        let progress: [LoadProgress]
    }

    /// Sorted progress reports of one load, collected under a lock.
    final class ProgressLog: @unchecked Sendable {
        private let lock = NSLock()
        private var reports: [LoadProgress] = []
        func add(_ report: LoadProgress) { lock.lock(); reports.append(report); lock.unlock() }
        var all: [LoadProgress] { lock.lock(); defer { lock.unlock() }; return reports }
    }

    static let roots: Roots? = {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("growth-\(getpid())")
        try? FileManager.default.removeItem(at: base)
        let source = base.appendingPathComponent("source"), grown = base.appendingPathComponent("grown")
        do {
            for part in slice {
                let target = source.appendingPathComponent(part)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: DataRoot.embedded.url.appendingPathComponent(part), to: target)
            }
            let summary = try SyntheticRoot.write(from: source, to: grown,
                                                  options: SyntheticRootOptions(scale: 3, extraDiseases: 1))
            let log = ProgressLog()
            let sourceData = try DatasetLoader.load(DataRoot(url: source, name: "source"))
            let grownData = try DatasetLoader.load(DataRoot(url: grown, name: "grown"), progress: { log.add($0) })
            return Roots(source: sourceData, grown: grownData, summary: summary, progress: log.all)
        } catch {
            return nil
        }
    }()

    @Test func modelsAndStorageGrowInProportion() throws {
        let roots = try #require(Self.roots)
        // Source: pythia-70m, pythia-160m, gpt-35-turbo-0613 (each copied 3×) and cohere (copied once).
        #expect(roots.source.models.count == 4)
        #expect(roots.grown.models.count == 3 * 3 + 1)
        #expect(roots.summary.modelFolders == 3 * 3 + 1)
        func stored(_ dataset: Dataset, cohere: Bool) -> Int {
            dataset.logitTables.filter { ($0.model == "cohere") == cohere }.reduce(0) { $0 + $1.values.count }
        }
        // Memory is the logit storage: every copied model adds exactly its source's tables.
        #expect(stored(roots.grown, cohere: false) == 3 * stored(roots.source, cohere: false))
        #expect(stored(roots.grown, cohere: true) == stored(roots.source, cohere: true))
        #expect(roots.grown.logitTables.count == 3 * roots.source.logitTables.count
                - 2 * roots.source.logitTables.filter { $0.model == "cohere" }.count)
    }

    @Test func copiesArePerturbedWithinFivePercentAndKeepMissingValues() throws {
        let roots = try #require(Self.roots)
        let configuration = LogitConfiguration(logitType: .hf, context: .plain, language: .en, group: .race)
        let original = try #require(roots.source.logits(model: "EleutherAI/pythia-160m-deduped", configuration: configuration))
        let copy = try #require(roots.grown.logits(model: "EleutherAI/pythia-160m-deduped-synth02",
                                                   configuration: configuration))
        var changed = 0
        for (before, after) in zip(original.values, copy.values) {
            #expect(before.isNaN == after.isNaN)
            guard !before.isNaN, before != 0 else { continue }
            #expect(abs(after / before - 1) <= 0.05 + 1e-12)
            if after != before { changed += 1 }
        }
        #expect(changed > original.values.count / 2)
        #expect(original.diseasePresent == copy.diseasePresent)
    }

    @Test func diseasesBeyondTheVocabularyAreReportedNotLoaded() throws {
        let roots = try #require(Self.roots)
        #expect(roots.grown.diseases.count == roots.source.diseases.count)
        let logitsFiles = roots.grown.filesRead.filter { $0.hasPrefix("logits_results/") }.count
        let unknown = roots.grown.problems.filter { $0.place == "key \"synthetic disease 1\"" }
        #expect(unknown.count == logitsFiles)
        let rows = roots.grown.problems.filter { $0.reason == "unknown disease \"synthetic disease 1\"; row skipped" }
        #expect(rows.count == 8)  // the eight counts files
    }

    @Test func progressCountsEveryFileOnce() throws {
        let roots = try #require(Self.roots)
        let total = try #require(roots.progress.first?.filesTotal)
        #expect(roots.progress.map(\.filesDone) == Array(1...total))
        #expect(total == roots.grown.filesRead.count)
    }

    @Test func explorerSwitchesViewsAndFiltersModelsWithoutTrapping() throws {
        let dataset = try #require(Self.roots?.grown)
        var state = AppState(pane: PaneState(view: .windows), size: TerminalSize(width: 120, height: 40))
        for _ in ViewID.allCases {
            let frame = Explorer.render(state, dataset: dataset)
            state.lastSummary = frame.summary
            _ = Explorer.update(&state, .key(.down))
            _ = Explorer.update(&state, .key(.tab))
        }
        _ = Explorer.update(&state, .key(.character("7")))
        for key in [Key.character("f")] + "synth02".map(Key.character) + [.enter] {
            _ = Explorer.update(&state, .key(key))
        }
        #expect(state.pane.filters.models == ["synth02"])
        let screen = Explorer.render(state, dataset: dataset).buffer.plainText()
        // Three of the ten models end in synth02 (pythia-70m, pythia-160m, gpt-35-turbo; names are cut to fit).
        #expect(screen.contains("Models 3/10"))
        #expect(screen.contains("gpt-35-turbo-0613-synth02"))
    }
}
