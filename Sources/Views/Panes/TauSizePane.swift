import Analysis

/// `tau-size` (Section 2c): mean tau vs counts by window-250 count quartile against model size (log x), one
/// series (own glyph) per family and quartile for Pythia, Mamba and the families of a user's catalogue; the table
/// gives the numbers per model.
struct TauSizePane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset

    static let studyFamilies = ["pythia", "mamba"]

    /// Pythia and Mamba, then a user's families (their Pile-trained models are in `tauModels`; paper mode has none).
    var families: [String] { TauSizePane.studyFamilies + dataset.vocabulary.models.userFamilies }

    var configuration: LogitConfiguration {
        state.filters.configuration(default: Section2Defaults.tau(group: state.filters.group))
    }

    var points: [QuartileTauPoint] {
        let ids = Section2Defaults.tauModels(dataset, configuration: configuration, mode: state.filters.mode)
            .filter { id in dataset.model(id: id).map(state.filters.includes) ?? false }
        let analysis = TauAnalysis.memo(dataset, configuration: configuration, templates: state.filters.templates,
                                   mode: state.filters.mode, models: ids)
        return families.flatMap {
            analysis.quartileTaus(dataset, modelGroup: $0, source: .cooccurrence)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration, dataset: dataset,
                                   options: options)
        layout.drawFrame(headline: "Mean tau vs counts by count quartile (Q1 rarest to Q4 commonest) against model size",
                         caption: caption, into: &buffer, options: options)
        let points = self.points
        guard !points.isEmpty else {
            let scope = families.count > 2 ? " (Pythia, Mamba and catalogue families only)" : " (Pythia and Mamba only)"
            layout.drawMessage(state.filters.emptyMessage(configuration) + scope, into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        let models = points.map(\.model).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let rows = models.map { model -> PaneRow in
            let mine = (1...4).map { quartile in
                points.first { $0.model == model && $0.quartile == quartile }?.meanTau.value ?? .nan
            }
            let size = points.first { $0.model == model }?.parametersMillions
            return PaneRow(cells: [model, size.map(NumberText.compact) ?? "-"] + mine.map { PaneText.number($0, 3) },
                           numbers: [nil, size] + mine, label: model, drill: .model(model))
        }
        let columns = [TableColumn("model", maxWidth: 36), TableColumn("size", alignment: .right)]
            + (1...4).map { TableColumn("Q\($0)", alignment: .right) }
        let (tableArea, figureArea) = PaneLayout.tableAndFigure(layout.body, tableShare: 45)
        let hasFigure = !figureArea.isEmpty
        let summary = PaneTable(columns: columns, rows: rows)
            .render(state: state, into: &buffer, area: hasFigure ? tableArea : Rect(x: 0, y: 0, width: 0, height: 0),
                    options: options, caption: caption)
        scatter(points).render(into: &buffer, area: hasFigure ? figureArea : layout.body, options: options)
        return summary
    }

    /// Series `family Qk`, x = parameters (millions, log), y = mean tau.
    func scatter(_ points: [QuartileTauPoint]) -> ScatterPlot {
        let series = families.flatMap { family in
            (1...4).map { quartile in
                ScatterSeries(name: "\(family) Q\(quartile)", points: points.filter {
                    $0.quartile == quartile && dataset.vocabulary.models.models(inGroup: family).contains($0.model)
                }.compactMap { point in point.parametersMillions.map { PlotPoint(x: $0, y: point.meanTau.value) } })
            }
        }.filter { !$0.points.isEmpty }
        return ScatterPlot(series: series, xLabel: "parameters (M)", yLabel: "mean tau", xScale: .log)
    }

    var dataTable: CSVTable {
        CSVTable(name: "tau-size.csv", header: ["model", "parameters_millions", "quartile", "mean_tau", "n",
                                                "configuration"],
                 rows: points.map { point in
                     [.text(point.model), .value(point.parametersMillions), .integer(point.quartile),
                      .value(point.meanTau.value), .integer(point.meanTau.count), .text(configuration.description)]
                 })
    }
}
