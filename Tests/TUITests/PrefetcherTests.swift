import Analysis
import Data
import Foundation
import Testing
@testable import TUI
import Views

/// The idle warm-up: which frames it warms, that they are then kept (a filter key finds its analyses), that it
/// changes nothing drawn, and that the same pane is not warmed twice.
@Suite struct PrefetcherTests {
    static let embedded = Result { try DatasetLoader.load(.embedded) }

    /// A fresh copy of the embedded data (loaded once), with caches of its own.
    static func dataset() throws -> Dataset {
        let data = try embedded.get()
        return Dataset(rootName: data.rootName, vocabulary: data.vocabulary, models: data.models,
                       cooccurrence: data.cooccurrence, documentTotals: data.documentTotals,
                       logitTables: data.logitTables, prevalence: data.prevalence, filesRead: data.filesRead,
                       problems: data.problems)
    }

    @Test func neighboursAreTheFrameOneFilterKeyAway() {
        let state = AppState(pane: PaneState(view: .languages), size: TerminalSize(width: 120, height: 40))
        let neighbours = Prefetcher.neighbours(of: state, keys: .standard)
        #expect(neighbours.count == Prefetcher.commands.count)
        #expect(neighbours.contains { $0.pane.filters.mode == .paper })
        #expect(neighbours.contains { $0.pane.filters.language != state.pane.filters.language })
        #expect(neighbours.filter { $0.pane.view == .languages }.allSatisfy { $0.pane.filters != state.pane.filters })
        #expect(Set(neighbours.map(\.pane.view)) == [.languages, .uncorrelated, .tfVsRaw])
    }

    @Test(arguments: [ViewID.paperVsCorrect, .languages, .alignment])
    func aWarmedKeyFindsItsAnalysesKept(view: ViewID) throws {
        for command in [Command.cycleLanguage, .nextView] {
            let dataset = try Self.dataset()
            var state = AppState(pane: PaneState(view: view), size: TerminalSize(width: 120, height: 40))
            _ = Explorer.render(state, dataset: dataset)
            let prefetcher = Prefetcher()
            prefetcher.frameDrawn(state, dataset: dataset, keys: .standard)
            prefetcher.waitUntilIdle()
            let warmed = dataset.derived.statistics
            prefetcher.frameDrawn(state, dataset: dataset, keys: .standard)  // the same pane: nothing scheduled
            prefetcher.waitUntilIdle()
            #expect(dataset.derived.statistics.hits == warmed.hits && dataset.derived.statistics.misses == warmed.misses)
            _ = Explorer.update(&state, .run(command, viewIndex: nil))
            let warm = Explorer.render(state, dataset: dataset).buffer.plainText()
            #expect(dataset.derived.statistics.misses == warmed.misses, "\(command) after \(view) recomputed an analysis")
            dataset.forgetDerived()
            #expect(Explorer.render(state, dataset: dataset).buffer.plainText() == warm)
        }
    }

    /// The loop with and without the warm-up draws the same frames.
    @Test func theWarmUpChangesNothingDrawn() throws {
        let keys: [TerminalEvent] = "LmgLtc".map { .key(.character($0)) } + [.key(.tab)] + "Lm".map { .key(.character($0)) }
        func frames(_ prefetcher: Prefetcher?) throws -> [String] {
            let terminal = MemoryTerminal(size: TerminalSize(width: 120, height: 40), events: keys)
            _ = try Explorer.run(terminal: terminal, dataset: try Self.dataset(),
                                 state: AppState(pane: PaneState(view: .languages)),
                                 exporter: ExportWriter(directory: FileManager.default.temporaryDirectory,
                                                        timestamp: { "T" }),
                                 idleLimit: 1, prefetcher: prefetcher)
            prefetcher?.waitUntilIdle()
            return terminal.frames.map { $0.plainText() }
        }
        let plain = try frames(nil)
        #expect(plain.count == keys.count + 1)
        #expect(try frames(Prefetcher()) == plain)
    }
}
