/// Every table of the contract in `spec/README.md`, section by section, for one mode. The single entry point used
/// by `tables`, so that each number is computed one way only.
public enum AnalysisTables {
    public static func all(_ dataset: Dataset, mode: AnalysisMode) -> [CSVTable] {
        Section1Tables.tables(dataset, mode: mode)
            + Section2Tables.tables(dataset, mode: mode)
            + Section3Tables.tables(dataset, mode: mode)
    }
}
