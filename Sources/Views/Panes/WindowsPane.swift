import Analysis

/// `windows` (Section 1a-B): each disease's ranking of the group's demographics at windows 10/50/100/250 with
/// `=` (identical in all four) and `^` (same top in all four) markers and tau vs window 250; the headline gives
/// the agreement counts, the figure the mean tau vs window 250 per window.
struct WindowsPane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries

    /// The group's window variation, kept per group and mode.
    var variation: WindowVariation? {
        let group = state.filters.group, mode = state.filters.mode
        return queries.memo(PaneKey(analysis: .windowVariation(group), configuration: nil, templates: .original,
                                    mode: mode, models: nil)) {
            WindowVariation(dataset, group: group, mode: mode)
        }
    }

    static let columns = [TableColumn("disease", maxWidth: 28), TableColumn("same"),
                          TableColumn("tau10", alignment: .right), TableColumn("tau50", alignment: .right),
                          TableColumn("tau100", alignment: .right)]
        + Window.allCases.map { TableColumn("w\($0.rawValue)", maxWidth: 24) }

    func table(_ variation: WindowVariation) -> PaneTable {
        let rows = variation.rows.map { row -> PaneRow in
            let name = PaneText.diseaseName(dataset, row.disease)
            let same = row.identicalAllWindows ? "=" : (row.sameTopAllWindows ? "^" : "")
            let taus = row.tauVsAnalysisWindow
            return PaneRow(cells: [name, same] + taus.map { PaneText.number($0, 3) }
                               + row.rankings.map(PaneText.ranking),
                           numbers: [nil, nil] + taus.map { Optional($0) },
                           label: name, drill: .disease(row.disease))
        }
        return PaneTable(columns: WindowsPane.columns, rows: rows)
    }

    /// `window_agreement.csv`'s row of the group (the builder `tables` uses): the headline's counts and the
    /// figure's means.
    func agreement(_ variation: WindowVariation) -> TypedTable {
        Section1Tables.windowAgreement(variations: [variation])
    }

    func headline(_ table: TypedTable, row: Int) -> String {
        let count = { (column: String) in PaneText.count(table.integer(row, column)) }
        let n = count("n_diseases")
        let pairs = WindowPair.reported.map { "\($0): \(count("identical_\($0)"))" }.joined(separator: " ")
        return "Window variation (\(state.filters.group.rawValue)): identical in all windows (=) \(count("identical_all_windows"))/\(n)"
            + ", same top (^) \(count("same_top_all_windows"))/\(n); identical pairs \(pairs); "
            + PaneText.codeLegend(state.filters.group)
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.countsText(filters: state.filters, dataset: dataset, options: options)
        guard let variation, !variation.rows.isEmpty else {
            layout.drawFrame(headline: "Window variation", caption: caption, into: &buffer, options: options)
            layout.drawMessage("No co-occurrence counts in all four windows for \(state.filters.group.rawValue): r switches group.",
                               into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        let agreement = self.agreement(variation)
        let row = agreement.rows(where: "group", is: state.filters.group.rawValue).first
        layout.drawFrame(headline: row.map { headline(agreement, row: $0) } ?? "Window variation", caption: caption,
                         into: &buffer, options: options)
        let (tableArea, figureArea) = PaneLayout.tableAndFigure(layout.body, tableShare: 60)
        let summary = table(variation).render(state: state, into: &buffer, area: tableArea, options: options,
                                              caption: caption)
        if let row { chart(agreement, row: row).render(into: &buffer, area: figureArea, options: options) }
        return summary
    }

    /// Mean tau of windows 10/50/100 vs 250 (`mean_tau_<w>_250`; 250 vs itself is 1 by definition).
    func chart(_ table: TypedTable, row: Int) -> LineChart {
        let points = Window.allCases.enumerated().map { index, window in
            PlotPoint(x: Double(index), y: window == .analysis ? 1 : table.value(row, "mean_tau_\(window.rawValue)_250"))
        }
        return LineChart(xLabels: Window.allCases.map { "\($0.rawValue)" },
                         series: [ScatterSeries(name: "mean tau vs window 250", points: points)],
                         yLabel: "mean Kendall tau-b", xLabel: "co-occurrence window (tokens)")
    }

    var dataTable: TypedTable {
        var rows: [[TableCell]] = []
        for row in variation?.rows ?? [] {
            for (index, window) in Window.allCases.enumerated() {
                rows.append([.text(PaneText.diseaseName(dataset, row.disease)), .text(state.filters.group.rawValue),
                             .integer(window.rawValue),
                             .text(DemographicOrdering.text(row.rankings[index])),
                             .value(index < row.tauVsAnalysisWindow.count ? row.tauVsAnalysisWindow[index] : 1),
                             .text(row.identicalAllWindows ? "true" : "false"),
                             .text(row.sameTopAllWindows ? "true" : "false")])
            }
        }
        return TypedTable(name: "windows.csv", header: ["disease", "group", "window", "ranking", "tau_vs_250",
                                                      "identical_all_windows", "same_top_all_windows"], rows: rows)
    }
}
