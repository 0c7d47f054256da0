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

    /// The interval columns are as wide as their widest possible text (`-1.00 [-1.00, -1.00]`), so that a frame
    /// whose off-screen intervals are not computed yet is laid out as the complete one.
    var meanColumns: [TableColumn] {
        [TableColumn("tau counts", alignment: .right, minWidth: PaneText.widestInterval),
         TableColumn("n counts", alignment: .right),
         TableColumn("tau real", alignment: .right, minWidth: PaneText.widestInterval),
         TableColumn("n real", alignment: .right)]
    }

    static let diseaseColumns = [
        TableColumn("tau counts", alignment: .right), TableColumn("n counts", alignment: .right),
        TableColumn("p counts", alignment: .right), TableColumn("q counts", alignment: .right),
        TableColumn("tau real", alignment: .right), TableColumn("n real", alignment: .right),
        TableColumn("p real", alignment: .right), TableColumn("q real", alignment: .right)]

    /// `tau_counts_summary.csv`'s all-disease rows of the analysis (the builder `tables` uses, from the kept
    /// summaries), one per model in the analysis's order.
    func countSummaryRows(_ analysis: TauAnalysis,
                          _ summaries: [TauAnalysis.ModelSummary])
        -> TypedTable {
        Section2Tables.tauCountsSummary(analysis: analysis, summaries: summaries.map { [(nil, $0.counts)] })
    }

    /// Mean tau vs counts from `tau_counts_summary.csv` (mean, n, interval, reduced); tau vs real, which is no
    /// column of a contract table (Section 2's tau against real prevalence), from the analysis's summaries.
    func modelRows(_ analysis: TauAnalysis) -> [PaneRow] {
        modelRows(analysis, analysis.summaries(queries, settings: state.filters.uncertainty))
    }

    /// The rows of the model list from `summaries` (one per model, in the analysis's order).
    func modelRows(_ analysis: TauAnalysis, _ summaries: [TauAnalysis.ModelSummary]) -> [PaneRow] {
        let table = countSummaryRows(analysis, summaries)
        return analysis.models.indices.map { index in
            let model = analysis.models[index]
            let counts = TauPane.summary(table, row: index), real = summaries[index].real
            let size = model.parametersMillions
            return PaneRow(cells: [model.id, model.family, PaneText.parameters(size),
                                   PaneText.interval(counts), PaneText.counted(counts), PaneText.interval(real),
                                   PaneText.counted(real)],
                           numbers: [nil, nil, size, counts.mean.value, Double(counts.mean.count), real.mean.value,
                                     Double(real.mean.count)],
                           label: model.id, drill: .model(model.id))
        }
    }

    /// A summary row's mean with n, interval and reduced count.
    static func summary(_ table: TypedTable, row: Int) -> MeanTauSummary {
        MeanTauSummary(mean: CountedMean(value: table.value(row, "mean_tau"), count: table.integer(row, "n") ?? 0),
                       interval: ConfidenceInterval(low: table.value(row, "ci_low"), high: table.value(row, "ci_high")),
                       reducedCount: table.integer(row, "n_reduced") ?? 0)
    }

    /// Per disease: tau vs counts with n, p and q from `tau_counts.csv` (the builder `tables` uses, kept with the
    /// analysis); tau vs real (Section 2's, no contract column) from the analysis.
    func diseaseRows(_ analysis: TauAnalysis) -> [PaneRow] {
        guard let reals = analysis.realTaus.first else { return [] }
        let table = analysis.countRows(dataset, queries)
        let realQ = reals.qValues
        var rowOf: [String: Int] = [:]
        for row in 0..<table.rowCount { if let name = table.text(row, "disease") { rowOf[name] = row } }
        // The analysis's disease order (the pane's), each disease's row of the table.
        return reals.indices.compactMap { k in
            let name = PaneText.diseaseName(dataset, reals[k].disease)
            guard let row = rowOf[name] else { return nil }
            let tau = table.value(row, "tau"), n = table.integer(row, "n") ?? 0
            let p = table.value(row, "p_exact"), q = table.value(row, "q_bh")
            let reduced = table.integer(row, "reduced") == 1
            let real = reals[k]
            return PaneRow(cells: [name, PaneText.number(tau, 3), reduced ? "\(n)*" : "\(n)",
                                   PaneText.pValue(p, tau: tau), PaneText.pValue(q, tau: tau),
                                   PaneText.number(real.tau, 3), PaneText.pairs(real),
                                   PaneText.pValue(real.pExact, tau: real.tau),
                                   PaneText.pValue(realQ[k], tau: real.tau)],
                           numbers: [nil, tau, Double(n), p, q, real.tau, Double(real.n), real.pExact, realQ[k]],
                           label: name, drill: .disease(real.disease))
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
        let summaries = modelSummaries(analysis, columns: columns, area: layout.body, options: options)
        return PaneTable(columns: columns, rows: modelRows(analysis, summaries))
            .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption,
                    total: dataset.models(with: configuration).count)
    }

    /// The model list's summaries: every model's, kept (`TauAnalysis.summaries`); or, in an explorer frame
    /// (`computesRowsOnScreenOnly`) before they are kept, those of the models the frame shows (found through the
    /// sheet's own filters, sort and scrolling over the means, which need no resampling) and the means of the rest,
    /// whose intervals the idle warm-up computes and keeps (`prefetch`). The frame draws the same rows either way.
    func modelSummaries(_ analysis: TauAnalysis, columns: [TableColumn], area: Rect,
                        options: RenderOptions) -> [TauAnalysis.ModelSummary] {
        let settings = state.filters.uncertainty
        guard options.computesRowsOnScreenOnly, settings.resampling,
              analysis.keptSummaries(queries, settings: settings) == nil else {
            return analysis.summaries(queries, settings: settings)
        }
        var summaries = analysis.summaries(queries, settings: settings.withoutResampling)
        var indexOf: [String: Int] = [:]
        for (index, model) in analysis.models.enumerated() { indexOf[model.id] = index }
        let shown = PaneTable(columns: columns, rows: modelRows(analysis, summaries))
            .rowsOnScreen(state: state, area: area, options: options).compactMap { indexOf[$0.label] }
        // Kept (as those models' summaries), so that redrawing the frame, as each file read while a head is on
        // screen does, resamples nothing again.
        let computed = analysis.summaries(queries, settings: settings, of: shown)
        for (index, summary) in zip(shown, computed) { summaries[index] = summary }
        return summaries
    }

    var dataTable: TypedTable {
        let analysis = self.analysis
        let counts = analysis.countRows(dataset, queries)
        var position: [String: Int] = [:]
        for row in 0..<counts.rowCount {
            position[(counts.text(row, "model") ?? "") + "\u{1F}" + (counts.text(row, "disease") ?? "")] = row
        }
        var rows: [[TableCell]] = []
        for (index, model) in analysis.models.enumerated() {
            for real in analysis.realTaus[index] {
                let name = PaneText.diseaseName(dataset, real.disease)
                let row = position[model.id + "\u{1F}" + name]
                let number = { (column: String) in row.map { TableCell.value(counts.number($0, column)) } ?? .missing }
                let integer = { (column: String) in row.map { TableCell.value(counts.integer($0, column)) } ?? .missing }
                rows.append([.text(model.id), .text(configuration.description), .text(name), number("tau"),
                             integer("n"), .value(real.tau), .integer(real.n), number("p_exact"),
                             .value(real.pExact), integer("reduced"), .integer(real.isReduced ? 1 : 0)])
            }
        }
        return TypedTable(name: "tau.csv", header: ["model", "configuration", "disease", "tau_counts", "n_counts",
                                                  "tau_real", "n_real", "p_exact_counts", "p_exact_real",
                                                  "reduced_counts", "reduced_real"], rows: rows)
    }
}
