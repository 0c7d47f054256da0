/// Orderings of a group's demographics by a value, with the tie rule of each mode.
public enum DemographicOrdering {
    /// Demographics sorted by value, largest first. Ties: canonical order in correct mode (spec section1.md 1a-B,
    /// a stable sort), alphabetical by label in paper mode (README decision 1). NaN values are left out.
    public static func ordered(_ values: [Double], of demographics: [Demographic], mode: AnalysisMode) -> [Demographic] {
        precondition(values.count == demographics.count, "one value per demographic")
        let tieOrder = tieKeys(demographics, mode: mode)
        return Ranking.ordering(values, descending: true, tieOrder: tieOrder).map { demographics[$0] }
    }

    /// Integer counts, same rule.
    public static func ordered(counts: [Int], of demographics: [Demographic], mode: AnalysisMode) -> [Demographic] {
        ordered(counts.map(Double.init), of: demographics, mode: mode)
    }

    /// Tie-break keys (lower first): the position itself (canonical) or the label's alphabetical position (paper).
    static func tieKeys(_ demographics: [Demographic], mode: AnalysisMode) -> [Int] {
        switch mode {
        case .correct: return Array(demographics.indices)
        case .paper: return demographics.map(\.alphabeticalPosition)
        }
    }

    /// The `|`-joined labels of an ordering (`female|male|non-binary`), as in the study's ranking files.
    public static func text(_ ordering: [Demographic]) -> String {
        ordering.map(\.label).joined(separator: "|")
    }
}
