import Analysis

/// `paper-vs-correct`: how many cells differ between paper and correct mode per table, column and reason, over the
/// light scope of `PaperVsCorrectScope` (Section 1 and the Section 3 tables of the configuration on screen, not
/// every table of both modes); beside or under it the first differing cells of the row under the cursor (key,
/// paper value, correct value, reason). Enter on a row: every differing cell of that table. Defaults: `hf`, American.
struct PaperVsCorrectPane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries

    var configuration: LogitConfiguration {
        state.filters.configuration(default: LogitConfiguration(logitType: .hf, context: .american, language: .en,
                                                                group: state.filters.group))
    }
    var scope: PaperVsCorrectScope {
        PaperVsCorrectScope(dataset: dataset, queries: queries, configuration: configuration,
                            templates: state.filters.templates)
    }
    var drilledTable: String? { if case .table(let name)? = state.drill { return name } else { return nil } }

    /// Model and disease as their own columns, the rest of the key after them; values rounded to 3 decimals (the
    /// typed number behind each keeps the full value, which the inspector shows).
    static let cellColumns = [TableColumn("model", maxWidth: 36), TableColumn("disease", maxWidth: 28),
                              TableColumn("key", maxWidth: 48), TableColumn("column"),
                              TableColumn("paper", alignment: .right, maxWidth: 24),
                              TableColumn("correct", alignment: .right, maxWidth: 24), TableColumn("reason", maxWidth: 60)]

    /// A CSV value as shown: a number with more than 3 decimals rounded to 3, anything else as written.
    static func shown(_ value: String) -> (text: String, number: Double?) {
        guard let number = Double(value), number.isFinite else { return (value, nil) }
        guard let dot = value.firstIndex(of: "."), value[value.index(after: dot)...].count > 3 else {
            return (value, number)
        }
        return (NumberText.fixed(number, decimals: 3), number)
    }

    func summaryRow(_ summary: DifferenceSummary) -> PaneRow {
        PaneRow(cells: [summary.table, summary.column, "\(summary.count)", summary.reason],
                numbers: [nil, nil, Double(summary.count), nil], label: summary.table, drill: .table(summary.table))
    }

    func cellRow(_ difference: ModeDifference) -> PaneRow {
        let modelColumns: Set<String> = ["model", "base", "aligned"]
        let model = difference.key.filter { modelColumns.contains($0.column) }.map(\.value).joined(separator: " → ")
        let disease = difference.key.first { $0.column == "disease" }?.value ?? ""
        let rest = difference.key.filter { !modelColumns.contains($0.column) && $0.column != "disease" }
            .map { "\($0.column)=\($0.value)" }.joined(separator: "; ")
        let paper = PaperVsCorrectPane.shown(difference.paper), correct = PaperVsCorrectPane.shown(difference.correct)
        return PaneRow(cells: [model.isEmpty ? "-" : model, disease.isEmpty ? "-" : disease, rest, difference.column,
                               paper.text, correct.text, difference.reason],
                       numbers: [nil, nil, nil, nil, paper.number, correct.number, nil], label: difference.keyText)
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration, dataset: dataset,
                                   options: options)
        let scope = self.scope
        let differences = scope.differences
        if let table = drilledTable {
            layout.drawFrame(headline: "Paper vs correct, \(table): every differing cell (\(scope.description))",
                             caption: caption, into: &buffer, options: options)
            let rows = differences.filter { $0.table == table }.map(cellRow)
            guard !rows.isEmpty else {
                layout.drawMessage("No differing cell in \(table) for this scope; keys: t, c, L, r change it.",
                                   into: &buffer, options: options)
                return PaneSummary(caption: caption)
            }
            return PaneTable(columns: PaperVsCorrectPane.cellColumns, rows: rows)
                .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
        }
        layout.drawFrame(headline: "Paper vs correct: differing cells per table, column, reason; \(scope.description); Enter: cells",
                         caption: caption, into: &buffer, options: options)
        let summaries = PaperVsCorrect.summary(differences)
        guard !summaries.isEmpty else {
            layout.drawMessage("Paper and correct agree on every cell of \(scope.description); keys: t, c, L, r.",
                               into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        let columns = [TableColumn("table", maxWidth: 28), TableColumn("column", maxWidth: 24),
                       TableColumn("cells", alignment: .right), TableColumn("reason", maxWidth: 60)]
        let paneTable = PaneTable(columns: columns, rows: summaries.map(summaryRow))
        let (tableArea, figureArea) = AlignmentPane.split(layout.body, tableRows: summaries.count + 2, figureRows: 8)
        let summary = paneTable.render(state: state, into: &buffer, area: tableArea, options: options, caption: caption)
        if let row = paneTable.rowUnderCursor(state), figureArea.height >= 3 {
            drawFirstCells(of: row, differences: differences, into: &buffer, area: figureArea, options: options)
        }
        return summary
    }

    /// The first differing cells of the summary row's table, column and reason, under a bold title with their count.
    func drawFirstCells(of row: PaneRow, differences: [ModeDifference], into buffer: inout Buffer, area: Rect,
                        options: RenderOptions) {
        let table = row.text(0), column = row.text(1), reason = row.text(3)
        let cells = differences.filter { $0.table == table && $0.column == column && $0.reason == reason }
        buffer.put("First differing cells: \(table) \(column) (\(cells.count))", x: area.x, y: area.y,
                   width: area.width, style: Style(bold: true), options: options)
        let shown = cells.prefix(max(0, area.height - 3)).map { cellRow($0).cells }
        Table(columns: PaperVsCorrectPane.cellColumns, rows: Array(shown))
            .render(into: &buffer, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1),
                    options: options)
    }

    var dataTable: TypedTable {
        let differences = scope.differences.filter { difference in drilledTable.map { difference.table == $0 } ?? true }
        let table = PaperVsCorrect.table(differences)
        return TypedTable(name: "paper-vs-correct.csv", header: table.header, rows: table.rows)
    }
}
