/// Section 2 tables of the contract. Placeholder: replaced whole by the Section 2 work.
public enum Section2Tables {
    public static func tables(_ dataset: Dataset, mode: AnalysisMode) -> [CSVTable] { [] }
}
