import Analysis
import Data
import Foundation
import Testing
@testable import TUI
import Views

/// The idle warm-up as an effect of the loop: `update` asks for it when the pane's analyses may change, the
/// prefetch computes the queries of the frames one key away (a warmed key then draws without a cache miss), and it
/// never changes what is drawn.
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct PrefetcherTests {
    static let size = TerminalSize(width: 120, height: 40)

    static func queries(_ cache: BoundedQueryCache) -> Queries { Queries(cache: cache, parallel: .concurrent) }

    @Test func neighboursAreTheFrameOneFilterKeyAway() {
        let state = AppState(pane: PaneState(view: .languages), size: Self.size)
        let neighbours = Prefetcher.neighbours(of: state, keys: .standard)
        #expect(neighbours.count == Prefetcher.commands.count)
        #expect(neighbours.contains { $0.pane.filters.mode == .paper })
        #expect(neighbours.contains { $0.pane.filters.language != state.pane.filters.language })
        #expect(neighbours.filter { $0.pane.view == .languages }.allSatisfy { $0.pane.filters != state.pane.filters })
        #expect(Set(neighbours.map(\.pane.view)) == [.languages, .uncorrelated, .tfVsRaw])
    }

    /// `update` depends on the state alone: it asks for the prefetch when view, filters or drill-down changed,
    /// never for a cursor move or a resize.
    @Test func updateAsksForThePrefetchWhenThePanesAnalysesMayChange() {
        let asks = { (message: Message) -> Bool in
            var state = AppState(pane: PaneState(view: .tau), size: Self.size)
            return Explorer.update(&state, message).contains(.prefetchNeighbours)
        }
        for command in [Command.cycleLanguage, .toggleMode, .cycleGroup, .nextView, .previousView] {
            #expect(asks(.run(command, viewIndex: nil)), "\(command)")
        }
        for command in [Command.cursorDown, .pageDown, .showHelp] {
            #expect(!asks(.run(command, viewIndex: nil)), "\(command)")
        }
        #expect(!asks(.resize(TerminalSize(width: 100, height: 30))))
    }

    /// A cancelled warm-up computes nothing more: held back behind a gate, then cancelled, it leaves the cache as
    /// it was; one not cancelled fills it.
    @Test func aCancelledWarmUpStops() throws {
        let dataset = try #require(EmbeddedData.dataset)
        for cancelled in [true, false] {
            let cache = BoundedQueryCache(), queries = Self.queries(cache)
            let state = AppState(pane: PaneState(view: .tau), size: Self.size)
            let prefetcher = Prefetcher(), gate = DispatchSemaphore(value: 0)
            prefetcher.enqueue { gate.wait() }
            prefetcher.prefetchNeighbours(of: state, dataset: dataset, queries: queries, keys: .standard)
            if cancelled { prefetcher.cancel() }
            gate.signal()
            prefetcher.waitUntilIdle()
            #expect((cache.statistics.misses == 0) == cancelled, "cancelled \(cancelled): \(cache.statistics.misses) misses")
        }
    }

    /// After the prefetch of a frame's neighbours, each neighbour draws without a single cache miss (every query
    /// it asks for was computed, none was drawn), and draws what it draws without a cache.
    @Test(arguments: ViewID.allCases)
    func aPrefetchedNeighbourDrawsWithoutACacheMiss(view: ViewID) throws {
        let dataset = try #require(EmbeddedData.dataset)
        let cache = BoundedQueryCache(), queries = Self.queries(cache)
        var state = AppState(pane: PaneState(view: view), size: Self.size)
        state.lastSummary = Explorer.render(state, dataset: dataset, queries: queries).summary
        let drawn = cache.statistics
        let prefetcher = Prefetcher()
        prefetcher.prefetchNeighbours(of: state, dataset: dataset, queries: queries, keys: .standard)
        prefetcher.waitUntilIdle()
        let prefetched = cache.statistics
        #expect(prefetched.misses > drawn.misses || view == .problems || view.isSection1,
                "the prefetch of \(view.rawValue)'s neighbours computed no query")
        for neighbour in Prefetcher.neighbours(of: state, keys: .standard) {
            let before = cache.statistics
            let warm = Explorer.render(neighbour, dataset: dataset, queries: queries).buffer.plainText()
            #expect(cache.statistics.misses == before.misses,
                    "\(neighbour.pane.view.rawValue) \(neighbour.pane.filters.language) \(neighbour.pane.filters.mode) after \(view.rawValue) recomputed a query")
            if view == .tau || view == .alignment {
                #expect(warm == Explorer.render(neighbour, dataset: dataset).buffer.plainText())
            }
        }
    }

    /// The disease drill's prefetch warms what its frame reads (the disease's `scores.csv` rows, the tau analysis and
    /// its `tau_counts.csv` rows): the drawn frame then misses nothing, in both modes, from a Section 1 and a
    /// Section 2 view.
    @Test(arguments: [ViewID.counts, .tau])
    func aPrefetchedDiseaseDrillDrawsWithoutACacheMiss(view: ViewID) throws {
        let dataset = try #require(EmbeddedData.dataset)
        let cache = BoundedQueryCache(), queries = Self.queries(cache)
        for mode in [AnalysisMode.correct, .paper] {
            var pane = PaneState(view: view, drill: .disease(3))
            pane.filters.mode = mode
            Panes.prefetch(pane, dataset: dataset, queries: queries)
            let before = cache.statistics
            var buffer = Buffer(width: 160, height: 48)
            let summary = Panes.render(pane, dataset: dataset, into: &buffer, area: buffer.area,
                                       options: RenderOptions(), queries: queries)
            _ = Panes.dataTable(pane, dataset: dataset, queries: queries)
            #expect(summary.shownRows > 0)
            #expect(cache.statistics.misses == before.misses, "\(view.rawValue) \(mode) drill recomputed a query")
        }
    }

    /// The loop with and without the warm-up draws the same frames; with it, the cache holds the neighbours'
    /// queries too (more computed than the frames alone asked for).
    @Test func theWarmUpChangesNothingDrawn() throws {
        let dataset = try #require(EmbeddedData.dataset)
        let keys: [TerminalEvent] = "LmgLtc".map { .key(.character($0)) } + [.key(.tab)] + "Lm".map { .key(.character($0)) }
        func frames(_ prefetcher: Prefetcher?) throws -> (frames: [String], misses: Int) {
            let cache = BoundedQueryCache()
            let terminal = MemoryTerminal(size: Self.size, events: keys)
            _ = try Explorer.run(terminal: terminal, dataset: dataset, state: AppState(pane: PaneState(view: .languages)),
                                 exporter: ExportWriter(directory: FileManager.default.temporaryDirectory,
                                                        timestamp: { "T" }),
                                 idleLimit: 1, queries: Self.queries(cache), prefetcher: prefetcher)
            prefetcher?.waitUntilIdle()
            return (terminal.frames.map { $0.plainText() }, cache.statistics.misses)
        }
        let plain = try frames(nil)
        #expect(plain.frames.count == keys.count + 1)
        let warmed = try frames(Prefetcher())
        #expect(warmed.frames == plain.frames)
        #expect(warmed.misses > plain.misses, "the loop performed no prefetch")
    }
}

extension ViewID {
    /// The Section 1 views, whose panes keep no analysis (they draw from the counts directly).
    var isSection1: Bool { [.windows, .ranks, .prevalence].contains(self) }
}
