import Analysis

import Analysis

/// `tau-size` (Section 2c): mean tau vs counts by window-250 count quartile against model size (log x), one
/// series (own glyph) per family and quartile for Pythia, Mamba and the families of a user's catalogue; the table
/// gives the numbers per model.
struct TauSizePane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries

    static let studyFamilies = ["pythia", "mamba"]

    /// Pythia and Mamba, then a user's families (their Pile-trained models are in `tauModels`; paper mode has none).
    var families: [String] { TauSizePane.studyFamilies + dataset.vocabulary.models.userFamilies }


    var configuration: LogitConfiguration {
        state.filters.configuration(default: Section2Defaults.tau(group: state.filters.group))
    }

    var drilledModel: String? { if case .model(let id)? = state.drill { return id } else { return nil } }

    var analysis: TauAnalysis {
        let ids = Section2Defaults.tauModels(dataset, configuration: configuration, mode: state.filters.mode)
            .filter { id in dataset.model(id: id).map(state.filters.includes) ?? false }
        return TauAnalysis.memo(dataset, configuration: configuration, templates: state.filters.templates,
                                mode: state.filters.mode, models: ids, queries: queries)
    }

    /// Per model index: the four quartile means with intervals (`tau_counts_summary.csv`'s numbers).
    var intervals: [String: [MeanTauSummary]] {
        let analysis = self.analysis
        let summaries = analysis.summaries(queries, settings: state.filters.uncertainty, quartiles: true)
        return Dictionary(zip(analysis.models.map(\.id), summaries.map(\.byQuartile)), uniquingKeysWith: { a, _ in a })
    }

    /// Per family and quartile: Kendall tau of size vs mean tau with exact p, Theil–Sen slope per decade with its
    /// interval (`tau_size_trend.csv`'s numbers).
    var trends: [SizeTrend] {
        let analysis = self.analysis, settings = state.filters.uncertainty
        return queries.memo(PaneKey(analysis: .tauSizeTrend(settings), configuration: configuration,
                                    templates: analysis.templates, mode: analysis.mode,
                                    models: analysis.models.map(\.id))) {
            var nulls = TauPermutationNulls()
            return families.flatMap { family in
                (1...4).map { analysis.sizeTrend(dataset, family: family, quartile: $0, settings: settings,
                                                 nulls: &nulls) }
            }
        }
    }

    /// Two rows per family under the models: tau of size vs mean (exact p) and the slope per decade [interval].
    func trendRows(_ trends: [SizeTrend]) -> [PaneRow] {
        families.flatMap { family -> [PaneRow] in
            let mine = (1...4).map { quartile in trends.first { $0.family == family && $0.quartile == quartile } }
            let tauCells = mine.map { trend -> String in
                guard let trend, trend.tau.isFinite else { return "-" }
                return "\(PaneText.number(trend.tau, 2)) p \(PaneText.pValue(trend.pExact, tau: trend.tau))"
            }
            let slopeCells = mine.map { trend -> String in
                guard let trend, trend.slopePerDecade.isFinite else { return "-" }
                let interval = trend.slopeInterval
                return PaneText.number(trend.slopePerDecade, 3) + (interval.isDefined
                    ? " [\(PaneText.number(interval.low, 3)), \(PaneText.number(interval.high, 3))]" : "")
            }
            let models = mine.compactMap { $0?.models }.max() ?? 0
            return [PaneRow(cells: ["\(family): tau(size, mean) p", "n=\(models)"] + tauCells,
                            numbers: [nil, nil] + mine.map { $0?.tau }, label: "\(family) trend", drill: nil),
                    PaneRow(cells: ["\(family): slope per decade", ""] + slopeCells,
                            numbers: [nil, nil] + mine.map { $0?.slopePerDecade }, label: "\(family) slope",
                            drill: nil)]
        }
    }

    var points: [QuartileTauPoint] {
        let analysis = self.analysis
        return families.flatMap {
            analysis.quartileTaus(dataset, modelGroup: $0, source: .cooccurrence)
        }
    }

    /// The drill-down: one model's per-disease tau vs counts, sorted by count quartile then disease name (the
    /// values each of its four points averages).
    func diseaseRows(model: String) -> [PaneRow] {
        let analysis = self.analysis
        guard let index = analysis.models.firstIndex(where: { $0.id == model }) else { return [] }
        let order = Dictionary(uniqueKeysWithValues: dataset.vocabulary.diseaseIDsByName.enumerated().map { ($1, $0) })
        return analysis.countTaus[index].sorted {
            let a = analysis.countQuartiles.quartile(of: $0.disease) ?? 5
            let b = analysis.countQuartiles.quartile(of: $1.disease) ?? 5
            return a != b ? a < b : (order[$0.disease] ?? 0) < (order[$1.disease] ?? 0)
        }.map { tau in
            let name = PaneText.diseaseName(dataset, tau.disease)
            let quartile = analysis.countQuartiles.quartile(of: tau.disease)
            return PaneRow(cells: [name, quartile.map { "Q\($0)" } ?? "-", PaneText.number(tau.tau, 3),
                                   PaneText.pairs(tau), PaneText.pValue(tau.pExact, tau: tau.tau)],
                           numbers: [nil, quartile.map(Double.init), tau.tau, Double(tau.n), tau.pExact], label: name,
                           drill: nil)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration, dataset: dataset,
                                   options: options)
        if let model = drilledModel {
            layout.drawFrame(headline: "Tau vs counts per disease by count quartile: \(model) (n = demographic pairs)",
                             caption: caption, into: &buffer, options: options)
            let rows = diseaseRows(model: model)
            guard !rows.isEmpty else {
                layout.drawMessage(state.filters.emptyMessage(configuration), into: &buffer, options: options)
                return PaneSummary(caption: caption)
            }
            let columns = [TableColumn("disease", maxWidth: 28), TableColumn("quartile", alignment: .right),
                           TableColumn("tau counts", alignment: .right), TableColumn("n", alignment: .right),
                           TableColumn("p exact", alignment: .right)]
            return PaneTable(columns: columns, rows: rows)
                .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
        }
        layout.drawFrame(headline: "Mean tau vs counts by count quartile (Q1 rarest to Q4 commonest) [\(PaneText.confidence(state.filters.uncertainty)) bootstrap interval, bars in the figure] against model size; trend rows: tau(size, mean) with exact p, Theil-Sen slope per decade of parameters; Enter: per disease",
                         caption: caption, into: &buffer, options: options)
        let points = self.points
        guard !points.isEmpty else {
            layout.drawMessage(state.filters.emptyMessage(configuration) + " (Pythia and Mamba only)",
                               into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        let models = points.map(\.model).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let intervals = self.intervals
        let rows = models.map { model -> PaneRow in
            let mine = (1...4).map { quartile in
                points.first { $0.model == model && $0.quartile == quartile }?.meanTau.value ?? .nan
            }
            let cells = (0..<4).map { index -> String in
                guard let summaries = intervals[model], index < summaries.count else {
                    return PaneText.number(mine[index], 2)
                }
                return PaneText.interval(summaries[index])
                    + (summaries[index].reducedCount > 0 ? " \(summaries[index].reducedCount)*" : "")
            }
            let size = points.first { $0.model == model }?.parametersMillions
            return PaneRow(cells: [model, PaneText.parameters(size)] + cells,
                           numbers: [nil, size] + mine, label: model, drill: .model(model))
        } + trendRows(trends)
        let columns = [TableColumn("model", maxWidth: 36), TableColumn(PaneText.sizeTitle, alignment: .right)]
            + (1...4).map { TableColumn("Q\($0)", alignment: .right) }
        let figure = self.figure(points, intervals: intervals)
        let (tableArea, figureArea) = split(layout.body, tableRows: rows.count + 2, figure: figure, options: options)
        let summary = PaneTable(columns: columns, rows: rows)
            .render(state: state, into: &buffer, area: tableArea, options: options, caption: caption)
        figure.render(into: &buffer, area: figureArea, options: options)
        return summary
    }

    /// Table above the figure when both fit at full width (the figure is the point of the view), else side by
    /// side when the figure fits beside the table, else the table over whatever room is left, where the figure
    /// says how much it needs.
    func split(_ body: Rect, tableRows: Int, figure: PanelScatter, options: RenderOptions) -> (Rect, Rect) {
        let need = figure.minimumSize(width: body.width, options: options)
        // The figure gets at least half the height (the table scrolls), more when the table needs less.
        let tableHeight = min(tableRows, max(3, min(body.height - need.height - 1, (body.height - 1) / 2)))
        if body.height - tableHeight - 1 >= need.height {
            let parts = body.rows([.fixed(tableHeight), .min(0)], spacing: 1)
            return (parts[0], parts[1])
        }
        let beside = body.columns([.percent(45), .min(0)], spacing: 2)
        if figure.minimumSize(width: beside[1].width, options: options).height <= body.height,
           beside[1].width >= figure.minimumSize(width: beside[1].width, options: options).width {
            return (beside[0], beside[1])
        }
        let parts = body.rows([.fixed(min(tableRows, max(0, body.height - 3))), .min(0)], spacing: 1)
        return (parts[0], parts[1])
    }

    /// Small multiples, one panel per family (Pythia, Mamba) sharing both axes: x = parameters (billions, log),
    /// y = mean tau vs counts with its bootstrap interval as an error bar, one marker per count quartile, each
    /// quartile's models joined in size order.
    func figure(_ points: [QuartileTauPoint], intervals: [String: [MeanTauSummary]] = [:]) -> PanelScatter {
        let panels = families.compactMap { family -> PanelScatter.Panel? in
            let members = Set(dataset.vocabulary.models.models(inGroup: family))
            let series = (1...4).map { quartile in
                ScatterSeries(name: "Q\(quartile)", points: points.filter {
                    $0.quartile == quartile && members.contains($0.model)
                }.compactMap { point in
                    point.parametersMillions.map {
                        let interval = intervals[point.model].flatMap {
                            point.quartile - 1 < $0.count ? $0[point.quartile - 1].interval : nil
                        } ?? .none
                        return PlotPoint(x: $0 / 1000, y: point.meanTau.value, low: interval.low, high: interval.high)
                    }
                })
            }
            return series.contains { !$0.points.isEmpty } ? PanelScatter.Panel(title: family, series: series) : nil
        }
        return PanelScatter(panels: panels, seriesNames: (1...4).map { "Q\($0)" + ($0 == 1 ? " rarest" : $0 == 4 ? " commonest" : "") },
                            xLabel: "parameters, billions", yLabel: "mean tau vs counts", xScale: .log,
                            lineMeaning: "a quartile's models in size order")
    }

    var dataTable: TypedTable {
        TypedTable(name: "tau-size.csv", header: ["model", "parameters_millions", "quartile", "mean_tau", "n",
                                                "configuration"],
                 rows: points.map { point in
                     [.text(point.model), .value(point.parametersMillions), .integer(point.quartile),
                      .value(point.meanTau.value), .integer(point.meanTau.count), .text(configuration.description)]
                 })
    }
}
