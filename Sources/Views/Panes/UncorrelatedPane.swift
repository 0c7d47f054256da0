import Analysis

/// `uncorrelated` (Section 2c): diseases in the top count quartile whose mean tau vs counts (over the filtered
/// Pile models of the tau analysis, `Section2Defaults.tauModels`) is below the cut-off (the median mean tau, given in
/// the headline), with their count and real prevalence.
struct UncorrelatedPane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries

    var configuration: LogitConfiguration {
        state.filters.configuration(default: Section2Defaults.tau(group: state.filters.group))
    }

    var result: CommonButUncorrelated? {
        let ids = Section2Defaults.tauModels(dataset, configuration: configuration, mode: state.filters.mode)
            .filter { id in dataset.model(id: id).map(state.filters.includes) ?? false }
        let analysis = TauAnalysis.memo(dataset, configuration: configuration, templates: state.filters.templates,
                                   mode: state.filters.mode, models: ids, queries: queries)
        return analysis.models.isEmpty ? nil : CommonButUncorrelated(analysis, dataset: dataset)
    }

    var demographics: [Demographic] { state.filters.group.demographicsWithRealData }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration, dataset: dataset,
                                   options: options)
        guard let result else {
            layout.drawFrame(headline: "Common but uncorrelated diseases", caption: caption, into: &buffer, options: options)
            layout.drawMessage(state.filters.emptyMessage(configuration), into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        layout.drawFrame(headline: "Common (count quartile 4) but uncorrelated: mean tau vs counts < \(PaneText.number(result.cutoff, 3)) (median); real prevalence per 10,000",
                         caption: caption, into: &buffer, options: options)
        let columns = [TableColumn("disease", maxWidth: 28), TableColumn("count", alignment: .right),
                       TableColumn("mean tau", alignment: .right), TableColumn("models", alignment: .right)]
            + demographics.map { TableColumn($0.label, alignment: .right) }
        let rows = result.rows.map { row -> PaneRow in
            let name = PaneText.diseaseName(dataset, row.disease)
            return PaneRow(cells: [name, PaneText.count(row.totalCount), PaneText.number(row.meanTau.value, 3),
                                   "\(row.meanTau.count)"] + row.prevalence.map { PaneText.number($0, 1) },
                           numbers: [nil, row.totalCount.map(Double.init), row.meanTau.value,
                                     Double(row.meanTau.count)] + row.prevalence,
                           label: name, drill: .disease(row.disease))
        }
        guard !rows.isEmpty else {
            layout.drawMessage("No common disease has a mean tau below the cut-off.", into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        return PaneTable(columns: columns, rows: rows)
            .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
    }

    var dataTable: TypedTable {
        guard let result else {
            return TypedTable(name: "uncorrelated.csv", header: ["disease", "total_count", "mean_tau", "n", "cutoff"])
        }
        return TypedTable(name: "uncorrelated.csv",
                        header: ["disease", "total_count", "mean_tau", "n", "cutoff"]
                            + demographics.map { "real_" + $0.label.replacingSpaces() },
                        rows: result.rows.map { row in
                            [.text(PaneText.diseaseName(dataset, row.disease)),
                             row.totalCount.map { .integer($0) } ?? .missing, .value(row.meanTau.value),
                             .integer(row.meanTau.count), .value(result.cutoff)] + row.prevalence.map { .value($0) }
                        })
    }
}

extension String {
    /// Spaces as underscores (CSV column names).
    func replacingSpaces() -> String { String(map { $0 == " " ? "_" : $0 }) }
}
