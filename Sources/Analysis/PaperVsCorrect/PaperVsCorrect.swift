/// Paper vs correct: every cell of the contract tables where the two modes differ, with a reason.
///
/// Compares the two modes' encoded tables row by row on their key columns (`keyColumns`). Cells are compared as
/// written in the CSV, numbers with a relative tolerance of 1e-9. A row present in one mode only is one difference
/// with column `(row)`. Cost: every contract table in both modes (scores.csv is the largest, ≈ 0.5 M rows per mode);
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
    public static func differences(_ dataset: Dataset, paper: [EncodedTable], correct: [EncodedTable],
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
    public static func table(_ dataset: Dataset) -> CSVTable {
        table(differences(dataset))
    }

    public static func table(_ differences: [ModeDifference]) -> CSVTable {
        CSVTable(name: tableName, header: header, rows: differences.map(row))
    }

    /// Appends the differences of one table pair to `paper_vs_correct.csv` (`output`), one row each.
    public static func compareRows(paper: EncodedTable, correct: EncodedTable, reasons: DifferenceReasons,
                                   into output: inout EncodedTable, parallel: ParallelMap = .serial) {
        let parts = compareConcurrently([TablePair(paper: paper, correct: correct)], reasons: reasons,
                                        parallel: parallel,
                                        makePart: { DifferenceRows() }, add: { $0.append($1) })
        for part in parts { output.append(rowsOf: part.table) }
    }

    /// One row of `paper_vs_correct.csv`.
    static func row(_ difference: ModeDifference) -> [TableCell] {
        [.text(difference.table), .text(difference.keyText), .text(difference.column),
         .text(difference.paper), .text(difference.correct), .text(difference.reason)]
    }

    /// Rows of `paper_vs_correct.csv` with the scratch buffer their keys are assembled in.
    struct DifferenceRows: Sendable {
        var table = EncodedTable(name: "", header: [])
        var keyBuffer: [UInt8] = []

        mutating func append(_ difference: ModeDifference) {
            PaperVsCorrect.append(difference, to: &table, keyBuffer: &keyBuffer)
        }
    }

    /// Appends `row(difference)` to `table` (the same bytes) without the cell array or the joined key String:
    /// the comparison of the full tables writes ~0.2 M of these rows.
    static func append(_ difference: ModeDifference, to table: inout EncodedTable, keyBuffer: inout [UInt8]) {
        keyBuffer.removeAll(keepingCapacity: true)
        for (index, pair) in difference.key.enumerated() {
            if index > 0 { keyBuffer.append(contentsOf: "; ".utf8) }
            keyBuffer.append(contentsOf: pair.column.utf8)
            keyBuffer.append(UInt8(ascii: "="))
            keyBuffer.append(contentsOf: pair.value.utf8)
        }
        table.append(text: difference.table)
        table.append(textBytes: keyBuffer)
        table.append(text: difference.column)
        table.append(text: difference.paper)
        table.append(text: difference.correct)
        table.append(text: difference.reason)
        table.endRow()
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
