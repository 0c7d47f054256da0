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

    /// Draws the sorted table with the cursor, marking rows whose label matches `filters.search`
    /// (`» ` / `> ` before the first cell), and reports rows, columns, labels and the drill target.
    /// `filters.top` keeps the first N rows after sorting (every view that lists rows honours `--top`).
    /// `shownRows` is every row the filters let through (the rows the cursor can reach), `totalRows` the count
    /// before the model filter or top-N (`total`, default the same).
    func render(state: PaneState, into buffer: inout Buffer, area: Rect, options: RenderOptions,
                caption: String, total: Int? = nil) -> PaneSummary {
        let (sortedRows, sortColumn) = sorted(by: state.filters.sort)
        let all = max(total ?? sortedRows.count, sortedRows.count)
        let ordered = state.filters.top.map { Array(sortedRows.prefix(max(0, $0))) } ?? sortedRows
        let search = state.filters.search ?? ""
        let marker = options.charset == .unicode ? "» " : "> "
        let texts = ordered.map { row -> [String] in
            guard PaneSearch.matches(row.label, search) else { return row.cells }
            var cells = row.cells
            if !cells.isEmpty { cells[0] = marker + cells[0] }
            return cells
        }
        let cursor = ordered.isEmpty ? nil : min(max(0, state.cursorRow), ordered.count - 1)
        let table = Table(columns: columns, rows: texts, sortColumn: sortColumn,
                          sortDescending: state.filters.sort?.descending ?? true, scrollRow: state.scrollRow,
                          scrollColumn: state.scrollColumn, cursorRow: options.showsCursor ? cursor : nil,
                          cursorColumn: options.showsCursor ? state.cursorColumn : nil, frozenColumns: frozenColumns)
        table.render(into: &buffer, area: area, options: options)
        return PaneSummary(shownRows: ordered.count, totalRows: all,
                           columns: columns.map(\.title), columnNames: columns.map(\.name),
                           drillTarget: cursor.flatMap { ordered[$0].drill },
                           caption: caption, rowLabels: ordered.map(\.label))
    }

    /// The row under the cursor after sorting (for figures that follow the cursor).
    func rowUnderCursor(_ state: PaneState) -> PaneRow? {
        let sortedRows = sorted(by: state.filters.sort).rows
        let ordered = state.filters.top.map { Array(sortedRows.prefix(max(0, $0))) } ?? sortedRows
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
