import Analysis
import Foundation
import Testing
@testable import Views

/// The analysis panes on the embedded data: goldens (text and style runs) at 80×24 and 100×32 in both charsets, tiny areas, and numbers
/// on screen checked against the analysis API.
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct AnalysisPaneTests {
    static let views: [ViewID] = [.windows, .counts, .ranks, .prevalence, .topBottom, .templates, .tau, .tauSize,
                                  .uncorrelated]

    var dataset: Dataset { EmbeddedData.dataset! }

    func screen(_ state: PaneState, _ width: Int, _ height: Int,
                _ options: RenderOptions = RenderOptions()) -> (String, PaneSummary) {
        var buffer = Buffer(width: width, height: height)
        let summary = Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area, options: options)
        return (PlainTextEncoder.encode(buffer), summary)
    }

    @Test(arguments: views)
    func paneMatchesGoldens(view: ViewID) {
        Golden.checkPane(PaneState(view: view), named: view.rawValue, dataset: dataset)
    }

    /// Row-shaded counts (`--shade row`) at both golden sizes and charsets.
    @Test func rowShadedCountsMatchGoldens() {
        var state = PaneState(view: .counts)
        state.filters.shade = .row
        Golden.checkPane(state, named: "counts-row", dataset: dataset)
    }

    /// Paper mode, gender, another language and window, all templates, colour: every pane still draws a headline
    /// and a caption (a message when the configuration is empty, never a blank pane).
    @Test(arguments: views)
    func paneDrawsUnderOtherFilters(view: ViewID) {
        var state = PaneState(view: view)
        state.filters.mode = .paper
        state.filters.group = .gender
        state.filters.language = .zh
        state.filters.window = .w50
        state.filters.templates = .all
        let (text, summary) = screen(state, 120, 30, RenderOptions(color: true))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!(lines.first ?? "").isEmpty)
        #expect(lines.count >= 3 && lines[1].trimmingCharacters(in: .whitespaces) != "")
        #expect(summary.caption.contains("paper") && summary.caption.contains("gender"))
    }

    @Test(arguments: views)
    func paneSurvivesTinyAreasAndDrills(view: ViewID) {
        for drill in [nil, DrillTarget.disease(0), .model(dataset.models.first?.id ?? "")] {
            for (width, height) in [(0, 0), (1, 1), (2, 3)] {
                _ = screen(PaneState(view: view, drill: drill), width, height)
            }
            _ = CSVEncoder.text(Panes.dataTable(PaneState(view: view, drill: drill), dataset: dataset))
        }
    }
}

/// Numbers on screen and in the data tables against the analysis API; filters, sort, search and drill-down.
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct AnalysisPaneBehaviourTests {
    var dataset: Dataset { EmbeddedData.dataset! }

    func screen(_ state: PaneState, _ width: Int = 160, _ height: Int = 48) -> (String, PaneSummary) {
        var buffer = Buffer(width: width, height: height)
        let summary = Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area)
        return (PlainTextEncoder.encode(buffer), summary)
    }

    @Test func tauPaneShowsTheAnalysisMeansAndHonoursTheModelFilter() throws {
        var state = PaneState(view: .tau)
        state.filters.models = ["mamba"]
        let (text, summary) = screen(state)
        let configuration = Section2Defaults.tau(group: .race)
        let ids = dataset.models(with: configuration).filter { $0.family == "mamba" }.map(\.id)
        let analysis = TauAnalysis(dataset, configuration: configuration, mode: .correct, models: ids)
        #expect(summary.rowLabels == ids)
        #expect(summary.shownRows == ids.count && summary.totalRows == dataset.models(with: configuration).count)
        // The mean with its interval, as `tau_counts_summary.csv` has them (issue 18).
        let first = PaneText.interval(analysis.countTauSummary(model: 0, quartile: nil, settings: .standard))
        #expect(first.hasPrefix(NumberText.fixed(analysis.meanCountTau(model: 0).value, decimals: 2) + " ["))
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(ids[0] + " ") })
        #expect(line.contains(first))
        #expect(summary.caption.contains("logits hf") && summary.caption.contains("context american"))
        #expect(summary.drillTarget == .model(ids[0]))
    }

    @Test func countsPaneTopNAndDataTableMatchTheMatrix() {
        var state = PaneState(view: .counts)
        state.filters.top = 25
        let (text, summary) = screen(state)
        let matrix = CooccurrenceMatrix(dataset, window: .w250, mode: .correct)
        #expect(summary.shownRows == 25 && summary.totalRows == matrix.rows.count)
        let first = matrix.rows[0]
        #expect(summary.drillTarget == .disease(first.disease))
        // Values fit at 160 columns: the first row's male count is printed in its cell.
        #expect(text.contains(String(first.counts[0])))
        let table = Panes.dataTable(state, dataset: dataset)
        #expect(table.rows.count == 25 * matrix.columns.count)
        #expect(table.rows[0][4] == .integer(first.counts[0]))
    }

    @Test func sortReordersRowsByTheNamedColumn() {
        var state = PaneState(view: .tau)
        state.filters.sort = SortOrder(column: "tau_counts", descending: true)
        let (_, summary) = screen(state)
        let configuration = Section2Defaults.tau(group: .race)
        let analysis = TauAnalysis(dataset, configuration: configuration, mode: .correct)
        let best = analysis.models.indices.max { analysis.meanCountTau(model: $0).value < analysis.meanCountTau(model: $1).value }
        #expect(summary.rowLabels.first == best.map { analysis.models[$0].id })
        state.filters.sort = SortOrder(column: "tau_counts", descending: false)
        #expect(screen(state).1.rowLabels.last == best.map { analysis.models[$0].id })
    }

    @Test func searchMarksMatchingRowsAndFindsTheNext() {
        var state = PaneState(view: .ranks)
        state.filters.search = "asth"
        let (text, summary) = screen(state, 160, 48)
        let index = summary.rowLabels.firstIndex(of: "asthma")
        #expect(index != nil)
        #expect(PaneSearch.nextMatch(in: summary.rowLabels, search: "asth", from: 0, forward: true) == index)
        #expect(PaneSearch.nextMatch(in: summary.rowLabels, search: "ASTH", from: 0, forward: false) == index)
        #expect(PaneSearch.nextMatch(in: summary.rowLabels, search: "zzz", from: 0, forward: true) == nil)
        #expect(text.contains("» asthma"))
    }

    @Test func drillDownOpensPerTemplateAndPerDiseaseForms() {
        let model = "EleutherAI/pythia-70m-deduped"
        let (text, summary) = screen(PaneState(view: .topBottom, drill: .model(model)))
        #expect(summary.shownRows == 20)
        #expect(text.contains("template 19"))
        let configuration = Section2Defaults.topBottom(group: .race)
        let table = dataset.logits(model: model, configuration: configuration)
        let perTemplate = table.map { TopBottom.perTemplate($0, mode: .correct, diseases: $0.presentDiseases) }
        #expect(summary.rowLabels.count == perTemplate?.count)
        let (tauText, tauSummary) = screen(PaneState(view: .tau, drill: .model(model)))
        #expect(tauText.contains("Kendall tau per disease"))
        guard case .disease(let disease)? = tauSummary.drillTarget else {
            Issue.record("a disease row should be under the cursor")
            return
        }
        let (diseaseText, diseaseSummary) = screen(PaneState(view: .counts, drill: .disease(disease)))
        #expect(diseaseText.contains(dataset.diseases[disease].name + " across models"))
        #expect(diseaseSummary.shownRows > 0)
    }

    /// Reference computed independently with python3 from the embedded
    /// `logits_results/hf_tf/output_pile/EleutherAI_pythia-70m-deduped/logits_race_en.json`: mean of templates 0–9
    /// per demographic (NaN skipped), every demographic tied at the max counts as top, at the min as bottom:
    /// top [28, 21, 2, 12, 27, 3], bottom [3, 2, 50, 11, 4, 23] over 93 diseases.
    @Test func topBottomRowMatchesAnIndependentComputation() throws {
        let (text, _) = screen(PaneState(view: .topBottom), 300, 20)  // wide: the whole table, bars beside it
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("EleutherAI/pythia-70m-deduped ") })
        let numbers = line.split(separator: "│")[1].split(separator: " ").prefix(13).map(String.init)
        #expect(numbers == ["28", "21", "2", "12", "27", "3", "3", "2", "50", "11", "4", "23", "93"])
    }

    @Test func anEmptyConfigurationSaysWhichAndHowToChangeIt() {
        var state = PaneState(view: .tau)
        state.filters.models = ["no-such-model"]
        let (text, summary) = screen(state, 200, 10)
        #expect(text.contains("No logits for hf/american/en/race"))
        #expect(text.contains("keys: t logit type, c context"))
        #expect(summary.shownRows == 0)
    }

    @Test func windowsHeadlineCountsMatchTheAnalysis() throws {
        let variation = try #require(WindowVariation(dataset, group: .race, mode: .correct))
        let (text, summary) = screen(PaneState(view: .windows), 200, 10)
        #expect(text.contains("(=) \(variation.identicalAllWindows)/\(variation.diseaseCount)"))
        #expect(summary.totalRows == variation.diseaseCount)
    }
}

extension AnalysisPaneBehaviourTests {
    @Test func countsHeatmapMarksTheCursorAndSearchMatches() {
        var state = PaneState(view: .counts)
        state.filters.search = "asthma"
        state.filters.top = 25
        let (text, _) = screen(state, 120, 40)
        #expect(text.contains(">  flu") || text.contains("> flu"))
        #expect(text.contains(" »asthma"))
    }
}
