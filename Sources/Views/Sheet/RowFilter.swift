import Analysis

/// A value filter on a sheet's rows (`|` in the explorer, `render --where`): clauses joined by `&`, each naming a
/// column by its snake_case name. `name OP value` compares the row's typed number (`<`, `<=`, `>`, `>=`, `=`, `!=`)
/// or, for a value that is not a number, the cell's text (`=`, `!=`, case-insensitive); a bare `name` keeps rows
/// whose number is finite and not 0, or whose text is not empty, `-`, `no`, `false` or `0`. A missing or NaN
/// number fails every comparison.
public struct RowFilter: Sendable, Hashable {
    public enum Operator: String, Sendable, Hashable, CaseIterable {
        case lessOrEqual = "<=", greaterOrEqual = ">=", notEqual = "!=", equalEqual = "==", less = "<",
             greater = ">", equal = "="
    }

    public struct Clause: Sendable, Hashable {
        public var column: Int
        public var comparison: Operator?
        public var number: Double?
        public var text: String
    }

    public var clauses: [Clause]

    /// Parses `text` against the column names; the error names the bad clause and lists the columns.
    public static func parse(_ text: String, columns: [String]) -> Result<RowFilter, RowFilterError> {
        var clauses: [Clause] = []
        for part in text.split(separator: "&") {
            let clauseText = String(part).trimmingSpaces()
            guard !clauseText.isEmpty else { continue }
            switch clause(clauseText, columns: columns) {
            case .success(let clause): clauses.append(clause)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(RowFilter(clauses: clauses))
    }

    static func clause(_ text: String, columns: [String]) -> Result<Clause, RowFilterError> {
        var name = text, comparison: Operator?, value = ""
        for candidate in Operator.allCases {
            if let range = text.range(of: candidate.rawValue) {
                name = String(text[..<range.lowerBound]).trimmingSpaces()
                value = String(text[range.upperBound...]).trimmingSpaces()
                comparison = candidate == .equalEqual ? .equal : candidate
                break
            }
        }
        guard let column = columns.firstIndex(of: name) else {
            return .failure(RowFilterError(description: "'\(sanitizedForTerminal(name))' is not a column here; columns: "
                                           + columns.joined(separator: ", ")))
        }
        if comparison != nil, value.isEmpty {
            return .failure(RowFilterError(description: "'\(sanitizedForTerminal(text))' needs a value after the operator"))
        }
        let number = Double(value)
        if let comparison, number == nil, comparison != .equal, comparison != .notEqual {
            return .failure(RowFilterError(description: "'\(sanitizedForTerminal(text))': \(comparison.rawValue) needs a number"))
        }
        return .success(Clause(column: column, comparison: comparison, number: number, text: value))
    }

    /// Whether a row passes every clause; `number(column)` is the row's typed value, `text(column)` its cell.
    public func matches(number: (Int) -> Double?, text: (Int) -> String) -> Bool {
        clauses.allSatisfy { clause in
            let cell = text(clause.column).trimmingSpaces()
            guard let comparison = clause.comparison else {
                if let value = number(clause.column) { return value.isFinite && value != 0 }
                return !["", "-", "no", "false", "0"].contains(cell.lowercased())
            }
            guard let wanted = clause.number else {
                let same = cell.lowercased() == clause.text.lowercased()
                return comparison == .equal ? same : !same
            }
            guard let value = number(clause.column) ?? Double(cell), value.isFinite else { return false }
            switch comparison {
            case .less: return value < wanted
            case .lessOrEqual: return value <= wanted
            case .greater: return value > wanted
            case .greaterOrEqual: return value >= wanted
            case .equal, .equalEqual: return value == wanted
            case .notEqual: return value != wanted
            }
        }
    }
}
