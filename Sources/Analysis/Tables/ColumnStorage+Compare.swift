/// Value equality of cells of two columns (the paper-vs-correct join and comparison).
extension ColumnStorage {
    /// Whether row `row` of this column and row `otherRow` of `other` hold the same value exactly: both missing,
    /// equal numbers (an integer equals the same double), or equal texts. A number and a text are compared as
    /// written in the CSV.
    func equals(row: Int, _ other: ColumnStorage, row otherRow: Int) -> Bool {
        switch (kind, other.kind) {
        case (.integer, .integer): return integers[row] == other.integers[otherRow]
        case (.text, .text):
            let a = codes[row], b = other.codes[otherRow]
            if a == ColumnStorage.missingCode || b == ColumnStorage.missingCode { return a == b }
            return texts[Int(a)] == other.texts[Int(b)]
        case (.integer, .real), (.real, .integer), (.real, .real):
            let a = number(row), b = other.number(otherRow)
            return a == b
        default: return CSVEncoder.encode(cell(row)) == CSVEncoder.encode(other.cell(otherRow))
        }
    }

    /// Feeds the value of row `row` to `hasher` so that `equals` values hash alike (numbers as doubles).
    func hashValue(row: Int, into hasher: inout Hasher) {
        switch kind {
        case .undetermined: hasher.combine(0 as UInt8)
        case .integer, .real:
            if let value = number(row) { hasher.combine(value) } else { hasher.combine(0 as UInt8) }
        case .text:
            if let value = text(row) { hasher.combine(value) } else { hasher.combine(0 as UInt8) }
        }
    }
}
