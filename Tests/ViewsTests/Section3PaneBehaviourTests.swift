import Analysis
import Foundation
import Testing
@testable import Views

/// Numbers on the Section 3 panes against the Section 3 API; filters, drill targets and data tables.
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct Section3PaneBehaviourTests {
    var dataset: Dataset { EmbeddedData.dataset! }
    let american = LogitConfiguration(logitType: .hf, context: .american, language: .en, group: .race)

    func screen(_ state: PaneState, _ width: Int = 160, _ height: Int = 48) -> (String, PaneSummary) {
        var buffer = Buffer(width: width, height: height)
        let summary = Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area)
        return (PlainTextEncoder.encode(buffer), summary)
    }

    func line(_ text: String, containing needle: String) -> String? {
        text.split(separator: "\n").map(String.init).first { $0.contains(needle) }
    }

    /// The words of a heatmap line after its label (shades and counts), counts only.
    func counts(_ line: String, after label: String) -> [Int] {
        guard let range = line.range(of: label) else { return [] }
        return line[range.upperBound...].split(separator: " ").compactMap { Int($0) }
    }

    /// The model filter narrows the counted wild models: `qwen` keeps the 4 Qwen1.5 models, so no cell exceeds 4 and
    /// every disease row counts exactly 4 models (each has scores for every disease in hf/american/en).
    @Test func languagesCountOnlyTheFilteredModels() throws {
        let qwen = dataset.models.filter { $0.id.lowercased().contains("qwen") }.map(\.id)
        let rows = dataset.languageTopBottom(group: .race, mode: .correct, models: qwen)
        #expect(!rows.isEmpty && rows.allSatisfy { $0.modelCount == 4 && $0.top <= 4 })
        var state = PaneState(view: .languages)
        state.filters.models = ["qwen"]
        state.filters.search = "asthma"
        let (text, _) = screen(state)
        let shown = counts(try #require(line(text, containing: "asthma")), after: "asthma")
        #expect(!shown.isEmpty && shown.allSatisfy { $0 <= 4 })
    }

    @Test func languagesCountsAreTheWildModelsRankingEachDemographicTop() throws {
        let rows = dataset.languageTopBottom(group: .race, logitType: .hf, context: .american, mode: .correct)
        let asthma = try #require(dataset.vocabulary.disease(named: "asthma"))
        var state = PaneState(view: .languages)
        state.filters.search = "asthma"
        let (text, summary) = screen(state)
        #expect(summary.rowLabels.count == Set(rows.map(\.disease)).count)
        let shown = counts(try #require(line(text, containing: "asthma")), after: "asthma")
        let expected = Language.allCases.flatMap { language in
            DemographicGroup.race.demographics.map { demographic in
                rows.first { $0.language == language && $0.disease == asthma && $0.demographic == demographic }?.top ?? -1
            }
        }
        #expect(shown == expected)
        // Independently (python3 over the embedded hf/american_context logits_race_en.json of the 19 all_wild models:
        // mean of templates 0-9 skipping NaN, every tied maximum counted): white 10, black 5, asian 4, others 0.
        #expect(Array(shown.prefix(6)) == [10, 5, 4, 0, 0, 0])
        state.filters.bottom = true
        let bottom = counts(try #require(line(screen(state).0, containing: "asthma")), after: "asthma")
        #expect(bottom == Language.allCases.flatMap { language in
            DemographicGroup.race.demographics.map { demographic in
                rows.first { $0.language == language && $0.disease == asthma && $0.demographic == demographic }?.bottom ?? -1
            }
        })
        // Every wild model that scored asthma ranks exactly one race top in English unless tied: counts sum ≥ models.
        let english = rows.filter { $0.language == .en && $0.disease == asthma }
        #expect(english.map(\.top).reduce(0, +) >= english[0].modelCount)
    }

    @Test func languagesShowsEachFilteredModelsMeanTauPerLanguage() throws {
        var state = PaneState(view: .languages)
        state.filters.models = ["qwen"]
        let (text, _) = screen(state)
        for language in Language.allCases {
            var configuration = american
            configuration.language = language
            let tau = try #require(dataset.realTaus(configuration: configuration, mode: .correct,
                                                    models: ["Qwen/Qwen1.5-7B"]).first)
            let row = try #require(line(text, containing: "Qwen/Qwen1.5-7B "))
            let summary = tau.summary(.standard, configuration: configuration, templates: .original)
            #expect(summary.mean == tau.meanTau)
            #expect(row.contains("\(PaneText.interval(summary)) (n=\(tau.meanTau.count)"))
        }
        #expect(line(text, containing: "mistralai/") == nil)
    }

    @Test func trueFalseNamesTheKeysWhenTheContextHasNoHfTF() throws {
        var state = PaneState(view: .tfVsRaw)
        state.filters.models = ["pythia"]
        let (text, summary) = screen(state)
        #expect(text.contains("No hf and hf_tf logits together in american context") && text.contains("c context"))
        #expect(summary.shownRows == 0)
        // Without the model filter only the API models have files of both types in the embedded American context;
        // they are left out (one file on both sides, tau 1 by construction), so nothing is listed.
        let (api, apiSummary) = screen(PaneState(view: .tfVsRaw), 100, 24)
        #expect(apiSummary.rowLabels.isEmpty)
        #expect(line(api, containing: "cohere") == nil && api.contains("c context"))
        state.filters.context = .plain
        let (plain, plainSummary) = screen(state)
        let agreements = dataset.trueFalseAgreement(group: .race, context: .plain, mode: .correct)
            .filter { $0.model.contains("pythia") }
        #expect(plainSummary.rowLabels == agreements.map(\.model))
        let first = try #require(agreements.first)
        let row = try #require(line(plain, containing: first.model + " "))
        #expect(row.contains(PaneText.number(first.meanTau.value, 3)) && row.contains(" \(first.sameTopCount) "))
        #expect(plainSummary.drillTarget == .model(first.model))
        var drilled = state
        drilled.drill = .model(first.model)
        let (detail, detailSummary) = screen(drilled)
        #expect(detailSummary.shownRows == first.diseases.count)
        let disease = first.diseases[0]
        let diseaseRow = try #require(line(detail, containing: dataset.diseases[disease.disease].name + " "))
        #expect(diseaseRow.contains(PaneText.number(disease.tau, 3)) && diseaseRow.contains(disease.sameTop.map { $0 ? "yes" : "no" } ?? "unknown"))
    }

    @Test func alignmentListsThePairsWithTheirChangesAndOpensFlips() throws {
        let comparisons = dataset.alignmentComparisons(configuration: american, mode: .correct)
        let (text, summary) = screen(PaneState(view: .alignment))
        #expect(summary.shownRows == comparisons.count && comparisons.count == 17)
        let first = try #require(comparisons.first)
        #expect(summary.drillTarget == .alignmentPair(base: first.pair.base, aligned: first.pair.aligned))
        let row = try #require(line(text, containing: "Qwen1.5-7B -> Qwen1.5-7B-Chat"))
        #expect(row.contains(PaneText.number(first.tauRealChange[.correct] ?? .nan, 3)))
        #expect(row.contains(PaneText.number(first.tauRealChange[.paper] ?? .nan, 3)))
        #expect(row.contains(" \(first.topFlipCount) ") && row.contains(PaneText.number(first.meanRankTau.value, 3)))
        // The bars of the pair under the cursor: one line per demographic with its signed top-count change.
        for (index, demographic) in DemographicGroup.race.demographics.enumerated() {
            let bar = try #require(line(text, containing: "top \(demographic.label)"))
            #expect(bar.hasSuffix(" \(first.topCountChange[index])"))
        }
        let (flips, flipSummary) = screen(PaneState(view: .alignment, drill: summary.drillTarget))
        #expect(flipSummary.shownRows == first.flips.count && flipSummary.drillTarget == nil)
        let flip = first.flips[0]
        let flipRow = try #require(line(flips, containing: dataset.diseases[flip.disease].name + " "))
        #expect(flipRow.contains(PaneText.ranking(flip.baseRanking)) && flipRow.contains(PaneText.ranking(flip.alignedRanking)))
    }

    @Test func paperVsCorrectCountsTheScopesDifferencesAndDrillsIntoATable() throws {
        let scope = PaperVsCorrectScope(dataset: dataset, queries: .uncached, configuration: american,
                                        templates: .original)
        let differences = scope.differences
        let summaries = PaperVsCorrect.summary(differences)
        let (text, summary) = screen(PaneState(view: .paperVsCorrect))
        #expect(summary.shownRows == summaries.count && !summaries.isEmpty)
        #expect(text.contains("Section 1 tables and the Section 2 and 3 tables of"))
        // Its Section 2 tables are the contract tables' rows of the configuration on screen (issue #16 item 10).
        for mode in AnalysisMode.allCases {
            let full = CSVEncoder.text(Section2Tables.topBottom(dataset.forMode(mode),
                                                                configurations: dataset.logitConfigurations, mode: mode))
                .split(separator: "\n").dropFirst().filter { $0.hasPrefix("race,hf,american,en,") }
            let shown = try #require(scope.tables(mode).first { $0.name == "top_bottom.csv" })
            #expect(Array(CSVEncoder.text(shown).split(separator: "\n").dropFirst()) == full, "\(mode)")
            #expect(scope.tables(mode).map(\.name).contains("template_robustness.csv"))
            // So are its Section 3 tables: every column of the contract table, its rows of this configuration.
            let contract = Section3Tables.tables(dataset.forMode(mode), mode: mode)
            for name in ["tau_real.csv", "alignment_pairs.csv", "alignment_flips.csv", "tau_hf_vs_hftf.csv"] {
                let table = try #require(contract.first { $0.name == name })
                let mine = try #require(scope.tables(mode).first { $0.name == name })
                #expect(mine.header == table.header, "\(name)")
                let prefix = name == "tau_hf_vs_hftf.csv" ? "race,american,en," : "race,hf,american,en,"
                let rows = CSVEncoder.text(table).split(separator: "\n").dropFirst().filter { $0.hasPrefix(prefix) }
                #expect(Array(CSVEncoder.text(mine).split(separator: "\n").dropFirst()) == rows, "\(mode) \(name)")
            }
        }
        #expect(summaries.contains { $0.table == "scores.csv" } && summaries.contains { $0.table == "tau_counts.csv" })
        let flips = try #require(summaries.first { $0.table == "alignment_flips.csv" && $0.column == "tau" })
        #expect(try #require(line(text, containing: "alignment_flips.csv")).contains(" \(flips.count) "))
        // The scope's alignment rows agree with the Section 3 API in each mode.
        let paperPairs = try #require(scope.tables(.paper).first { $0.name == "alignment_pairs.csv" })
        #expect(paperPairs.rowCount == dataset.alignmentComparisons(configuration: american, mode: .paper).count)
        var drilled = PaneState(view: .paperVsCorrect, drill: .table("alignment_pairs.csv"))
        let (_, tableSummary) = screen(drilled)
        #expect(tableSummary.shownRows == differences.filter { $0.table == "alignment_pairs.csv" }.count)
        drilled.drill = .table("tau_real.csv")
        #expect(Panes.dataTable(drilled, dataset: dataset).rows.count
                == differences.filter { $0.table == "tau_real.csv" }.count)
    }

    /// A guard against a runaway (a quadratic blow-up or a hang), not a speed target: pane speed is measured by
    /// `bench/run.sh` on a release build. Debug frames take about 1 s (paper-vs-correct, which compares the
    /// configuration's Section 1–3 tables in both modes, up to ~3.5 s while other builds share the 2 cores).
    @Test func section3PanesRenderWithoutRunawayOnTheEmbeddedData() {
        for view in Section3PaneTests.views {
            let start = ContinuousClock.now
            _ = screen(PaneState(view: view))
            #expect(ContinuousClock.now - start < .seconds(30), "\(view.rawValue) took \(ContinuousClock.now - start)")
        }
    }

    @Test func configurationIsTheViewsDefaultUnlessFiltered() {
        #expect(Panes.configuration(PaneState(view: .alignment)) == american)
        #expect(Panes.configuration(PaneState(view: .topBottom))?.logitType == .hfTF)
        #expect(Panes.configuration(PaneState(view: .counts)) == nil)
        var state = PaneState(view: .languages)
        state.filters.context = .plain
        #expect(Panes.configuration(state)?.context == .plain)
    }
}
