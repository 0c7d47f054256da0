/// Every table of the contract in `spec/README.md` for one mode, plus `paper_vs_correct.csv`. The single entry point
/// used by `tables` and the benchmark, so that each number is computed one way only.
public enum AnalysisTables {
    /// The mode's Section 1–3 tables and `paper_vs_correct.csv`. The comparison needs the other mode's tables too,
    /// so both modes are computed once each (never more: the comparison reuses them).
    public static func all(_ dataset: Dataset, mode: AnalysisMode) -> [CSVTable] {
        let both = bothModes(dataset)
        return (mode == .paper ? both.paper : both.correct) + [both.comparison]
    }

    /// Both modes' Section 1–3 tables and the comparison built from them.
    public static func bothModes(_ dataset: Dataset) -> (paper: [CSVTable], correct: [CSVTable], comparison: CSVTable) {
        let paper = sections(dataset, mode: .paper)
        let correct = sections(dataset, mode: .correct)
        let comparison = PaperVsCorrect.table(PaperVsCorrect.differences(dataset, paper: paper, correct: correct))
        return (paper, correct, comparison)
    }

    /// The Section 1–3 tables of one mode, without the comparison.
    public static func sections(_ dataset: Dataset, mode: AnalysisMode) -> [CSVTable] {
        Section1Tables.tables(dataset, mode: mode)
            + Section2Tables.tables(dataset, mode: mode)
            + Section3Tables.tables(dataset, mode: mode)
    }
}
