import Analysis
import Data
import Testing
import TUI
import Views

/// The analyses panes keep in the query cache must never show a stale figure: every pane, drawn after a run of
/// filter changes on a warm cache, reads exactly as drawn from a cold cache and as drawn with no cache at all. A
/// query missing an input (mode, language, group, templates, models) fails here.
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct PaneQueryTests {
    /// The filter states visited in order, each differing from the one before in one input.
    static func states(_ view: ViewID) -> [PaneState] {
        var filters = ViewFilters()
        var result = [PaneState(view: view, filters: filters)]
        let changes: [(inout ViewFilters) -> Void] = [
            { $0.mode = .paper }, { $0.language = .es }, { $0.group = .gender }, { $0.mode = .correct },
            { $0.templates = .all }, { $0.models = ["qwen"] }, { $0.logitType = .hfTF }, { $0.context = .plain },
        ]
        for change in changes {
            change(&filters)
            result.append(PaneState(view: view, filters: filters))
        }
        return result
    }

    static func text(_ state: PaneState, _ dataset: Dataset, _ queries: Queries) -> String {
        var buffer = Buffer(width: 160, height: 40)
        _ = Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area, options: RenderOptions(),
                         queries: queries)
        return PlainTextEncoder.encode(buffer)
    }

    @Test(arguments: [ViewID.topBottom, .templates, .tau, .tauSize, .uncorrelated, .languages, .tfVsRaw, .alignment])
    func warmDrawsMatchColdDraws(view: ViewID) throws {
        let dataset = try #require(EmbeddedData.dataset)
        let cache = BoundedQueryCache()
        let queries = Queries(cache: cache, parallel: .concurrent)
        let states = Self.states(view)
        let warm = states.map { Self.text($0, dataset, queries) }
        #expect(cache.statistics.hits > 0 || cache.statistics.misses > 0, "\(view.rawValue) asked no query")
        let cold = states.map { state in
            cache.removeAll()
            return Self.text(state, dataset, queries)
        }
        let uncached = states.map { Self.text($0, dataset, .uncached) }
        for (index, (warm, cold)) in zip(warm, cold).enumerated() {
            #expect(warm == cold, "\(view.rawValue) after \(index) filter changes drew a kept, stale analysis")
            #expect(warm == uncached[index], "\(view.rawValue) after \(index) filter changes: cached ≠ recomputed")
        }
        #expect(Set(warm).count > 1, "the filter changes should change what \(view.rawValue) draws")
    }

    /// `paper-vs-correct` keeps its differences per configuration and templates; mode and models do not change them.
    @Test func paperVsCorrectKeepsOneComparisonPerConfiguration() throws {
        let dataset = try #require(EmbeddedData.dataset)
        let cache = BoundedQueryCache()
        let queries = Queries(cache: cache, parallel: .concurrent)
        var state = PaneState(view: .paperVsCorrect)
        let english = Self.text(state, dataset, queries)
        state.filters.language = .es
        let spanish = Self.text(state, dataset, queries)
        #expect(english != spanish)
        let misses = cache.statistics(.analyses).misses
        state.filters.mode = .paper
        state.filters.models = ["qwen"]
        let paperQwen = Self.text(state, dataset, queries)
        #expect(cache.statistics(.analyses).misses == misses, "mode and models reuse the kept comparison")
        cache.removeAll()
        #expect(Self.text(state, dataset, queries) == paperQwen)
        #expect(cache.statistics(.analyses).count == 1)
        state.filters.mode = .correct
        state.filters.models = []
        cache.removeAll()
        #expect(Self.text(state, dataset, queries) == spanish)
        #expect(cache.statistics(.analyses).count == 1)
    }
}
