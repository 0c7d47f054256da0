/// Paper vs correct: every cell of the contract tables where the two modes differ, with a reason.
///
/// Compares the two modes' `CSVTable`s row by row on their key columns (`keyColumns`). Cells are compared as written
/// in the CSV, numbers with a relative tolerance of 1e-9. A row present in one mode only is one difference with
/// column `(row)`. Cost: every contract table in both modes (scores.csv is the largest, ≈ 0.5 M rows per mode).
public enum PaperVsCorrect {
    /// Differences over Section 1, 2 and 3 tables (without `paper_vs_correct.csv` itself), table order then row order.
    public static func differences(_ dataset: Dataset) -> [ModeDifference] {
        differences(dataset, paper: contractTables(dataset, mode: .paper),
                    correct: contractTables(dataset, mode: .correct))
    }

    /// Differences between already computed tables of the two modes (matched by name), so that a caller that has
    /// both modes' tables (e.g. `tables` writing both) need not compute them again.
    public static func differences(_ dataset: Dataset, paper: [CSVTable], correct: [CSVTable]) -> [ModeDifference] {
        let reasons = DifferenceReasons(dataset)
        var result: [ModeDifference] = []
        for table in correct where table.name != PaperVsCorrect.tableName {
            guard let other = paper.first(where: { $0.name == table.name }) else { continue }
            result += compare(paper: other, correct: table, reasons: reasons)
        }
        return result
    }

    /// Every contract table of one mode except `paper_vs_correct.csv`.
    public static func contractTables(_ dataset: Dataset, mode: AnalysisMode) -> [CSVTable] {
        AnalysisTables.sections(dataset, mode: mode)
    }

    public static let tableName = "paper_vs_correct.csv"

    /// `paper_vs_correct.csv`: table, key, column, paper, correct, reason.
    public static func table(_ dataset: Dataset) -> CSVTable {
        table(differences(dataset))
    }

    public static func table(_ differences: [ModeDifference]) -> CSVTable {
        CSVTable(name: tableName, header: ["table", "key", "column", "paper", "correct", "reason"],
                 rows: differences.map { difference in
                     [.text(difference.table), .text(difference.keyText), .text(difference.column),
                      .text(difference.paper), .text(difference.correct), .text(difference.reason)]
                 })
    }

    /// Counts per (table, column, reason), in first-seen order.
    public static func summary(_ differences: [ModeDifference]) -> [DifferenceSummary] {
        var order: [[String]] = [], counts: [[String]: Int] = [:]
        for difference in differences {
            let key = [difference.table, difference.column, difference.reason]
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        return order.map { DifferenceSummary(table: $0[0], column: $0[1], reason: $0[2], count: counts[$0] ?? 0) }
    }
}
