/// A typed analysis table: named, typed columns with units and one-line descriptions (`ColumnSchema`), the key
/// columns that identify a row (spec/README.md "one row per"), rows in a stated order. Every analysis table
/// (`tables`, `render --format csv|markdown`, the explorer's export, the paper-vs-correct comparison) is one of
/// these; `CSVEncoder` is its one CSV encoding.
///
/// Values are stored column by column (`ColumnStorage`: integers, doubles, interned text), so a table of half a
/// million rows holds ~ 60 bytes a row and no cell enum. Rows are appended cell by cell (`append(text:)` …, then
/// `endRow()`) or whole (`append(_:)`); a row shorter than the header is completed with missing cells.
public struct TypedTable: Sendable {
    /// File name in the output folder, e.g. `scores.csv`.
    public let name: String
    /// What one row is and where the values come from (one line).
    public let summary: String
    /// The order of the rows, stated.
    public let rowOrder: String
    /// The columns that identify a row (unique per table).
    public let keyColumns: [String]
    public private(set) var columns: [ColumnSchema]
    var storage: [ColumnStorage]
    public private(set) var rowCount = 0
    private var nextColumn = 0

    /// A table with the given columns; `reservingRows` reserves each column's storage up front (a large table's
    /// arrays then never grow by copying).
    public init(name: String, summary: String = "", rowOrder: String = "", keyColumns: [String] = [],
                columns: [ColumnSchema], reservingRows: Int = 0) {
        self.name = name
        self.summary = summary
        self.rowOrder = rowOrder
        self.keyColumns = keyColumns
        self.columns = columns
        storage = columns.map { _ in ColumnStorage(reservingRows: reservingRows) }
    }

    /// A table of the data dictionary (`TableDictionary`): its summary, row order, keys and column schemas by name.
    public init(dictionary name: String, header: [String], reservingRows: Int = 0) {
        let entry = TableDictionary.table(name)
        self.init(name: name, summary: entry.summary, rowOrder: entry.rowOrder, keyColumns: entry.keyColumns,
                  columns: header.map { TableDictionary.column($0, table: name) }, reservingRows: reservingRows)
    }

    /// A table of cells with columns described by the data dictionary where it knows them, typed by their values
    /// otherwise (a pane's data table).
    public init(name: String, header: [String], rows: [[TableCell]] = []) {
        self.init(dictionary: name, header: header, reservingRows: rows.count)
        for row in rows { append(row) }
    }

    public var header: [String] { columns.map(\.name) }

    /// The position of the column named `name` (first occurrence).
    public func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }

    // MARK: Reading

    public func cell(row: Int, column: Int) -> TableCell { storage[column].cell(row) }

    /// The number in a cell (integers as doubles); nil for missing and text.
    public func number(row: Int, column: Int) -> Double? { storage[column].number(row) }

    /// The text in a text cell; nil for missing and numbers.
    public func text(row: Int, column: Int) -> String? { storage[column].text(row) }

    /// Row `row` as cells.
    public func row(_ row: Int) -> [TableCell] { storage.indices.map { storage[$0].cell(row) } }

    /// Every row as cells (tests and small tables).
    public var rows: [[TableCell]] { (0..<rowCount).map(row) }

    // MARK: Building

    public mutating func append(_ row: [TableCell]) {
        for cell in row { append(cell) }
        endRow()
    }

    /// Cells of the current row (e.g. a key prefix shared by many rows), without ending it.
    public mutating func append(cells: [TableCell]) {
        for cell in cells { append(cell) }
    }

    public mutating func append(_ cell: TableCell) {
        switch cell {
        case .missing: appendMissing()
        case .integer(let value): append(integer: value)
        case .number(let value): append(value: value)
        case .text(let text): append(text: text)
        }
    }

    public mutating func append(text: String) {
        guard nextColumn < storage.count else { return }
        uniqueColumn(nextColumn).append(text: text)
        nextColumn += 1
    }

    public mutating func append(integer: Int) {
        guard nextColumn < storage.count else { return }
        uniqueColumn(nextColumn).append(integer: integer)
        nextColumn += 1
    }

    /// A double; NaN/±∞ as a missing cell.
    public mutating func append(value: Double) {
        guard nextColumn < storage.count else { return }
        uniqueColumn(nextColumn).append(real: value)
        nextColumn += 1
    }

    public mutating func appendMissing() {
        guard nextColumn < storage.count else { return }
        uniqueColumn(nextColumn).appendMissing()
        nextColumn += 1
    }

    /// Column `column`'s storage, copied first when another table shares it (copy-on-write).
    private mutating func uniqueColumn(_ column: Int) -> ColumnStorage {
        if !isKnownUniquelyReferenced(&storage[column]) { storage[column] = storage[column].copy() }
        return storage[column]
    }

    /// Ends the row: cells not given are missing.
    public mutating func endRow() {
        while nextColumn < storage.count { appendMissing() }
        nextColumn = 0
        rowCount += 1
    }

    /// Appends the rows of another table with the same columns.
    public mutating func append(rowsOf other: TypedTable) {
        guard nextColumn == 0, other.storage.count == storage.count else {
            for row in 0..<other.rowCount { append(other.row(row)) }
            return
        }
        for column in storage.indices { uniqueColumn(column).append(contentsOf: other.storage[column]) }
        rowCount += other.rowCount
    }

    /// The table with one more last column holding the same text in every row (e.g. the prevalence table a
    /// comparison used).
    public func appendingColumn(_ schema: ColumnSchema, value: String) -> TypedTable {
        var result = self
        result.columns.append(schema)
        let column = ColumnStorage(reservingRows: rowCount)
        for _ in 0..<rowCount { column.append(text: value) }
        result.storage.append(column)
        return result
    }
}

extension TypedTable: Equatable {
    /// Same name, header, keys and cells (however they are stored).
    public static func == (left: TypedTable, right: TypedTable) -> Bool {
        left.name == right.name && left.header == right.header && left.keyColumns == right.keyColumns
            && left.rowCount == right.rowCount && (0..<left.rowCount).allSatisfy { left.row($0) == right.row($0) }
    }
}
