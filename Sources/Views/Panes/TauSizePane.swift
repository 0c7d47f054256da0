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

    /// `tau_counts_summary.csv`'s rows of the analysis (the builder `tables` uses, from the kept summaries): per
    /// model, every disease then count quartiles 1–4; kept.
    var summaryRows: TypedTable {
        let analysis = self.analysis, settings = state.filters.uncertainty
        return queries.memo(PaneKey(analysis: .contract(.tauCountsSummary(settings)), configuration: configuration,
                                    templates: analysis.templates, mode: analysis.mode,
                                    models: analysis.models.map(\.id))) {
            let summaries = analysis.summaries(queries, settings: settings, quartiles: true)
            return Section2Tables.tauCountsSummary(analysis: analysis, summaries: summaries.map { summary in
                [(nil, summary.counts)] + zip(1...4, summary.byQuartile).map { (Optional($0), $1) }
            })
        }
    }

    /// Per model: the four quartile means with intervals, read from `tau_counts_summary.csv`'s rows.
    var intervals: [String: [MeanTauSummary]] {
        let table = summaryRows
        var result: [String: [MeanTauSummary]] = [:]
        for row in 0..<table.rowCount where table.integer(row, "count_quartile") != nil {
            guard let model = table.text(row, "model") else { continue }
            result[model, default: []].append(TauPane.summary(table, row: row))
        }
        return result
    }

    /// Per family and quartile: Kendall tau of size vs mean tau with exact p, Theil–Sen slope per decade with its
    /// interval, kept; drawn from `tau_size_trend.csv`'s rows (`trendRows`).
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
        let table = Section2Tables.tauSizeTrend(analysis: analysis, trends: trends)
        return families.flatMap { family -> [PaneRow] in
            let mine = (1...4).map { quartile in
                (0..<table.rowCount).first {
                    table.text($0, "family") == family && table.integer($0, "count_quartile") == quartile
                }
            }
            let tauCells = mine.map { row -> String in
                guard let row, let tau = table.number(row, "tau_size") else { return "-" }
                return "\(PaneText.number(tau, 2)) p \(PaneText.pValue(table.value(row, "p_exact"), tau: tau))"
            }
            let slopeCells = mine.map { row -> String in
                guard let row, let slope = table.number(row, "slope_per_decade") else { return "-" }
                let interval = ConfidenceInterval(low: table.value(row, "slope_ci_low"),
                                                  high: table.value(row, "slope_ci_high"))
                return PaneText.number(slope, 3) + (interval.isDefined
                    ? " [\(PaneText.number(interval.low, 3)), \(PaneText.number(interval.high, 3))]" : "")
            }
            let models = mine.compactMap { $0.flatMap { table.integer($0, "n_models") } }.max() ?? 0
            return [PaneRow(cells: ["\(family): tau(size, mean) p", "n=\(models)"] + tauCells,
                            numbers: [nil, nil] + mine.map { $0.flatMap { table.number($0, "tau_size") } },
                            label: "\(family) trend", drill: nil),
                    PaneRow(cells: ["\(family): slope per decade", ""] + slopeCells,
                            numbers: [nil, nil] + mine.map { $0.flatMap { table.number($0, "slope_per_decade") } },
                            label: "\(family) slope", drill: nil)]
        }
    }

    /// The figure's points: per family's models (vocabulary order) with an analysis, the four quartile means of
    /// `tau_counts_summary.csv` (mean and n), with the model's size from the catalogue.
    var points: [QuartileTauPoint] {
        let analysis = self.analysis, table = summaryRows
        var rowOf: [String: Int] = [:]
        for row in 0..<table.rowCount {
            guard let model = table.text(row, "model"), let quartile = table.integer(row, "count_quartile") else {
                continue
            }
            rowOf[model + "|\(quartile)"] = row
        }
        return families.flatMap { family in
            dataset.vocabulary.models.models(inGroup: family).flatMap { id -> [QuartileTauPoint] in
                guard let model = analysis.models.first(where: { $0.id == id }) else { return [] }
                return (1...4).compactMap { quartile in
                    rowOf[id + "|\(quartile)"].map { row in
                        QuartileTauPoint(model: id, parametersMillions: model.parametersMillions, quartile: quartile,
                                         meanTau: CountedMean(value: table.value(row, "mean_tau"),
                                                              count: table.integer(row, "n") ?? 0))
                    }
                }
            }
        }
    }

    /// The drill-down: one model's `tau_counts.csv` rows (tau vs counts, n, p), sorted by count quartile then
    /// disease name (the values each of its four points averages).
    func diseaseRows(model: String) -> [PaneRow] {
        let analysis = self.analysis
        guard analysis.models.contains(where: { $0.id == model }) else { return [] }
        let table = Section2Tables.tauCounts(dataset, analysis: analysis)
        let rows = table.rows(where: "model", is: model).enumerated().sorted { left, right in
            let a = table.integer(left.element, "count_quartile") ?? 5
            let b = table.integer(right.element, "count_quartile") ?? 5
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
        return rows.map { row in
            let name = table.text(row, "disease") ?? "-"
            let quartile = table.integer(row, "count_quartile")
            let tau = table.value(row, "tau"), n = table.integer(row, "n") ?? 0, p = table.value(row, "p_exact")
            return PaneRow(cells: [name, quartile.map { "Q\($0)" } ?? "-", PaneText.number(tau, 3),
                                   table.integer(row, "reduced") == 1 ? "\(n)*" : "\(n)", PaneText.pValue(p, tau: tau)],
                           numbers: [nil, quartile.map(Double.init), tau, Double(n), p], label: name, drill: nil)
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
