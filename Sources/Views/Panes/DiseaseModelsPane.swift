import Analysis

/// The drilled form for a disease (Enter on a disease row or heatmap cell): that disease across models — each
/// model's score per demographic of the group (mean logit over the selected templates), its top demographic and
/// its tau vs the window-250 counts, in the originating view's default configuration.
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

    var matrices: [ScoreMatrix] {
        dataset.scoreMatrices(configuration: configuration, templates: state.filters.templates,
                              mode: state.filters.mode,
                              models: state.filters.modelIDs(dataset, configuration: configuration), queries: queries)
            .filter { $0.hasScores(disease: disease) }
    }

    func tau(_ matrix: ScoreMatrix) -> DiseaseTau {
        guard let counts = dataset.counts(window: .analysis, group: configuration.group) else {
            return DiseaseTau(disease: disease, tau: .nan, n: 0)
        }
        return ScoreCorrelation.tauCounts(matrix, counts: counts, diseases: [disease])[0]
    }

    func row(_ matrix: ScoreMatrix) -> PaneRow {
        let scores = matrix.vector(disease: disease)
        let top = matrix.topIndices(disease: disease).compactMap { demographics.indices.contains($0) ? demographics[$0] : nil }
        let tau = self.tau(matrix)
        return PaneRow(cells: [matrix.model] + scores.map { PaneText.number($0, 3) }
                           + [top.map { PaneText.code($0) }.joined(separator: ","), PaneText.number(tau.tau, 3)],
                       numbers: [nil] + scores.map { Optional($0) } + [nil, tau.tau], label: matrix.model,
                       drill: .model(matrix.model))
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration, dataset: dataset,
                                   options: options)
        let name = PaneText.diseaseName(dataset, disease)
        layout.drawFrame(headline: "\(name) across models: mean logit per demographic, top, tau vs counts (\(PaneText.codeLegend(state.filters.group)))",
                         caption: caption, into: &buffer, options: options)
        let matrices = self.matrices
        guard !matrices.isEmpty else {
            layout.drawMessage("No scores for \(name): " + state.filters.emptyMessage(configuration),
                               into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        let columns = [TableColumn("model", maxWidth: 36)]
            + demographics.map { TableColumn($0.label, alignment: .right) }
            + [TableColumn("top"), TableColumn("tau counts", alignment: .right)]
        var summary = PaneTable(columns: columns, rows: matrices.map(row))
            .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
        if state.view != .topBottom && state.view != .tau && state.view != .templates { summary.drillTarget = nil }
        return summary
    }

    var dataTable: TypedTable {
        var rows: [[TableCell]] = []
        for matrix in matrices {
            let tau = self.tau(matrix)
            for (index, demographic) in demographics.enumerated() {
                rows.append([.text(PaneText.diseaseName(dataset, disease)), .text(matrix.model),
                             .text(configuration.description), .text(demographic.label),
                             .value(matrix.score(disease: disease, demographicIndex: index)), .value(tau.tau)])
            }
        }
        return TypedTable(name: "\(state.view.rawValue)-disease.csv",
                        header: ["disease", "model", "configuration", "demographic", "score", "tau_counts"], rows: rows)
    }
}
