import Analysis

/// `tau` (Section 2c): per model, the mean Kendall tau-b between its scores and the window-250 counts and between
/// its scores and real prevalence, each with how many diseases it averages. Enter on a model: its per-disease
/// taus; Enter on a disease there: that disease across models.
struct TauPane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset

    var configuration: LogitConfiguration {
        state.filters.configuration(default: Section2Defaults.tau(group: state.filters.group))
    }
    var drilledModel: String? { if case .model(let id)? = state.drill { return id } else { return nil } }

    var analysis: TauAnalysis {
        let ids = drilledModel.map { [$0] } ?? state.filters.modelIDs(dataset, configuration: configuration)
        return TauAnalysis.memo(dataset, configuration: configuration, templates: state.filters.templates,
                                mode: state.filters.mode, models: ids)
    }

    static let tauColumns = [TableColumn("tau counts", alignment: .right), TableColumn("n counts", alignment: .right),
                             TableColumn("tau real", alignment: .right), TableColumn("n real", alignment: .right)]

    func modelRows(_ analysis: TauAnalysis) -> [PaneRow] {
        analysis.models.indices.map { index in
            let model = analysis.models[index]
            let counts = analysis.meanCountTau(model: index), real = analysis.meanRealTau(model: index)
            let size = model.parametersMillions
            return PaneRow(cells: [model.id, model.family, PaneText.parameters(size),
                                   PaneText.number(counts.value, 3), "\(counts.count)", PaneText.number(real.value, 3),
                                   "\(real.count)"],
                           numbers: [nil, nil, size, counts.value, Double(counts.count), real.value, Double(real.count)],
                           label: model.id, drill: .model(model.id))
        }
    }

    func diseaseRows(_ analysis: TauAnalysis) -> [PaneRow] {
        guard let counts = analysis.countTaus.first, let real = analysis.realTaus.first else { return [] }
        return zip(counts, real).map { count, real in
            let name = PaneText.diseaseName(dataset, count.disease)
            return PaneRow(cells: [name, PaneText.number(count.tau, 3), "\(count.n)", PaneText.number(real.tau, 3),
                                   "\(real.n)"],
                           numbers: [nil, count.tau, Double(count.n), real.tau, Double(real.n)], label: name,
                           drill: .disease(count.disease))
        }
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration, dataset: dataset,
                                   options: options)
        let analysis = self.analysis
        layout.drawFrame(headline: drilledModel.map { "Kendall tau per disease: \($0) (n = demographics compared)" }
                            ?? "Mean Kendall tau-b: scores vs window-250 counts and vs real prevalence; Enter: per disease",
                         caption: caption, into: &buffer, options: options)
        guard !analysis.models.isEmpty else {
            layout.drawMessage(state.filters.emptyMessage(configuration), into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        if drilledModel != nil {
            return PaneTable(columns: [TableColumn("disease", maxWidth: 28)] + TauPane.tauColumns,
                             rows: diseaseRows(analysis))
                .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
        }
        let columns = [TableColumn("model", maxWidth: 36), TableColumn("family"),
                       TableColumn(PaneText.sizeTitle, alignment: .right)]
            + TauPane.tauColumns
        return PaneTable(columns: columns, rows: modelRows(analysis))
            .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption,
                    total: dataset.models(with: configuration).count)
    }

    var dataTable: CSVTable {
        let analysis = self.analysis
        var rows: [[TableCell]] = []
        for (index, model) in analysis.models.enumerated() {
            for (count, real) in zip(analysis.countTaus[index], analysis.realTaus[index]) {
                rows.append([.text(model.id), .text(configuration.description),
                             .text(PaneText.diseaseName(dataset, count.disease)), .value(count.tau),
                             .integer(count.n), .value(real.tau), .integer(real.n)])
            }
        }
        return CSVTable(name: "tau.csv", header: ["model", "configuration", "disease", "tau_counts", "n_counts",
                                                  "tau_real", "n_real"], rows: rows)
    }
}
