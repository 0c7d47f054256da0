import Analysis

/// One row of a pane's table: the texts drawn, the numbers behind them (what `s` sorts by), the disease or model
/// label that `/` searches, and what Enter opens on it.
struct PaneRow: Sendable, Hashable {
    var cells: [String]
    /// One entry per column; nil sorts that column by its text.
    var numbers: [Double?]
    var label: String
    var drill: DrillTarget?

    init(cells: [String], numbers: [Double?] = [], label: String, drill: DrillTarget? = nil) {
        self.cells = cells
        self.numbers = numbers
        self.label = label
        self.drill = drill
    }

    func number(_ column: Int) -> Double? { column < numbers.count ? numbers[column] : nil }
    func text(_ column: Int) -> String { column < cells.count ? cells[column] : "" }
}

/// A pane's table before drawing: columns and rows, ordered by `filters.sort`, search matches marked.
struct PaneTable: Sendable {
    var columns: [TableColumn]
    var rows: [PaneRow]
    var frozenColumns = 1

    /// Rows ordered by the sort request when it names one of the columns (numbers numerically with NaN and
    /// missing last, text otherwise; stable), else as given; and the sorted column's index.
    func sorted(by order: SortOrder?) -> (rows: [PaneRow], column: Int?) {
        guard let order, let column = columns.firstIndex(where: { $0.name == order.column }) else {
            return (rows, nil)
        }
        let ordered = rows.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if let x = a.number(column), let y = b.number(column), x.isFinite || y.isFinite {
                if !x.isFinite { return false }
                if !y.isFinite { return true }
                if x != y { return order.descending ? x > y : x < y }
            } else if a.text(column) != b.text(column) {
                return order.descending ? a.text(column) > b.text(column) : a.text(column) < b.text(column)
            }
            return left.offset < right.offset
        }.map(\.element)
        return (ordered, column)
    }

    /// The sheet as the filters select it: visible column indices (frozen key columns always, then those neither
    /// hidden nor left out by `shownColumns`), the rows passing the disease and value filters, sorted, top-N.
    struct Selection {
        var visible: [Int]
        var rows: [PaneRow]
        var sortColumn: Int?
        var filterProblem: String?
    }

    func select(_ filters: ViewFilters) -> Selection {
        let frozen = min(frozenColumns, columns.count)
        let visible = columns.indices.filter { index in
            if index < frozen { return true }
            let name = columns[index].name
            if filters.hiddenColumns.contains(name) { return false }
            return filters.shownColumns.map { $0.contains(name) } ?? true
        }
        var kept = rows
        if let disease = filters.disease, let column = diseaseColumn {
            kept = kept.filter { DiseaseFilter.matches($0.text(column), disease) }
        }
        var problem: String?
        if let text = filters.rowFilter, !text.trimmingSpaces().isEmpty {
            switch RowFilter.parse(text, columns: columns.map(\.name)) {
            case .success(let filter):
                kept = kept.filter { row in filter.matches(number: row.number, text: row.text) }
            case .failure(let error): problem = "value filter: " + error.description
            }
        }
        let (sortedRows, sortColumn) = PaneTable(columns: columns, rows: kept, frozenColumns: frozenColumns)
            .sorted(by: filters.sort)
        let ordered = filters.top.map { Array(sortedRows.prefix(max(0, $0))) } ?? sortedRows
        return Selection(visible: visible, rows: ordered, sortColumn: sortColumn, filterProblem: problem)
    }

    /// The column the disease filter reads: the one named `disease`.
    var diseaseColumn: Int? { columns.firstIndex { $0.name == "disease" } }

    /// Draws the selected sheet with the cursor, marking rows whose label matches `filters.search`
    /// (`» ` / `> ` before the first cell), and reports rows, columns, labels, the drill target, the cell under the
    /// cursor and the sheet as drawn. `filters.top` keeps the first N rows after sorting (every view that lists rows
    /// honours `--top`). `shownRows` is every row the filters let through (the rows the cursor can reach),
    /// `totalRows` the count before the filters or top-N (`total`, default the row count).
    func render(state: PaneState, into buffer: inout Buffer, area: Rect, options: RenderOptions,
                caption: String, total: Int? = nil) -> PaneSummary {
        let selection = select(state.filters)
        let ordered = selection.rows, visible = selection.visible
        let all = max(total ?? rows.count, ordered.count)
        let search = state.filters.search ?? ""
        let marker = options.charset == .unicode ? "» " : "> "
        let shownColumns = visible.map { index -> TableColumn in
            var column = columns[index]
            if state.filters.widenedColumns.contains(column.name) { column.maxWidth = 1000 }
            return column
        }
        let cells = ordered.map { row in visible.map { row.text($0) } }
        let texts = zip(ordered, cells).map { row, cells -> [String] in
            guard PaneSearch.matches(row.label, search), !cells.isEmpty else { return cells }
            var marked = cells
            marked[0] = marker + marked[0]
            return marked
        }
        let cursor = PaneTable.cursorRow(state, rowCount: ordered.count)
        let cursorColumn = min(max(0, state.cursorColumn), max(0, visible.count - 1))
        let frozen = min(frozenColumns, visible.count)
        let table = Table(columns: shownColumns, rows: texts, sortColumn: selection.sortColumn.flatMap(visible.firstIndex),
                          sortDescending: state.filters.sort?.descending ?? true, scrollRow: state.scrollRow,
                          scrollColumn: state.scrollColumn, cursorRow: options.showsCursor ? cursor : nil,
                          cursorColumn: options.showsCursor ? cursorColumn : nil, frozenColumns: frozen)
        table.render(into: &buffer, area: area, options: options)
        let window = columnWindow(table, area: area, options: options, frozen: frozen)
        if let window, area.height >= 3 {
            let text = " " + window.text(options.charset) + " "
            let width = DisplayWidth.of(text)
            if width < area.width { buffer.put(text, x: area.maxX - width, y: area.y + 1, style: Style(dim: true)) }
        }
        var summary = PaneSummary(shownRows: ordered.count, totalRows: all,
                                  columns: shownColumns.map(\.title), columnNames: shownColumns.map(\.name),
                                  drillTarget: cursor.flatMap { ordered[$0].drill },
                                  caption: caption, rowLabels: ordered.map(\.label))
        summary.sheet = SheetSnapshot(columns: shownColumns, cells: cells,
                                      numbers: ordered.map { row in visible.map { row.number($0) } },
                                      labels: ordered.map(\.label))
        if let cursor, cursorColumn < visible.count {
            let column = shownColumns[cursorColumn]
            summary.cursorCell = InspectedCell(columnTitle: column.title, columnName: column.name,
                                               text: cells[cursor][cursorColumn],
                                               number: ordered[cursor].number(visible[cursorColumn]),
                                               rowLabel: ordered[cursor].label, row: cursor, column: cursorColumn)
        }
        summary.columnWindow = window
        summary.filterProblem = selection.filterProblem
        summary.hasDiseaseColumn = diseaseColumn != nil
        return summary
    }

    /// The cursor's row among `rowCount` selected rows (clamped), nil without rows.
    static func cursorRow(_ state: PaneState, rowCount: Int) -> Int? {
        rowCount == 0 ? nil : min(max(0, state.cursorRow), rowCount - 1)
    }

    /// The selected rows `render` draws in `area` (its filters, sort, and the scroll that follows the cursor), for a
    /// pane that computes some cells for the rows on screen only (`RenderOptions.computesRowsOnScreenOnly`).
    func rowsOnScreen(state: PaneState, area: Rect, options: RenderOptions) -> ArraySlice<PaneRow> {
        let ordered = select(state.filters).rows
        let cursor = options.showsCursor ? PaneTable.cursorRow(state, rowCount: ordered.count) : nil
        let capacity = Table.dataRowCapacity(height: area.height)
        let first = min(Table.firstVisible(scroll: state.scrollRow, cursor: cursor, capacity: capacity,
                                           total: ordered.count), ordered.count)
        return ordered[first..<min(ordered.count, first + capacity)]
    }

    /// The scrollable columns drawn, when not all of them fit.
    func columnWindow(_ table: Table, area: Rect, options: RenderOptions, frozen: Int) -> ColumnWindow? {
        let drawn = table.viewport(in: area, options: options).columns.filter { $0 >= frozen }
        let scrollable = table.columns.count - frozen
        guard let first = drawn.first, let last = drawn.last, scrollable > 0 else { return nil }
        let cut = table.viewport(in: area, options: options)
        let lastFits = cut.widths.last.map { $0 >= table.naturalWidth(last, glyphs: options.glyphs) } ?? true
        guard drawn.count < scrollable || !lastFits else { return nil }
        return ColumnWindow(first: first + 1, last: last + 1, count: table.columns.count)
    }

    /// The row under the cursor after filtering and sorting (for figures that follow the cursor).
    func rowUnderCursor(_ state: PaneState) -> PaneRow? {
        let ordered = select(state.filters).rows
        guard !ordered.isEmpty else { return nil }
        return ordered[min(max(0, state.cursorRow), ordered.count - 1)]
    }
}

/// Search matching shared by panes and the explorer: case-insensitive substring of the row label.
public enum PaneSearch {
    /// Whether `label` contains `search` (case-insensitive); an empty search matches nothing.
    public static func matches(_ label: String, _ search: String) -> Bool {
        !search.isEmpty && label.lowercased().contains(search.lowercased())
    }

    /// The index of the next (or previous) label after (before) `current` that matches, wrapping; nil if none.
    public static func nextMatch(in labels: [String], search: String, from current: Int, forward: Bool) -> Int? {
        guard !labels.isEmpty else { return nil }
        let count = labels.count
        for step in 1...count {
            let index = ((current + (forward ? step : -step)) % count + count) % count
            if matches(labels[index], search) { return index }
        }
        return nil
    }
}
