/// One cell handed to a `TypedTable` while its rows are built (the table stores columns, not cells).
public enum TableCell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    case number(Double)
    case missing

    /// A double, or `.missing` for NaN/±∞ (a missing value is an empty cell, README decision on tables).
    public static func value(_ number: Double) -> TableCell { number.isFinite ? .number(number) : .missing }
    /// An optional double.
    public static func value(_ number: Double?) -> TableCell { number.map { value($0) } ?? .missing }
    /// An optional integer.
    public static func value(_ number: Int?) -> TableCell { number.map { .integer($0) } ?? .missing }

    /// The number a numeric cell holds (an integer as a double); nil for text and missing.
    public var number: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        case .text, .missing: return nil
        }
    }
}

extension TableCell {
    /// The value as the CSV writes it, without the CSV's quoting and formula guard (the text encodings of a data
    /// table, `render --format markdown|text`): numbers in shortest round-trip form, text as is, missing empty.
    public var valueText: String {
        switch self {
        case .missing: return ""
        case .integer(let value): return String(value)
        case .number(let value): return value.isFinite ? CSVEncoder.format(value) : ""
        case .text(let text): return text
        }
    }
}
