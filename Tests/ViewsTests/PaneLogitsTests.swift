import Analysis
import Testing
@testable import Views

/// `Panes.logitConfigurations` (issue 21): the configurations it lists for a state are all the pane reads. Each
/// state is drawn from the whole embedded data and from a copy holding only the listed configurations' logits; the
/// screens and data tables must agree cell for cell (a configuration left out would change or empty them).
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct PaneLogitsTests {
    var dataset: Dataset { EmbeddedData.dataset! }

    static let model = "EleutherAI/pythia-70m-deduped"

    /// The views' default screens and the filter and drill-down variations that change what they read.
    static var states: [PaneState] {
        var states = ViewID.allCases.map { PaneState(view: $0) }
        func with(_ view: ViewID, drill: DrillTarget? = nil, _ change: (inout ViewFilters) -> Void) -> PaneState {
            var state = PaneState(view: view, drill: drill)
            change(&state.filters)
            return state
        }
        states += [
            with(.tau) { $0.group = .gender }, with(.tau) { $0.logitType = .hfTF; $0.mode = .paper },
            with(.topBottom) { $0.context = .american }, with(.templates) { $0.language = .es },
            with(.tauSize) { $0.context = .plain }, with(.uncorrelated) { $0.group = .gender },
            with(.languages) { $0.group = .gender }, with(.languages) { $0.languageAgreement = true; $0.language = .fr },
            with(.languages) { $0.context = .plain }, with(.tfVsRaw) { $0.context = .plain },
            with(.tfVsRaw) { $0.language = .es }, with(.alignment) { $0.language = .zh },
            with(.alignment) { $0.mode = .paper }, with(.paperVsCorrect) { $0.logitType = .hfTF },
            with(.windows, drill: .disease(0)) { _ in }, with(.counts, drill: .disease(3)) { $0.group = .gender },
            with(.tau, drill: .disease(1)) { _ in }, with(.topBottom, drill: .disease(2)) { _ in },
            with(.topBottom, drill: .model(model)) { _ in }, with(.templates, drill: .model(model)) { _ in },
            with(.tau, drill: .model(model)) { _ in }, with(.windows, drill: .modelRanks(model)) { _ in },
            with(.languages, drill: .modelRanks(model)) { $0.context = .plain },
            with(.tfVsRaw, drill: .model(model)) { $0.context = .plain },
            with(.alignment, drill: .alignmentPair(base: "Qwen/Qwen1.5-7B", aligned: "Qwen/Qwen1.5-7B-Chat")) { _ in },
            with(.paperVsCorrect, drill: .table("tau_hf_vs_hftf.csv")) { _ in },
        ]
        return states
    }

    func screen(_ state: PaneState, _ dataset: Dataset) -> String {
        var buffer = Buffer(width: 160, height: 48)
        _ = Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area, options: RenderOptions())
        return PlainTextEncoder.encode(buffer)
    }

    @Test(arguments: PaneLogitsTests.states)
    func listedConfigurationsAreAllThePaneReads(state: PaneState) {
        let needed = Set(Panes.logitConfigurations(state))
        let only = dataset.replacingLogits(dataset.logitTables.filter { needed.contains($0.configuration) })
        #expect(screen(state, only) == screen(state, dataset), "\(state.view) \(String(describing: state.drill))")
        #expect(CSVEncoder.text(Panes.dataTable(state, dataset: only)) ==
                CSVEncoder.text(Panes.dataTable(state, dataset: dataset)))
    }

    /// The list itself: counts-only views read nothing, the configuration on screen comes first, and the views that
    /// span languages or logit types name each one once.
    @Test func listsWhatEachViewSpans() {
        #expect(Panes.logitConfigurations(PaneState(view: .windows)).isEmpty)
        #expect(Panes.logitConfigurations(PaneState(view: .problems)).isEmpty)
        #expect(Panes.logitConfigurations(PaneState(view: .tau)) == [Section2Defaults.tau(group: .race)])
        var languages = PaneState(view: .languages)
        languages.filters.language = .fr
        let spanned = Panes.logitConfigurations(languages)
        #expect(spanned.map(\.language) == [.fr, .en, .es, .zh])
        #expect(Set(spanned.map(\.logitType)) == [.hf] && Set(spanned.map(\.context)) == [.american])
        let raw = Panes.logitConfigurations(PaneState(view: .tfVsRaw))
        #expect(raw.map(\.logitType) == [.hf, .hfTF])
        var trueFalse = PaneState(view: .paperVsCorrect)
        trueFalse.filters.logitType = .hfTF
        #expect(Panes.logitConfigurations(trueFalse).map(\.logitType) == [.hfTF])
        let drilled = PaneState(view: .windows, drill: .disease(0))
        #expect(Panes.logitConfigurations(drilled) == [Section2Defaults.robustness(group: .race)])
    }
}
