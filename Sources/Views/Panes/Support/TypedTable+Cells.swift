import Analysis

/// Reading a contract table's cells by column name: how a pane chooses the columns it draws from the rows
/// `tables` writes (issue 15), instead of recomputing them.
extension TypedTable {
    /// The number in `column` of `row`; nil when the cell is missing (an undefined value) or the column absent.
    func number(_ row: Int, _ column: String) -> Double? {
        columnIndex(column).flatMap { number(row: row, column: $0) }
    }

    /// The number in `column` of `row`, NaN when missing (the panes' sort puts NaN last).
    func value(_ row: Int, _ column: String) -> Double { number(row, column) ?? .nan }

    /// The whole number in `column` of `row`; nil when missing.
    func integer(_ row: Int, _ column: String) -> Int? { number(row, column).map { Int($0) } }

    /// The text in `column` of `row`; nil when missing.
    func text(_ row: Int, _ column: String) -> String? {
        columnIndex(column).flatMap { text(row: row, column: $0) }
    }

    /// The rows whose text in `column` is `value`, in table order.
    func rows(where column: String, is value: String) -> [Int] {
        guard let index = columnIndex(column) else { return [] }
        return (0..<rowCount).filter { text(row: $0, column: index) == value }
    }

    /// The first row whose texts in the given columns are the given values.
    func firstRow(_ values: [String: String]) -> Int? {
        let columns = values.map { (columnIndex($0.key), $0.value) }
        guard columns.allSatisfy({ $0.0 != nil }) else { return nil }
        return (0..<rowCount).first { row in columns.allSatisfy { text(row: row, column: $0.0 ?? 0) == $0.1 } }
    }
}
