/// Paper vs correct: every cell of the contract tables where the two modes differ, with a reason.
///
/// Joins the two modes' typed tables row by row on their key columns (`TypedTable.keyColumns`, the contract's "one
/// row per") and compares the typed values of every other column but the uncertainty ones: numbers within a
/// relative tolerance of 1e-9 (|x − y| ≤ 1e-9 · max(1, |x|, |y|), `tolerance`), texts exactly, missing only equal to
/// missing. Nothing is encoded and read back; a difference shows its cells as the CSV writes them. A row present in
/// one mode only is one difference with column `(row)`. Cost: every contract table in both modes (scores.csv is the largest, ≈ 0.5 M rows per mode);
/// `AnalysisTables.forEachTable` compares table by table so that neither mode is kept whole.
public enum PaperVsCorrect {
    /// Differences over Section 1, 2 and 3 tables (without `paper_vs_correct.csv` itself), table order then row order.
    public static func differences(_ dataset: Dataset, parallel: ParallelMap = .serial) -> [ModeDifference] {
        let reasons = DifferenceReasons(dataset)
        var result: [ModeDifference] = []
        AnalysisTables.forEachTable(dataset, parallel: parallel) { paper, correct in
            compare(paper: paper, correct: correct, reasons: reasons) { result.append($0) }
        }
        return result
    }

    /// Differences between tables a caller built for both modes (matched by name), e.g. a pane's light scope, in
    /// the order of `correct`: what `compare` of each pair in turn gives, computed through `parallel`.
    public static func differences(_ dataset: Dataset, paper: [TypedTable], correct: [TypedTable],
                                   parallel: ParallelMap = .serial) -> [ModeDifference] {
        let pairs = correct.compactMap { table in
            paper.first { $0.name == table.name }.map { TablePair(paper: $0, correct: table) }
        }
        return compareConcurrently(pairs, reasons: DifferenceReasons(dataset), parallel: parallel,
                                   makePart: { [ModeDifference]() },
                                   add: { $0.append($1) }).flatMap { $0 }
    }

    public static let tableName = "paper_vs_correct.csv"
    public static let header = ["table", "key", "column", "paper", "correct", "reason"]

    /// `paper_vs_correct.csv`: table, key, column, paper, correct, reason.
    public static func table(_ dataset: Dataset) -> TypedTable {
        table(differences(dataset))
    }

    public static func table(_ differences: [ModeDifference]) -> TypedTable {
        var table = emptyTable()
        for difference in differences { table.append(row(difference)) }
        return table
    }

    /// `paper_vs_correct.csv` without rows.
    public static func emptyTable() -> TypedTable { TypedTable(dictionary: tableName, header: header) }

    /// Appends the differences of one table pair to `paper_vs_correct.csv` (`output`), one row each.
    public static func compareRows(paper: TypedTable, correct: TypedTable, reasons: DifferenceReasons,
                                   into output: inout TypedTable, parallel: ParallelMap = .serial) {
        let parts = comparedRows(paper: paper, correct: correct, reasons: reasons, parallel: parallel)
        output.append(rowsOf: parts.rows)
        output.append(rowsOf: parts.paperOnly)
    }

    /// The rows `compareRows` appends, in its two parts: the differences of the correct-mode rows (row order), and
    /// those of the paper rows no correct row matched, which follow. The streamed `tables` compares a table one
    /// chunk of rows at a time (rows of a chunk match only rows of the same chunk) and keeps the parts apart, so
    /// that every paper-only row still comes after all of the table's other differences.
    public static func comparedRows(paper: TypedTable, correct: TypedTable, reasons: DifferenceReasons,
                                    parallel: ParallelMap = .serial) -> (rows: TypedTable, paperOnly: TypedTable) {
        let parts = compareConcurrently([TablePair(paper: paper, correct: correct)], reasons: reasons,
                                        parallel: parallel,
                                        makePart: { emptyTable() }, add: { $0.append(row($1)) })
        var rows = emptyTable()
        for part in parts.dropLast() { rows.append(rowsOf: part) }
        return (rows, parts.last ?? emptyTable())
    }

    /// One row of `paper_vs_correct.csv`.
    static func row(_ difference: ModeDifference) -> [TableCell] {
        [.text(difference.table), .text(difference.keyText), .text(difference.column),
         .text(difference.paper), .text(difference.correct), .text(difference.reason)]
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
