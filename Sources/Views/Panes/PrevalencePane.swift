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

    /// `prevalence_comparison.csv`'s rows at the filter's window (the builder `tables` uses), kept per window and
    /// mode.
    var contractRows: TypedTable {
        let window = state.filters.window, mode = state.filters.mode
        return queries.memo(PaneKey(analysis: .contract(.prevalenceComparison(window)), configuration: nil,
                                    templates: .original, mode: mode, models: nil)) {
            Section1Tables.prevalenceComparison(dataset, mode: mode, window: window)
        }
    }

    /// The rows of the filter's group, in the table's order.
    var rows: [Int] { contractRows.rows(where: "group", is: state.filters.group.rawValue) }

    static let columns = [TableColumn("disease", maxWidth: 24), TableColumn("demographic"),
                          TableColumn("real %", alignment: .right), TableColumn("pile %", alignment: .right),
                          TableColumn("error pp", alignment: .right), TableColumn("ratio", alignment: .right),
                          TableColumn("real rank", alignment: .right), TableColumn("pile rank", alignment: .right)]

    func table(_ table: TypedTable, _ rows: [Int]) -> PaneTable {
        let ids = Dictionary(dataset.diseases.indices.map { (dataset.diseases[$0].name, $0) },
                             uniquingKeysWith: { first, _ in first })
        return PaneTable(columns: PrevalencePane.columns, rows: rows.map { row in
            let name = table.text(row, "disease") ?? "-"
            let numbers = ["real_share_pct", "pile_share_pct", "share_error_pp", "representation_ratio", "real_rank",
                           "pile_rank"].map { table.number(row, $0) }
            return PaneRow(cells: [name, table.text(row, "demographic") ?? "-", PaneText.number(numbers[0], 1),
                                   PaneText.number(numbers[1], 1), PaneText.number(numbers[2], 1),
                                   PaneText.number(numbers[3], 2), PaneText.count(numbers[4].map { Int($0) }),
                                   PaneText.count(numbers[5].map { Int($0) })],
                           numbers: [nil, nil] + numbers, label: name, drill: ids[name].map { .disease($0) })
        })
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.countsText(filters: state.filters, dataset: dataset, options: options)
        let comparison = self.comparison
        let contract = contractRows, rows = self.rows
        let margins = comparison.margins.filter { $0.demographic.group == state.filters.group }
            .map { "\(PaneText.code($0.demographic)) \(PaneText.number($0.meanAbsErrorPP.value, 1))" }
        layout.drawFrame(headline: "Real prevalence vs Pile co-occurrence share (\(state.filters.group.rawValue), window \(state.filters.window.rawValue)); mean |error| pp: "
                            + margins.joined(separator: " "), caption: caption, into: &buffer, options: options)
        guard !rows.isEmpty else {
            layout.drawMessage("No real prevalence data for \(state.filters.group.rawValue): r switches group.",
                               into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        let paneTable = table(contract, rows)
        let (tableArea, figureArea) = PaneLayout.tableAndFigure(layout.body, tableShare: 60)
        let summary = paneTable.render(state: state, into: &buffer, area: tableArea, options: options, caption: caption)
        if let name = paneTable.rowUnderCursor(state)?.label {
            errorBars(contract, rows.filter { contract.text($0, "disease") == name }, disease: name)
                .render(into: &buffer, area: figureArea, options: options)
        }
        return summary
    }

    /// The error per demographic of one disease (its rows' `share_error_pp`), under a title line.
    func errorBars(_ table: TypedTable, _ rows: [Int], disease: String) -> TitledWidget<DivergingBars> {
        TitledWidget(title: "\(disease): Pile share - real share (pp)",
                     content: DivergingBars(labels: rows.map { table.text($0, "demographic") ?? "-" },
                                            values: rows.map { table.value($0, "share_error_pp") },
                                            decimals: 1, negativeCaption: "under", positiveCaption: "over"))
    }

    var dataTable: TypedTable {
        let table = contractRows
        return TypedTable(name: "prevalence.csv", header: ["disease", "group", "demographic", "window", "real_share_pct",
                                                  "pile_share_pct", "share_error_pp", "representation_ratio",
                                                  "real_rank", "pile_rank"],
                 rows: rows.map { row in
                     [.text(table.text(row, "disease") ?? ""), .text(table.text(row, "group") ?? ""),
                      .text(table.text(row, "demographic") ?? ""), .integer(state.filters.window.rawValue),
                      .value(table.number(row, "real_share_pct")), .value(table.number(row, "pile_share_pct")),
                      .value(table.number(row, "share_error_pp")), .value(table.number(row, "representation_ratio")),
                      .value(table.integer(row, "real_rank")), .value(table.integer(row, "pile_rank"))]
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
