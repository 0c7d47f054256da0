/// Section 3 tables of the contract. Placeholder: replaced whole by the Section 3 work.
public enum Section3Tables {
    public static func tables(_ dataset: Dataset, mode: AnalysisMode) -> [CSVTable] { [] }
}
