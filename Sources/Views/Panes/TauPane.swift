import Analysis

/// `tau` (Section 2c): per model, the mean Kendall tau-b between its scores and the window-250 counts and between
/// its scores and real prevalence, each with how many diseases it averages. Enter on a model: its per-disease
/// taus; Enter on a disease there: that disease across models.
struct TauPane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries

    var configuration: LogitConfiguration {
        state.filters.configuration(default: Section2Defaults.tau(group: state.filters.group))
    }
    var drilledModel: String? { if case .model(let id)? = state.drill { return id } else { return nil } }

    var analysis: TauAnalysis {
        let ids = drilledModel.map { [$0] } ?? state.filters.modelIDs(dataset, configuration: configuration)
        return TauAnalysis.memo(dataset, configuration: configuration, templates: state.filters.templates,
                                mode: state.filters.mode, models: ids, queries: queries)
    }

    var confidenceText: String { PaneText.confidence(state.filters.uncertainty) }

    var meanColumns: [TableColumn] {
        [TableColumn("tau counts", alignment: .right), TableColumn("n counts", alignment: .right),
         TableColumn("tau real", alignment: .right), TableColumn("n real", alignment: .right)]
    }

    static let diseaseColumns = [
        TableColumn("tau counts", alignment: .right), TableColumn("n counts", alignment: .right),
        TableColumn("p counts", alignment: .right), TableColumn("q counts", alignment: .right),
        TableColumn("tau real", alignment: .right), TableColumn("n real", alignment: .right),
        TableColumn("p real", alignment: .right), TableColumn("q real", alignment: .right)]

    func modelRows(_ analysis: TauAnalysis) -> [PaneRow] {
        let summaries = analysis.summaries(queries, settings: state.filters.uncertainty)
        return analysis.models.indices.map { index in
            let model = analysis.models[index]
            let counts = summaries[index].counts, real = summaries[index].real
            let size = model.parametersMillions
            return PaneRow(cells: [model.id, model.family, PaneText.parameters(size),
                                   PaneText.interval(counts), PaneText.counted(counts), PaneText.interval(real),
                                   PaneText.counted(real)],
                           numbers: [nil, nil, size, counts.mean.value, Double(counts.mean.count), real.mean.value,
                                     Double(real.mean.count)],
                           label: model.id, drill: .model(model.id))
        }
    }

    func diseaseRows(_ analysis: TauAnalysis) -> [PaneRow] {
        guard let counts = analysis.countTaus.first, let reals = analysis.realTaus.first else { return [] }
        let countQ = counts.qValues, realQ = reals.qValues
        return counts.indices.map { k in
            let count = counts[k], real = reals[k]
            let name = PaneText.diseaseName(dataset, count.disease)
            return PaneRow(cells: [name, PaneText.number(count.tau, 3), PaneText.pairs(count),
                                   PaneText.pValue(count.pExact, tau: count.tau),
                                   PaneText.pValue(countQ[k], tau: count.tau), PaneText.number(real.tau, 3),
                                   PaneText.pairs(real), PaneText.pValue(real.pExact, tau: real.tau),
                                   PaneText.pValue(realQ[k], tau: real.tau)],
                           numbers: [nil, count.tau, Double(count.n), count.pExact, countQ[k], real.tau,
                                     Double(real.n), real.pExact, realQ[k]], label: name,
                           drill: .disease(count.disease))
        }
    }

    /// Gender vs real prevalence compares two values: each tau is ±1, the sign of agreement.
    var genderNote: String {
        (configuration.group == .gender
            ? "; tau real over male/female is the sign of agreement: mean = 2 x (share agreeing) - 1" : "")
            + (state.filters.mode == .paper ? "; paper mode: p, q and intervals of the paper's own statistic" : "")
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration, dataset: dataset,
                                   options: options)
        let analysis = self.analysis
        layout.drawFrame(headline: drilledModel.map {
                            "Kendall tau per disease: \($0) (n = demographics compared; p exact, q BH; "
                                + PaneText.reducedLegend + ")" + genderNote }
                            ?? ("Mean Kendall tau-b [\(confidenceText) bootstrap interval]: scores vs window-250 counts and vs real "
                                + "prevalence; Enter: per disease (" + PaneText.reducedLegend + ")" + genderNote),
                         caption: caption, into: &buffer, options: options)
        guard !analysis.models.isEmpty else {
            layout.drawMessage(state.filters.emptyMessage(configuration), into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        if drilledModel != nil {
            return PaneTable(columns: [TableColumn("disease", maxWidth: 28)] + TauPane.diseaseColumns,
                             rows: diseaseRows(analysis))
                .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
        }
        let columns = [TableColumn("model", maxWidth: 36), TableColumn("family"),
                       TableColumn(PaneText.sizeTitle, alignment: .right)]
            + meanColumns
        return PaneTable(columns: columns, rows: modelRows(analysis))
            .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption,
                    total: dataset.models(with: configuration).count)
    }

    var dataTable: TypedTable {
        let analysis = self.analysis
        var rows: [[TableCell]] = []
        for (index, model) in analysis.models.enumerated() {
            for (count, real) in zip(analysis.countTaus[index], analysis.realTaus[index]) {
                rows.append([.text(model.id), .text(configuration.description),
                             .text(PaneText.diseaseName(dataset, count.disease)), .value(count.tau),
                             .integer(count.n), .value(real.tau), .integer(real.n), .value(count.pExact),
                             .value(real.pExact), .integer(count.isReduced ? 1 : 0), .integer(real.isReduced ? 1 : 0)])
            }
        }
        return TypedTable(name: "tau.csv", header: ["model", "configuration", "disease", "tau_counts", "n_counts",
                                                  "tau_real", "n_real", "p_exact_counts", "p_exact_real",
                                                  "reduced_counts", "reduced_real"], rows: rows)
    }
}
