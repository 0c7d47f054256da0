import Data
import Foundation
import Testing
@testable import Analysis
@testable import Views

/// The disease drill of the Section 1 and 2 views (`DiseaseModelsPane`): its export, its data table and its sheet
/// carry `scores.csv`'s rows of the disease (score, template count, rank) and `tau_counts.csv`'s (tau, n), as the
/// contract builders write them for the configuration on screen — `tables`' own builders for templates 0–9, the
/// per-configuration row functions for other template selections — and its top is the highest score of those rows.
extension ExportAgreementTests {
    /// One Section 1 view (its drill reads `hf`, plain context) and the Section 2 views with their own defaults.
    static let diseaseDrillViews: [ViewID] = [.counts, .prevalence, .topBottom, .templates, .tau]

    /// Both groups and modes, and template selections besides 0–9 (all, 10–19, 2–14: a range, as a selection
    /// with a comma would be a quoted cell of the contract's `templates` column).
    static let diseaseDrillFilters: [ViewFilters] = [
        (DemographicGroup.race, AnalysisMode.correct, TemplateSelection.original), (.gender, .paper, .all),
        (.race, .paper, .additional), (.gender, .correct, TemplateSelection(Array(2...14))),
        (.race, .paper, .original),
    ].map { group, mode, templates in
        var filters = ViewFilters()
        filters.group = group
        filters.mode = mode
        filters.templates = templates
        return filters
    }

    /// Two seeded diseases (LCG, seed 15) and, when the data has them, `parkinson` (counts, but outside the paper's
    /// 89) and `aortic aneurysem` (no counts): names without CSV quoting, so the sheet's fixed columns compare.
    var diseaseDrillDiseases: [DiseaseID] {
        var state: UInt64 = 15
        let plain = dataset.vocabulary.diseaseIDsByName.filter {
            !dataset.diseases[$0].name.contains(where: { ",\"\n".contains($0) })
        }
        let seeded = (0..<2).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return plain[Int(state >> 33) % plain.count]
        }
        return seeded + ["parkinson", "aortic aneurysem"].compactMap { dataset.vocabulary.disease(named: $0) }
    }

    @Test(arguments: diseaseDrillViews)
    func diseaseDrillShowsScoresAndTauCountsRows(view: ViewID) throws {
        var outside = 0
        for filters in ExportAgreementTests.diseaseDrillFilters {
            for disease in diseaseDrillDiseases {
                let state = PaneState(view: view, filters: filters, drill: .disease(disease))
                try checkAgreement(state)
                try checkDiseaseDrillModelsAndTop(state, disease)
                if !tauDiseases(state).contains(disease) { outside += 1 }
            }
        }
        // The samples reach a disease outside the tau analysis (paper-mode parkinson on the embedded data).
        #expect(outside > 0)
    }

    /// The contract tables a view's data table shows: the disease drill's two (below), else the view's.
    func contractViews(_ state: PaneState) -> [ContractView] {
        if case .disease(let disease)? = state.drill, Panes.drillsIntoDiseases(state.view) {
            return diseaseDrillContracts(state, disease)
        }
        return contractView(state).map { [$0] } ?? []
    }

    /// The tau analysis's diseases of the drill's configuration and mode (`Section2Paper.tauDiseases`).
    func tauDiseases(_ state: PaneState) -> [DiseaseID] {
        Section2Paper.tauDiseases(dataset.forMode(state.filters.mode), group: state.filters.group,
                                  mode: state.filters.mode)
    }

    /// The contract rows of the drill: scores.csv's for every row, tau_counts.csv's where the disease is analysed
    /// (elsewhere the drill's tau cells are missing).
    func diseaseDrillContracts(_ state: PaneState, _ disease: DiseaseID) -> [ContractView] {
        guard let configuration = Panes.configuration(state) else { return [] }
        let (scores, taus) = diseaseDrillTables(state, configuration)
        let fixed = diseaseDrillFixed(state, configuration)
        return [
            ContractView(contract: scores, fixed: fixed,
                         keys: [("model", "model"), ("disease", "disease"), ("demographic", "demographic")],
                         values: [("score", "score"), ("n_templates", "n_templates"), ("rank", "rank")]),
            ContractView(contract: taus, fixed: fixed, keys: [("model", "model"), ("disease", "disease")],
                         values: [("tau_counts", "tau"), ("n_counts", "n")],
                         missingWithoutContract: ["tau_counts", "n_counts"],
                         mayMatchNone: !tauDiseases(state).contains(disease)),
        ]
    }

    /// The drill's sheet against the same rows (its snake_case column names): each demographic's column is that
    /// demographic's score, `tau_counts` the tau (only where the disease is analysed: otherwise the file has no row to compare).
    func diseaseDrillSheetContracts(_ state: PaneState, _ disease: DiseaseID) -> [SheetContract] {
        guard let configuration = Panes.configuration(state) else { return [] }
        let (scores, taus) = diseaseDrillTables(state, configuration)
        var fixed = diseaseDrillFixed(state, configuration)
        fixed["disease"] = dataset.diseases[disease].name
        let perDemographic = configuration.group.demographics.map { demographic in
            var columns = fixed
            columns["demographic"] = demographic.label
            return SheetContract(contract: scores, fixed: columns, keys: [("model", "model")],
                                 values: [(TableColumn.snakeCase(demographic.label), "score")])
        }
        guard tauDiseases(state).contains(disease) else { return perDemographic }
        return perDemographic + [SheetContract(contract: taus, fixed: fixed, keys: [("model", "model")],
                                               values: [("tau_counts", "tau")])]
    }

    func diseaseDrillFixed(_ state: PaneState, _ configuration: LogitConfiguration) -> [String: String] {
        ["group": configuration.group.rawValue, "logit_type": configuration.logitType.rawValue,
         "context": configuration.context.rawValue, "language": configuration.language.rawValue,
         "templates": state.filters.templates.description]
    }

    /// scores.csv and tau_counts.csv of the configuration for every model and disease: `tables`' builders under
    /// templates 0–9, the per-configuration row functions (no model or disease restriction) under others.
    func diseaseDrillTables(_ state: PaneState, _ configuration: LogitConfiguration) -> (TypedTable, TypedTable) {
        let filters = state.filters, mode = filters.mode, data = dataset.forMode(mode)
        guard filters.templates != .original else {
            return (Section2Tables.scores(data, configurations: [configuration], mode: mode),
                    Section2Tables.tauCountTables(data, configurations: [configuration], mode: mode,
                                                  settings: UncertaintySettings.standard.withoutResampling)[0])
        }
        let analysis = TauAnalysis(data, configuration: configuration, templates: filters.templates, mode: mode)
        return (Section2Tables.scores(data, configuration: configuration, templates: filters.templates, mode: mode),
                Section2Tables.tauCounts(data, analysis: analysis))
    }

    /// Every model whose scores.csv rows give the disease a score has a line, no other; its top is every
    /// demographic tied at the highest of those scores.
    func checkDiseaseDrillModelsAndTop(_ state: PaneState, _ disease: DiseaseID) throws {
        let configuration = try #require(Panes.configuration(state))
        let (scores, _) = diseaseDrillTables(state, configuration)
        let name = dataset.diseases[disease].name
        var byModel: [String: [String: Double]] = [:]
        for row in scores.rows(where: "disease", is: name) {
            guard let model = scores.text(row, "model"), let label = scores.text(row, "demographic") else { continue }
            byModel[model, default: [:]][label] = scores.value(row, "score")
        }
        let scored = byModel.filter { $0.value.values.contains { !$0.isNaN } }
        var buffer = Buffer(width: 200, height: 60)
        let sheet = try #require(Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area).sheet,
                                 "\(state.view) \(name): no sheet")
        let names = sheet.columns.map(\.name)
        let modelColumn = try #require(names.firstIndex(of: "model")), topColumn = try #require(names.firstIndex(of: "top"))
        let label = "drill \(state.view) \(state.filters.group) \(state.filters.mode) \(state.filters.templates) \(name)"
        #expect(Set(sheet.cells.map { $0[modelColumn] }) == Set(scored.keys), "\(label): models")
        for cells in sheet.cells {
            let values = try #require(scored[cells[modelColumn]], "\(label): \(cells[modelColumn])")
            let best = values.values.filter { !$0.isNaN }.max()
            let top = configuration.group.demographics.filter { values[$0.label] == best }.map { PaneText.code($0) }
            #expect(cells[topColumn] == top.joined(separator: ","), "\(label) \(cells[modelColumn]): top")
        }
    }
}
