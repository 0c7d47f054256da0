import Analysis
import Testing
@testable import Views

/// The analyses panes keep in `Dataset.derived` must never show a stale figure: every pane, drawn after a run of
/// filter changes on a warm cache, reads exactly as drawn from a cold cache. A memo key missing an input (mode,
/// language, group, templates, models) fails here.
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct PaneMemoTests {
    /// A data set of its own (the same data), so its cache is not shared with any other test.
    static var dataset: Dataset? {
        EmbeddedData.dataset.map { Dataset(rootName: $0.rootName, vocabulary: $0.vocabulary, models: $0.models, cooccurrence: $0.cooccurrence,
                documentTotals: $0.documentTotals, logitTables: $0.logitTables, prevalence: $0.prevalence,
                filesRead: $0.filesRead, problems: $0.problems) }
    }

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

    func text(_ state: PaneState, _ dataset: Dataset) -> String {
        var buffer = Buffer(width: 160, height: 40)
        _ = Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area)
        return PlainTextEncoder.encode(buffer)
    }

    @Test(arguments: [ViewID.topBottom, .templates, .tau, .tauSize, .uncorrelated, .languages, .tfVsRaw, .alignment])
    func warmDrawsMatchColdDraws(view: ViewID) throws {
        let dataset = try #require(Self.dataset)
        let states = Self.states(view)
        let warm = states.map { text($0, dataset) }
        let cold = states.map { state in
            dataset.forgetDerived()
            return text(state, dataset)
        }
        for (index, pair) in zip(warm, cold).enumerated() {
            #expect(pair.0 == pair.1, "\(view.rawValue) after \(index) filter changes drew a kept, stale analysis")
        }
        #expect(Set(warm).count > 1, "the filter changes should change what \(view.rawValue) draws")
    }

    /// `paper-vs-correct` keeps its differences per configuration and templates; mode and models do not change them.
    @Test func paperVsCorrectKeepsOneComparisonPerConfiguration() throws {
        let dataset = try #require(Self.dataset)
        dataset.forgetDerived()
        var state = PaneState(view: .paperVsCorrect)
        let english = text(state, dataset)
        state.filters.language = .es
        let spanish = text(state, dataset)
        #expect(english != spanish)
        let misses = dataset.derived.statistics.misses
        state.filters.mode = .paper
        state.filters.models = ["qwen"]
        let paperQwen = text(state, dataset)
        #expect(dataset.derived.statistics.misses == misses, "mode and models reuse the kept comparison")
        dataset.forgetDerived()
        #expect(text(state, dataset) == paperQwen)
        #expect(dataset.derived.statistics.count == 1)
        state.filters.mode = .correct
        state.filters.models = []
        dataset.forgetDerived()
        #expect(text(state, dataset) == spanish)
        #expect(dataset.derived.statistics.count == 1)
    }
}
