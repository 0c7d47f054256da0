/// One key column value of a table row (`group` = `race`).
public struct KeyValue: Sendable, Hashable {
    public let column: String
    public let value: String
}

/// One cell whose paper-mode and correct-mode values differ, or a row that only one mode has.
public struct ModeDifference: Sendable, Hashable {
    /// Table file name (`tau_real.csv`).
    public let table: String
    /// The row's key columns (spec/README.md "one row per") with their values.
    public let key: [KeyValue]
    /// The differing value column, or `ModeDifference.wholeRow` when the row exists in one mode only.
    public let column: String
    /// The cells as written in the CSV (empty = missing; `ModeDifference.absent` when the row does not exist).
    public let paper: String
    public let correct: String
    /// Why the modes differ (`DifferenceReasons`).
    public let reason: String

    public static let wholeRow = "(row)"
    public static let absent = "(absent)"

    public init(table: String, key: [KeyValue], column: String, paper: String, correct: String, reason: String) {
        self.table = table
        self.key = key
        self.column = column
        self.paper = paper
        self.correct = correct
        self.reason = reason
    }

    /// `group=race; model=…` for display and the CSV.
    public var keyText: String { key.map { "\($0.column)=\($0.value)" }.joined(separator: "; ") }
}

/// How many differences share a table, column and reason (the paper-vs-correct pane's overview).
public struct DifferenceSummary: Sendable, Hashable {
    public let table: String
    public let column: String
    public let reason: String
    public let count: Int
}
