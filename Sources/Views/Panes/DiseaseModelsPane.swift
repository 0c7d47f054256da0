import Analysis

/// The drilled form for a disease (Enter on a disease row or heatmap cell): that disease across models — each
/// model's score per demographic of the group (mean logit over the selected templates), its top demographic and
/// its tau vs the window-250 counts, in the originating view's default configuration. The scores are the rows of
/// `scores.csv` and the taus those of `tau_counts.csv` (the builders `tables` uses, under the pane's templates,
/// mode and models); the pane chooses its columns from them (issue 15).
struct DiseaseModelsPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries
    let disease: DiseaseID

    /// The view's configuration: Section 2 views keep their own default; Section 1 views use `hf`, plain context.
    var configuration: LogitConfiguration {
        let group = state.filters.group
        let base: LogitConfiguration
        switch state.view {
        case .topBottom: base = Section2Defaults.topBottom(group: group)
        case .tau, .tauSize, .uncorrelated: base = Section2Defaults.tau(group: group)
        default: base = Section2Defaults.robustness(group: group)
        }
        return state.filters.configuration(default: base)
    }

    var demographics: [Demographic] { state.filters.group.demographics }
    var models: [String] { state.filters.modelIDs(dataset, configuration: configuration) }
    var name: String { PaneText.diseaseName(dataset, disease) }

    /// `scores.csv`'s rows of the disease in the configuration on screen under the filters' templates, for the
    /// filtered models, kept in the cache.
    var scoreRows: TypedTable {
        let models = self.models, configuration = self.configuration, filters = state.filters
        return queries.memo(PaneKey(.contract(.scores(diseases: [disease])), configuration, filters, models: models)) {
            Section2Tables.scores(dataset, configuration: configuration, templates: filters.templates,
                                  mode: filters.mode, models: models, diseases: [disease], queries: queries)
        }
    }

    /// The tau analysis of the configuration on screen for the filtered models: the Tau pane's own (same key), so
    /// opening the drill from `tau` computes nothing new.
    var tauAnalysis: TauAnalysis {
        TauAnalysis.memo(dataset, configuration: configuration, templates: state.filters.templates,
                         mode: state.filters.mode, models: models, queries: queries)
    }

    /// One model's line: its `scores.csv` row per demographic (group order) and its `tau_counts.csv` row.
    struct Entry {
        let model: String
        let scoreRows: [Int?]
        let scores: [Double]
        let tauRow: Int?
    }

    /// The models whose rows give the disease a score, in `scores.csv`'s order, each with its tau row (none when
    /// the disease is outside the tau analysis).
    func entries(_ scores: TypedTable, _ taus: TypedTable) -> [Entry] {
        let position = Dictionary(demographics.enumerated().map { ($1.label, $0) }, uniquingKeysWith: { a, _ in a })
        var order: [String] = [], rowsOf: [String: [Int?]] = [:]
        for row in 0..<scores.rowCount {
            guard let model = scores.text(row, "model"), let label = scores.text(row, "demographic"),
                  let index = position[label] else { continue }
            if rowsOf[model] == nil {
                order.append(model)
                rowsOf[model] = [Int?](repeating: nil, count: demographics.count)
            }
            rowsOf[model]?[index] = row
        }
        var tauRowOf: [String: Int] = [:]
        for row in taus.rows(where: "disease", is: name) {
            if let model = taus.text(row, "model") { tauRowOf[model] = row }
        }
        return order.compactMap { model in
            let rows = rowsOf[model] ?? []
            let values = rows.map { $0.map { scores.value($0, "score") } ?? .nan }
            guard values.contains(where: { !$0.isNaN }) else { return nil }
            return Entry(model: model, scoreRows: rows, scores: values, tauRow: tauRowOf[model])
        }
    }

    /// Why the tau column is empty, when the disease is outside the tau analysis (`Section2Paper.tauDiseases`).
    func tauNote(_ analysis: TauAnalysis) -> String? {
        guard !analysis.diseases.contains(disease) else { return nil }
        return state.filters.mode == .paper
            ? "tau -: not among the paper's \(analysis.diseases.count) diseases"
            : "tau -: no window-250 counts"
    }

    func row(_ entry: Entry, _ taus: TypedTable) -> PaneRow {
        // Top: every demographic tied at the highest score of the rows shown (`ScoreMatrix.topIndices`' meaning).
        let top = Ranking.extremeIndices(entry.scores, maximum: true).map { PaneText.code(demographics[$0]) }
        let tau = entry.tauRow.map { taus.value($0, "tau") } ?? .nan
        return PaneRow(cells: [entry.model] + entry.scores.map { PaneText.number($0, 3) }
                           + [top.joined(separator: ","), PaneText.number(tau, 3)],
                       numbers: [nil] + entry.scores.map { Optional($0) } + [nil, tau], label: entry.model,
                       drill: .model(entry.model))
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration, dataset: dataset,
                                   options: options)
        let scores = scoreRows, analysis = tauAnalysis, taus = analysis.countRows(dataset, queries)
        // The reason for an empty tau column right after the name, where a narrow screen still shows it.
        let note = tauNote(analysis).map { " (\($0))" } ?? ""
        layout.drawFrame(headline: "\(name) across models\(note): mean logit per demographic, top, tau vs counts "
                            + "(\(PaneText.codeLegend(state.filters.group)))",
                         caption: caption, into: &buffer, options: options)
        let entries = self.entries(scores, taus)
        guard !entries.isEmpty else {
            layout.drawMessage("No scores for \(name): " + state.filters.emptyMessage(configuration),
                               into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        let columns = [TableColumn("model", maxWidth: 36)]
            + demographics.map { TableColumn($0.label, alignment: .right) }
            + [TableColumn("top"), TableColumn("tau counts", alignment: .right)]
        var summary = PaneTable(columns: columns, rows: entries.map { row($0, taus) })
            .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
        if state.view != .topBottom && state.view != .tau && state.view != .templates { summary.drillTarget = nil }
        return summary
    }

    /// The rows shown, one per model and demographic: `scores.csv`'s score, template count and rank, and the
    /// model's `tau_counts.csv` tau and n (missing outside the tau analysis).
    var dataTable: TypedTable {
        let scores = scoreRows, taus = tauAnalysis.countRows(dataset, queries)
        let cell = { (table: TypedTable, row: Int?, column: String) -> TableCell in
            guard let row, let index = table.columnIndex(column) else { return .missing }
            return table.cell(row: row, column: index)
        }
        var rows: [[TableCell]] = []
        for entry in entries(scores, taus) {
            for (index, demographic) in demographics.enumerated() {
                let row = entry.scoreRows[index]
                rows.append([.text(name), .text(entry.model), .text(configuration.description),
                             .text(demographic.label), cell(scores, row, "score"), cell(scores, row, "n_templates"),
                             cell(scores, row, "rank"), cell(taus, entry.tauRow, "tau"),
                             cell(taus, entry.tauRow, "n")])
            }
        }
        return TypedTable(name: "\(state.view.rawValue)-disease.csv",
                          header: ["disease", "model", "configuration", "demographic", "score", "n_templates", "rank",
                                   "tau_counts", "n_counts"], rows: rows)
    }
}

extension DiseaseModelsPane: PrefetchingPane {
    func prefetch() {
        _ = scoreRows
        _ = tauAnalysis.countRows(dataset, queries)
    }
}
