/// Section 1 tables of the contract. Placeholder: replaced whole by the Section 1 work.
public enum Section1Tables {
    public static func tables(_ dataset: Dataset, mode: AnalysisMode) -> [CSVTable] { [] }
}
