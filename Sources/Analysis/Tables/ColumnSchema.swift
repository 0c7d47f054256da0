/// What a column's values are; `schema.json` writes the raw value.
public enum ColumnType: String, Sendable, Hashable, CaseIterable {
    /// Free text or a key value (a name, a canonical label).
    case text
    /// A whole number (counts, ranks, positions, codes).
    case integer
    /// A real number, written in shortest round-trip form.
    case real
    /// A Kendall tau-b in [−1, 1]; the number of items it compares is in a companion `n` column.
    case tau
    /// 1 = yes, 0 = no.
    case flag
    /// Demographics joined by `|` (or `;` for ties), highest first.
    case ranking

    /// How a value of this type is stored in a `TypedTable`.
    var storage: ColumnStorage.Kind {
        switch self {
        case .text, .ranking: return .text
        case .integer, .flag: return .integer
        case .real, .tau: return .real
        }
    }
}

/// One column of a typed table: its name in the CSV header, its type, its unit and a one-line description.
public struct ColumnSchema: Sendable, Hashable {
    public let name: String
    public let type: ColumnType
    /// The unit of the values (`count`, `%`, `logit`, `per 10,000 people` …); empty for text and dimensionless codes.
    public let unit: String
    public let description: String

    public init(_ name: String, _ type: ColumnType, unit: String = "", _ description: String) {
        self.name = name
        self.type = type
        self.unit = unit
        self.description = description
    }
}
