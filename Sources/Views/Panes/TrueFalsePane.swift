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

    func modelRow(_ agreement: TrueFalseAgreement) -> PaneRow {
        let mean = agreement.meanTau, info = dataset.models.first { $0.id == agreement.model }
        let values: [Double?] = [nil, nil, mean.value, Double(mean.count), Double(agreement.sameTopCount),
                                 Double(agreement.comparedTopCount), Double(agreement.diseases.count)]
        return PaneRow(cells: [agreement.model, info?.family ?? "-", PaneText.number(mean.value, 3), "\(mean.count)",
                               "\(agreement.sameTopCount)", "\(agreement.comparedTopCount)",
                               "\(agreement.diseases.count)"],
                       numbers: values, label: agreement.model, drill: .model(agreement.model))
    }

    func diseaseRow(_ row: TrueFalseDiseaseAgreement) -> PaneRow {
        let name = PaneText.diseaseName(dataset, row.disease)
        let same = row.sameTop.map { $0 ? "yes" : "no" } ?? "unknown"
        return PaneRow(cells: [name, PaneText.number(row.tau, 3), "\(row.n)", same],
                       numbers: [nil, row.tau, Double(row.n), row.sameTop.map { $0 ? 1 : 0 }], label: name)
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
            return PaneTable(columns: columns, rows: agreements[0].diseases.map(diseaseRow))
                .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
        }
        let columns = [TableColumn("model", maxWidth: 36), TableColumn("family"),
                       TableColumn("mean tau", alignment: .right), TableColumn("n", alignment: .right),
                       TableColumn("same top", alignment: .right), TableColumn("compared", alignment: .right),
                       TableColumn("diseases", alignment: .right)]
        return PaneTable(columns: columns, rows: agreements.map(modelRow))
            .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
    }

    var dataTable: TypedTable {
        var rows: [[TableCell]] = []
        for agreement in agreements {
            for row in agreement.diseases {
                rows.append([.text(agreement.model), .text(configuration.description),
                             .text(PaneText.diseaseName(dataset, row.disease)), .value(row.tau), .integer(row.n),
                             row.sameTop.map { .integer($0 ? 1 : 0) } ?? .missing])
            }
        }
        return TypedTable(name: "tf-vs-raw.csv", header: ["model", "configuration", "disease", "tau", "n", "same_top"],
                        rows: rows)
    }
}
