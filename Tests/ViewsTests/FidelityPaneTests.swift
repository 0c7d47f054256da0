@testable import Analysis
import Foundation
import Testing
@testable import Views

/// Issue #14 on the panes: units, mode-first columns, the tau-size drill-down, typed sort names, `--top` for every
/// view with rows, no cursor in `render`, and model-filter suggestions.
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct FidelityPaneTests {
    var dataset: Dataset { EmbeddedData.dataset! }

    func screen(_ state: PaneState, _ width: Int = 160, _ height: Int = 48,
                options: RenderOptions = RenderOptions()) -> (String, PaneSummary) {
        var buffer = Buffer(width: width, height: height)
        let summary = Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area, options: options)
        return (PlainTextEncoder.encode(buffer), summary)
    }

    /// Prevalence is per 10,000 (asthma 750 = 7.5 %), never per 100k; model sizes in one named unit.
    @Test(arguments: ViewID.allCases) func unitsAreRight(view: ViewID) {
        let (text, summary) = screen(PaneState(view: view), 220, 60)
        #expect(!text.contains("100k") && !text.contains("per 100,000"), "\(view)")
        #expect(!summary.columns.contains { $0.lowercased() == "size" }, "\(view): a size column must name its unit")
        if view == .uncorrelated { #expect(text.contains("real prevalence per 10,000")) }
        if view == .tau || view == .tauSize {
            #expect(text.contains(PaneText.sizeTitle))
            // Pythia 12B as 12, Mamba 130M as 0.13: no `12k` beside `7000`.
            #expect(!text.contains("12k") && !text.contains(" 7000 "))
        }
    }

    @Test func parametersAreBillionsWithTheirUnit() {
        #expect(PaneText.parameters(70) == "0.07" && PaneText.parameters(12000) == "12")
        #expect(PaneText.parameters(1400) == "1.4" && PaneText.parameters(175_000) == "175")
        #expect(PaneText.parameters(nil) == "-" && PaneText.sizeTitle == "params (B)")
    }

    /// The alignment pane shows the active mode's d tau first, marked.
    @Test(arguments: AnalysisMode.allCases) func alignmentShowsTheActiveModeFirst(mode: AnalysisMode) throws {
        var state = PaneState(view: .alignment)
        state.filters.mode = mode
        let (text, summary) = screen(state)
        let other = mode == .correct ? "paper" : "correct"
        #expect(summary.columns[2] == "d tau \(mode.rawValue)*" && summary.columns[3] == "d tau \(other)")
        let comparison = try #require(dataset.alignmentComparisons(
            configuration: LogitConfiguration(logitType: .hf, context: .american, language: .en, group: .race),
            mode: mode).first)
        let row = try #require(text.split(separator: "\n").first { $0.contains("-> Qwen1.5-7B-Chat") })
        let cells = row.split(separator: "│")[1].split(separator: " ")
        #expect(cells[1] == PaneText.number(comparison.tauRealChange[mode] ?? .nan, 3))
        #expect(cells[2] == PaneText.number(comparison.tauRealChange[mode == .correct ? .paper : .correct] ?? .nan, 3))
    }

    /// Enter on a model of Tau×Size opens its per-disease taus by quartile, not a copy of the parent.
    @Test func tauSizeDrillShowsPerDiseaseTaus() throws {
        let (parent, summary) = screen(PaneState(view: .tauSize))
        let target = try #require(summary.drillTarget)
        var state = PaneState(view: .tauSize)
        state.drill = target
        let (detail, detailSummary) = screen(state)
        #expect(detail != parent)
        #expect(detailSummary.columns == ["disease", "quartile", "tau counts", "n", "p exact"])
        #expect(detailSummary.shownRows > 80)
        guard case .model(let id) = target else { Issue.record("not a model target"); return }
        let analysis = TauAnalysis(dataset, configuration: Section2Defaults.tau(group: .race), mode: .correct)
        let index = try #require(analysis.models.firstIndex { $0.id == id })
        let q1 = analysis.countTaus[index].filter { analysis.countQuartiles.quartile(of: $0.disease) == 1 }
        let first = try #require(q1.first)
        let line = try #require(detail.split(separator: "\n").first {
            $0.hasPrefix(dataset.diseases[first.disease].name + " ")
        })
        #expect(line.contains("Q1") && line.contains(PaneText.number(first.tau, 3)))
    }

    @Test func columnsHaveSnakeCaseNames() {
        #expect(TableColumn.snakeCase("d tau correct*") == "d_tau_correct")
        #expect(TableColumn.snakeCase("params (B)") == "params_b")
        #expect(TableColumn.snakeCase("  top W ") == "top_w")
        let (_, summary) = screen(PaneState(view: .tau))
        #expect(summary.columnNames == ["model", "family", "params_b", "tau_counts", "n_counts", "tau_real", "n_real"])
    }

    /// `--top N` keeps N rows in every view that lists rows (counts did before; now every table).
    @Test(arguments: [ViewID.tau, .templates, .topBottom, .alignment, .uncorrelated, .ranks, .prevalence, .languages,
                      .problems])
    func topLimitsTheRows(view: ViewID) {
        var state = PaneState(view: view)
        let (_, all) = screen(state)
        state.filters.top = 2
        let (_, limited) = screen(state)
        #expect(limited.shownRows == min(2, all.shownRows), "\(view)")
    }

    /// `render` draws no cursor: no `>` marker in counts and no reverse cell anywhere.
    @Test(arguments: [ViewID.counts, .languages, .tau]) func renderShowsNoCursor(view: ViewID) {
        let options = RenderOptions(showsCursor: false)
        var buffer = Buffer(width: 120, height: 30)
        _ = Panes.render(PaneState(view: view), dataset: dataset, into: &buffer, area: buffer.area, options: options)
        let text = PlainTextEncoder.encode(buffer)
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix(">") }, "\(view)")
        var reversed = false
        for y in 0..<buffer.height { for x in 0..<buffer.width where buffer[x, y].style.reverse { reversed = true } }
        #expect(!reversed, "\(view)")
        let (explorer, _) = screen(PaneState(view: .counts), 120, 30)
        #expect(explorer.split(separator: "\n").contains { $0.hasPrefix(">") })
    }

    @Test func unmatchedModelTermsGetTheClosestNames() {
        var filters = ViewFilters()
        filters.models = ["pythya", "qwen"]
        #expect(ModelSuggestions.unmatched(filters, dataset: dataset) == ["pythya"])
        let message = ModelSuggestions.message(filters, dataset: dataset) ?? ""
        #expect(message.hasPrefix("no model matches 'pythya'; closest: EleutherAI/pythia"))
        filters.models = ["mamba"]
        #expect(ModelSuggestions.message(filters, dataset: dataset) == nil)
        #expect(ModelSuggestions.distance(Array("kitten"), Array("sitting")) == 3)
        #expect(ModelSuggestions.distance([], Array("abc")) == 3)
    }
}

extension FidelityPaneTests {
    /// Issue #18: the drilled Templates view shows each disease's template-bootstrap shares, the numbers of
    /// `top_stability.csv` (same seed key), and the Tau drill shows p and q beside every tau.
    @Test func drillDownsShowTopStabilityAndPValues() throws {
        let (_, summary) = screen(PaneState(view: .templates))
        var state = PaneState(view: .templates)
        state.drill = try #require(summary.drillTarget)
        let (_, detail) = screen(state)
        #expect(detail.columns.suffix(2) == ["top share", "ranking share"])
        var tau = PaneState(view: .tau)
        tau.drill = try #require(screen(tau).1.drillTarget)
        #expect(screen(tau).1.columns == ["disease", "tau counts", "n counts", "p counts", "q counts", "tau real",
                                          "n real", "p real", "q real"])
    }
}

extension FidelityPaneTests {
    /// Issue #18 item 4 on the Top/Bottom view: each model's `top kept` / `rank kept` (and the export's
    /// `top_share_mean` / `ranking_share_mean`) are the means of that model's `top_stability.csv` rows, as the
    /// contract table computes them, for the configuration on screen.
    @Test func topBottomShowsTheMeanTopStabilityOfTheContractTable() throws {
        let state = PaneState(view: .topBottom)
        let exported = Panes.dataTable(state, dataset: dataset)
        let header = exported.header
        let model = try #require(header.firstIndex(of: "model")), configuration = try #require(
            header.firstIndex(of: "configuration"))
        let topMean = try #require(header.firstIndex(of: "top_share_mean"))
        let rankMean = try #require(header.firstIndex(of: "ranking_share_mean"))
        let shown = try #require(exported.rows.first)
        guard case .text(let id) = shown[model], case .text(let configurationText) = shown[configuration],
              case .number(let top) = shown[topMean], case .number(let rank) = shown[rankMean] else {
            Issue.record("unexpected cells \(shown)")
            return
        }
        let chosen = try #require(dataset.logitConfigurations.first { $0.description == configurationText })
        let contract = Section2Tables.topStability(dataset, configurations: [chosen], mode: .correct,
                                                   settings: .standard)
        let rows = contract.text.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let columns = contract.header
        let modelColumn = try #require(columns.firstIndex(of: "model"))
        let topColumn = try #require(columns.firstIndex(of: "top_share"))
        let rankColumn = try #require(columns.firstIndex(of: "ranking_share"))
        let mine = rows.filter { $0[modelColumn] == Substring(id) }
        #expect(mine.count > 50)
        let expectedTop = mine.map { Double($0[topColumn])! }.reduce(0, +) / Double(mine.count)
        let expectedRank = mine.map { Double($0[rankColumn])! }.reduce(0, +) / Double(mine.count)
        #expect(abs(top - expectedTop) < 1e-12 && abs(rank - expectedRank) < 1e-12, "\(id) \(configurationText)")
    }
}
