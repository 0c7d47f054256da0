import Analysis
import Data
import Testing
@testable import TUI
import Views

/// The lazy explorer draws what the full load draws (issue 21): every view, once its configurations are parsed,
/// shows the same screen (numbers, rows, model list) from `ExplorerData` over the embedded root as from
/// `DatasetLoader.load`, and once every configuration is parsed the problems are the full load's (the notes that
/// count files across configurations counted per configuration).
@Suite(.serialized, .enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct LazyAgreementTests {
    static let data: ExplorerData? = {
        guard let opening = try? DatasetLoader.loadWithoutLogits(.embedded) else { return nil }
        return ExplorerData.lazy(opening: opening, cache: BoundedQueryCache(), parallel: .concurrent) {
            let (dataset, catalogue) = try DatasetLoader.loadCatalogue(.embedded)
            return (dataset, catalogue)
        }
    }()

    static var states: [PaneState] {
        var states = ViewID.allCases.filter { $0 != .problems }.map { PaneState(view: $0) }
        var gender = PaneState(view: .languages)
        gender.filters.group = .gender
        var plain = PaneState(view: .tfVsRaw)
        plain.filters.context = .plain
        var paper = PaneState(view: .tau, drill: .disease(4))
        paper.filters.mode = .paper
        states += [gender, plain, paper, PaneState(view: .counts, drill: .modelRanks("EleutherAI/pythia-70m-deduped"))]
        return states
    }

    /// The pane's frame dataset once the logits files are listed and everything it reads is parsed.
    static func ready(_ data: ExplorerData, _ pane: PaneState) -> (Dataset, DataStatus) {
        data.waitUntilCatalogued()
        var frame = data.frame(for: pane)
        while frame.status.waiting != nil {
            data.waitUntilIdle()
            frame = data.frame(for: pane)
        }
        return frame
    }

    static func screen(_ pane: PaneState, _ dataset: Dataset) -> String {
        let state = AppState(pane: pane, size: TerminalSize(width: 160, height: 48))
        return Explorer.render(state, dataset: dataset, queries: Queries(cache: BoundedQueryCache())).buffer.plainText()
    }

    @Test(arguments: LazyAgreementTests.states)
    func sameScreenAsTheFullLoad(pane: PaneState) throws {
        let data = try #require(Self.data), full = try #require(EmbeddedData.dataset)
        let (dataset, _) = Self.ready(data, pane)
        #expect(dataset.models.map(\.id) == full.models.map(\.id))
        #expect(Self.screen(pane, dataset) == Self.screen(pane, full))
    }

    @Test func everyConfigurationParsedGivesTheFullLoadsProblems() throws {
        let data = try #require(Self.data), full = try #require(EmbeddedData.dataset)
        data.waitUntilIdle()
        let loader = try #require(data.loader)
        for configuration in loader.source.configurations.sorted(by: { $0.description < $1.description }) {
            _ = loader.want([configuration])
            loader.waitUntilIdle()
        }
        let (dataset, status) = Self.ready(data, PaneState(view: .problems))
        #expect(!status.isPartial)
        // The notes that count files across configurations (keys matched by position) are counted per
        // configuration parsed; every other problem is the full load's, once.
        let counted = { (problem: DataProblem) in problem.reason.contains("through the position-aligned prompt list") }
        let lazy = Set(dataset.problems.filter { !counted($0) }), whole = Set(full.problems.filter { !counted($0) })
        #expect(lazy == whole, "only lazy: \(lazy.subtracting(whole)); only full: \(whole.subtracting(lazy))")
        #expect(dataset.problems.filter { !counted($0) }.count == full.problems.filter { !counted($0) }.count)
        let places = { (problems: [DataProblem]) in Set(problems.filter(counted).map { "\($0.path) \($0.place ?? "")" }) }
        #expect(places(dataset.problems) == places(full.problems))
    }
}
