import Analysis

/// `tf-vs-raw` (Section 3a robustness): per model with both `hf` and `hf_tf` logits in the context, language and
/// group, the mean Kendall tau between the two rankings (n = diseases with a tau) and how many diseases keep the same
/// top demographic (of those where both sides have a top). API models are left out (README decision 11). Enter on a model: its per-disease tau and same top. Default context: American (decision 4).
struct TrueFalsePane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries

    var context: PromptContext { state.filters.context ?? .american }
    var drilledModel: String? { if case .model(let id)? = state.drill { return id } else { return nil } }
    /// The hf side of the comparison (what the caption shows).
    var configuration: LogitConfiguration { TrueFalsePane.configuration(state.filters) }

    /// The hf side: `hf`, the filter's context (default American), language and group.
    static func configuration(_ filters: ViewFilters) -> LogitConfiguration {
        LogitConfiguration(logitType: .hf, context: filters.context ?? .american, language: filters.language,
                           group: filters.group)
    }

    var agreements: [TrueFalseAgreement] {
        let all = queries.memo(PaneKey(.trueFalse, configuration, state.filters, models: nil)) {
            dataset.trueFalseAgreement(group: state.filters.group, context: context, language: state.filters.language,
                                       templates: state.filters.templates, mode: state.filters.mode, queries: queries)
        }
        if let model = drilledModel { return all.filter { $0.model == model } }
        return all.filter { agreement in
            dataset.models.first { $0.id == agreement.model }.map(state.filters.includes) ?? false
        }
    }

    var emptyMessage: String {
        let models = state.filters.models.isEmpty ? "any model" : "models matching " + state.filters.models.joined(separator: ",")
        return "No hf and hf_tf logits together in \(context.rawValue) context, \(state.filters.language.rawValue), "
            + "\(state.filters.group.rawValue) for \(models); keys: c context, L language, r group, f models."
    }

    /// `tau_hf_vs_hftf_summary.csv`'s rows of the agreements shown (the builder `tables` uses), kept per model
    /// list: the model list.
    func summaryRows(_ agreements: [TrueFalseAgreement]) -> TypedTable {
        queries.memo(PaneKey(.contract(.trueFalse), configuration, state.filters, models: agreements.map(\.model))) {
            Section3Tables.trueFalseSummary(configuration: configuration, templates: state.filters.templates,
                                            agreements: agreements)
        }
    }

    /// `tau_hf_vs_hftf.csv`'s rows of the agreements (the drill-down's one model, the data table's all).
    func diseaseRows(_ agreements: [TrueFalseAgreement]) -> TypedTable {
        Section3Tables.trueFalse(dataset, configuration: configuration, templates: state.filters.templates,
                                 agreements: agreements).perDisease
    }

    /// A `tau_hf_vs_hftf_summary.csv` row; the family from the catalogue.
    func modelRow(_ table: TypedTable, _ row: Int) -> PaneRow {
        let model = table.text(row, "model") ?? "-", info = dataset.models.first { $0.id == model }
        let mean = table.value(row, "mean_tau")
        let counts = ["n_tau", "n_same_top", "n_top_compared", "n_diseases"].map { table.integer(row, $0) }
        return PaneRow(cells: [model, info?.family ?? "-", PaneText.number(mean, 3)] + counts.map(PaneText.count),
                       numbers: [nil, nil, mean] + counts.map { $0.map(Double.init) }, label: model,
                       drill: .model(model))
    }

    /// A `tau_hf_vs_hftf.csv` row.
    func diseaseRow(_ table: TypedTable, _ row: Int) -> PaneRow {
        let name = table.text(row, "disease") ?? "-"
        let sameTop = table.integer(row, "same_top")
        let same = sameTop.map { $0 == 1 ? "yes" : "no" } ?? "unknown"
        let tau = table.value(row, "tau"), n = table.integer(row, "n")
        return PaneRow(cells: [name, PaneText.number(tau, 3), PaneText.count(n), same],
                       numbers: [nil, tau, n.map(Double.init), sameTop.map(Double.init)], label: name)
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration, dataset: dataset,
                                   options: options).replacing("logits hf", with: "logits hf vs hf_tf")
        let headline = drilledModel.map { "hf vs hf_tf per disease: \($0) (tau over all demographics; same top)" }
            ?? "hf vs hf_tf: mean Kendall tau per model (n = diseases), same top of compared; API models left out (one file serves both types); Enter: per disease"
        layout.drawFrame(headline: headline, caption: caption, into: &buffer, options: options)
        let agreements = self.agreements
        guard !agreements.isEmpty else {
            layout.drawMessage(emptyMessage, into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        if drilledModel != nil {
            let columns = [TableColumn("disease", maxWidth: 28), TableColumn("tau", alignment: .right),
                           TableColumn("n", alignment: .right), TableColumn("same top")]
            let table = diseaseRows([agreements[0]])
            return PaneTable(columns: columns, rows: (0..<table.rowCount).map { diseaseRow(table, $0) })
                .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
        }
        let columns = [TableColumn("model", maxWidth: 36), TableColumn("family"),
                       TableColumn("mean tau", alignment: .right), TableColumn("n", alignment: .right),
                       TableColumn("same top", alignment: .right), TableColumn("compared", alignment: .right),
                       TableColumn("diseases", alignment: .right)]
        let summary = summaryRows(agreements)
        return PaneTable(columns: columns, rows: (0..<summary.rowCount).map { modelRow(summary, $0) })
            .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
    }

    var dataTable: TypedTable {
        let table = diseaseRows(agreements)
        let rows: [[TableCell]] = (0..<table.rowCount).map { row in
            [.text(table.text(row, "model") ?? ""), .text(configuration.description),
             .text(table.text(row, "disease") ?? ""), .value(table.number(row, "tau")),
             .value(table.integer(row, "n")), .value(table.integer(row, "same_top"))]
        }
        return TypedTable(name: "tf-vs-raw.csv", header: ["model", "configuration", "disease", "tau", "n", "same_top"],
                        rows: rows)
    }
}

