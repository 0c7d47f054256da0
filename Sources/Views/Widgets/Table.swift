/// One column of a `Table`: header text and alignment (numbers right, text left).
public struct TableColumn: Sendable, Hashable {
    public var title: String
    /// The column's typed snake_case name (`tau_counts`, `d_tau_paper`): what `--sort` and the sort key name.
    public var name: String
    public var alignment: TextFit.Alignment
    /// Widest the column may get (cells beyond are truncated with an ellipsis).
    public var maxWidth: Int
    /// Narrowest it gets: the widest text its cells can hold, for a column whose width must not depend on which
    /// rows are filled in (the Tau view's intervals, computed for the rows on screen first).
    public var minWidth: Int

    /// `name` defaults to `TableColumn.snakeCase(title)`.
    public init(_ title: String, name: String? = nil, alignment: TextFit.Alignment = .left, maxWidth: Int = 40,
                minWidth: Int = 0) {
        self.title = title
        self.name = name ?? TableColumn.snakeCase(title)
        self.alignment = alignment
        self.maxWidth = maxWidth
        self.minWidth = minWidth
    }

    /// A header as a snake_case name: lower case, each run of characters other than letters and digits one `_`,
    /// none at either end (`d tau correct*` → `d_tau_correct`, `params (B)` → `params_b`).
    public static func snakeCase(_ title: String) -> String {
        var name = ""
        for character in title.lowercased() {
            if character.isLetter || character.isNumber {
                name.append(character)
            } else if !name.isEmpty && name.last != "_" {
                name.append("_")
            }
        }
        while name.last == "_" { name.removeLast() }
        return name
    }
}

/// Which rows and columns a table shows in an area (after clamping scroll offsets and following the cursor).
public struct TableViewport: Sendable, Hashable {
    /// Data rows shown: `firstRow ..< firstRow + shownRows`.
    public var firstRow: Int
    public var shownRows: Int
    public var totalRows: Int
    /// Indices of the columns drawn, frozen columns first.
    public var columns: [Int]
    /// Drawn width of each entry of `columns`.
    public var widths: [Int]
}

/// A scrollable table: frozen header row and first `frozenColumns` columns, sort marker in the sorted column's
/// header (▲ ascending, ▼ descending; `^`/`v` in ASCII), a rule under the header, the cursor row in reverse and the
/// cursor cell underlined. Cells are text (format numbers before); every cell is sanitised when drawn.
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rows: [[String]]
    public var sortColumn: Int?
    public var sortDescending: Bool
    public var scrollRow: Int
    public var scrollColumn: Int
    public var cursorRow: Int?
    public var cursorColumn: Int?
    public var frozenColumns: Int

    public init(columns: [TableColumn], rows: [[String]], sortColumn: Int? = nil, sortDescending: Bool = true,
                scrollRow: Int = 0, scrollColumn: Int = 0, cursorRow: Int? = nil, cursorColumn: Int? = nil,
                frozenColumns: Int = 1) {
        self.columns = columns
        self.rows = rows
        self.sortColumn = sortColumn
        self.sortDescending = sortDescending
        self.scrollRow = scrollRow
        self.scrollColumn = scrollColumn
        self.cursorRow = cursorRow
        self.cursorColumn = cursorColumn
        self.frozenColumns = frozenColumns
    }

    /// Data rows that fit under the header and rule in an area of `height` rows.
    public static func dataRowCapacity(height: Int) -> Int { max(0, height - (height >= 3 ? 2 : 1)) }

    /// The header text of a column, with its sort marker.
    func headerText(_ column: Int, glyphs: Glyphs) -> String {
        guard column == sortColumn else { return columns[column].title }
        return columns[column].title + " " + String(sortDescending ? glyphs.sortDescending : glyphs.sortAscending)
    }

    /// Natural width of a column: widest of header (with marker) and cells, capped at `maxWidth`, at least 1.
    func naturalWidth(_ column: Int, glyphs: Glyphs) -> Int {
        var widest = DisplayWidth.of(SafeText.sanitized(headerText(column, glyphs: glyphs)))
        for row in rows where column < row.count {
            widest = max(widest, DisplayWidth.of(SafeText.sanitized(row[column])))
        }
        return max(1, min(max(widest, columns[column].minWidth), columns[column].maxWidth))
    }

    /// The rows and columns shown in `area`.
    public func viewport(in area: Rect, options: RenderOptions = RenderOptions()) -> TableViewport {
        let capacity = Table.dataRowCapacity(height: area.height)
        let first = Table.firstVisible(scroll: scrollRow, cursor: cursorRow, capacity: capacity, total: rows.count)
        let shown = max(0, min(capacity, rows.count - first))
        let (indices, widths) = visibleColumns(width: area.width, glyphs: options.glyphs)
        return TableViewport(firstRow: first, shownRows: shown, totalRows: rows.count, columns: indices, widths: widths)
    }

    /// Clamps a scroll offset to the content and moves it so the cursor is visible.
    static func firstVisible(scroll: Int, cursor: Int?, capacity: Int, total: Int) -> Int {
        var first = min(max(0, scroll), max(0, total - capacity))
        if let cursor, capacity > 0 {
            if cursor < first { first = max(0, cursor) }
            if cursor >= first + capacity { first = min(cursor, total - 1) - capacity + 1 }
        }
        return max(0, first)
    }

    /// Frozen columns, then scrollable columns from the (cursor-following) scroll offset while they fit;
    /// the last one may be cut (at least 2 columns wide). One space separates columns.
    func visibleColumns(width: Int, glyphs: Glyphs) -> ([Int], [Int]) {
        let frozen = min(max(0, frozenColumns), columns.count)
        var indices: [Int] = [], widths: [Int] = []
        var used = 0
        func add(_ column: Int) -> Bool {
            let gap = indices.isEmpty ? 0 : 1
            let room = width - used - gap
            guard room >= 2 || (room >= 1 && indices.isEmpty) else { return false }
            let natural = naturalWidth(column, glyphs: glyphs)
            indices.append(column)
            widths.append(min(natural, room))
            used += gap + min(natural, room)
            return natural <= room
        }
        for column in 0..<frozen where !add(column) { return (indices, widths) }
        let scrollable = columns.count - frozen
        guard scrollable > 0 else { return (indices, widths) }
        let cursor = cursorColumn.map { $0 - frozen }
        var start = min(max(0, scrollColumn), scrollable - 1)
        if let cursor, cursor >= 0, cursor < start { start = cursor }
        while let cursor, cursor >= 0, cursor < scrollable, start < cursor,
              !fits(from: start, through: cursor, frozenWidth: used, width: width, glyphs: glyphs) { start += 1 }
        for column in (frozen + start)..<columns.count where !add(column) { break }
        return (indices, widths)
    }

    func fits(from start: Int, through last: Int, frozenWidth: Int, width: Int, glyphs: Glyphs) -> Bool {
        let frozen = min(max(0, frozenColumns), columns.count)
        let needed = (start...last).reduce(frozenWidth) { $0 + 1 + naturalWidth(frozen + $1, glyphs: glyphs) }
        return needed <= width
    }
}
