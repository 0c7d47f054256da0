import Analysis

/// `prevalence` (Section 1b-C): per disease and demographic of the group, the real-world share and the Pile
/// co-occurrence share (%), the margin of error (Pile − real, percentage points), the representation ratio
/// (Pile share ÷ real share) and both ranks; beside it, diverging bars of the error per demographic for the
/// disease under the cursor (`◀` under-represented, `▶` over-represented).
struct PrevalencePane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries

    var comparison: PrevalenceComparison {
        PrevalenceComparison(dataset, source: .real, window: state.filters.window, mode: state.filters.mode)
    }

    var rows: [PrevalenceComparisonRow] { comparison.rows.filter { $0.group == state.filters.group } }

    static let columns = [TableColumn("disease", maxWidth: 24), TableColumn("demographic"),
                          TableColumn("real %", alignment: .right), TableColumn("pile %", alignment: .right),
                          TableColumn("error pp", alignment: .right), TableColumn("ratio", alignment: .right),
                          TableColumn("real rank", alignment: .right), TableColumn("pile rank", alignment: .right)]

    func table(_ rows: [PrevalenceComparisonRow]) -> PaneTable {
        PaneTable(columns: PrevalencePane.columns, rows: rows.map { row in
            let name = PaneText.diseaseName(dataset, row.disease)
            let numbers: [Double?] = [row.realSharePct, row.pileSharePct, row.shareErrorPP, row.representationRatio,
                                      row.realRank.map(Double.init), row.pileRank.map(Double.init)]
            return PaneRow(cells: [name, row.demographic.label, PaneText.number(row.realSharePct, 1),
                                   PaneText.number(row.pileSharePct, 1), PaneText.number(row.shareErrorPP, 1),
                                   PaneText.number(row.representationRatio, 2), PaneText.count(row.realRank),
                                   PaneText.count(row.pileRank)],
                           numbers: [nil, nil] + numbers, label: name, drill: .disease(row.disease))
        })
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.countsText(filters: state.filters, dataset: dataset, options: options)
        let comparison = self.comparison
        let rows = comparison.rows.filter { $0.group == state.filters.group }
        let margins = comparison.margins.filter { $0.demographic.group == state.filters.group }
            .map { "\(PaneText.code($0.demographic)) \(PaneText.number($0.meanAbsErrorPP.value, 1))" }
        layout.drawFrame(headline: "Real prevalence vs Pile co-occurrence share (\(state.filters.group.rawValue), window \(state.filters.window.rawValue)); mean |error| pp: "
                            + margins.joined(separator: " "), caption: caption, into: &buffer, options: options)
        guard !rows.isEmpty else {
            layout.drawMessage("No real prevalence data for \(state.filters.group.rawValue): r switches group.",
                               into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        let paneTable = table(rows)
        let (tableArea, figureArea) = PaneLayout.tableAndFigure(layout.body, tableShare: 60)
        let summary = paneTable.render(state: state, into: &buffer, area: tableArea, options: options, caption: caption)
        if case .disease(let disease)? = paneTable.rowUnderCursor(state)?.drill {
            errorBars(rows.filter { $0.disease == disease }, disease: disease)
                .render(into: &buffer, area: figureArea, options: options)
        }
        return summary
    }

    /// The error per demographic of one disease, under a title line.
    func errorBars(_ rows: [PrevalenceComparisonRow], disease: DiseaseID) -> TitledWidget<DivergingBars> {
        TitledWidget(title: "\(PaneText.diseaseName(dataset, disease)): Pile share - real share (pp)",
                     content: DivergingBars(labels: rows.map(\.demographic.label), values: rows.map(\.shareErrorPP),
                                            decimals: 1, negativeCaption: "under", positiveCaption: "over"))
    }

    var dataTable: TypedTable {
        TypedTable(name: "prevalence.csv", header: ["disease", "group", "demographic", "window", "real_share_pct",
                                                  "pile_share_pct", "share_error_pp", "representation_ratio",
                                                  "real_rank", "pile_rank"],
                 rows: rows.map { row in
                     [.text(PaneText.diseaseName(dataset, row.disease)), .text(row.group.rawValue),
                      .text(row.demographic.label), .integer(state.filters.window.rawValue), .value(row.realSharePct),
                      .value(row.pileSharePct), .value(row.shareErrorPP), .value(row.representationRatio),
                      row.realRank.map { .integer($0) } ?? .missing, row.pileRank.map { .integer($0) } ?? .missing]
                 })
    }
}

/// A widget under a one-line title.
struct TitledWidget<Content: Widget>: Widget {
    var title: String
    var content: Content

    func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let parts = area.rows([.fixed(1), .min(0)])
        buffer.put(title, x: parts[0].x, y: parts[0].y, width: parts[0].width, style: Style(bold: true), options: options)
        content.render(into: &buffer, area: parts[1], options: options)
    }
}
