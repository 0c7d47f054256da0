extension PaperVsCorrect {
    /// Tables of uncertainty only (docs/uncertainty.md), and the uncertainty columns of the others: not compared,
    /// so that `paper_vs_correct.csv` lists the statistics' differences as before they were added.
    public static let uncertaintyTables: Set<String> = ["tau_counts_summary.csv", "tau_size_trend.csv",
                                                        "top_stability.csv"]
    public static let uncertaintyColumns: Set<String> = [
        "p_exact", "q_bh", "reduced", "ci_low", "ci_high", "n_reduced", "ci_low_4lang_layout",
        "ci_high_4lang_layout", "n_reduced_4lang_layout", "p_d_tau", "n_d_tau", "p_d_tau_exact"]

    /// The cell differences of one table pair, matched on the key columns.
    static func compare(paper: TypedTable, correct: TypedTable, reasons: DifferenceReasons) -> [ModeDifference] {
        var result: [ModeDifference] = []
        compare(paper: paper, correct: correct, reasons: reasons) { result.append($0) }
        return result
    }

    /// The cell differences of one table pair, in correct-mode row order then paper-only rows, handed to `emit` one
    /// at a time (nothing is collected). Rows are joined on the table's key columns (keys are unique per table,
    /// spec "one row per"): first the paper row after the last match (both modes mostly list the same rows in the
    /// same order), else a key index of the paper rows built on the first miss. Values are compared typed, with the
    /// tolerance of `same`. O(rows × columns).
    static func compare(paper: TypedTable, correct: TypedTable, reasons: DifferenceReasons,
                        emit: (ModeDifference) -> Void) {
        let pair = TablePair(paper: paper, correct: correct)
        let matched = pair.compareCorrectRows(0..<correct.rowCount, reasons: reasons, emit: emit)
        pair.paperOnlyRows(matched: matched, reasons: reasons, emit: emit)
    }

    /// Compares table pairs through `parallel` (both cores in `tables`): each pair's correct-mode rows as one task,
    /// or as two halves from `splitFrom` rows on (rows are matched on their keys, so a half finds its paper rows
    /// wherever they are; when the row sets differ, the paper rows are indexed once for both halves). Each task
    /// collects its differences into a `Part` with `add`. The parts come back per pair in order: its tasks' parts in
    /// row order, then a part with its paper-only rows, so that taken in turn they list what `compare` of each pair
    /// lists.
    static func compareConcurrently<Part: Sendable>(
        _ pairs: [TablePair], reasons: DifferenceReasons, splitFrom: Int = 2_000, parallel: ParallelMap,
        makePart: @Sendable () -> Part, add: @Sendable (inout Part, ModeDifference) -> Void) -> [Part] {
        var tasks: [(pair: Int, rows: Range<Int>, index: KeyIndex?)] = []
        for (number, pair) in pairs.enumerated() {
            let count = pair.correct.rowCount
            guard count >= splitFrom else {  // splitting a small table costs more than it saves
                tasks.append((number, 0..<count, nil))
                continue
            }
            let index = pair.paper.rowCount == count ? nil : pair.paperIndex()
            tasks += [(number, 0..<count / 2, index), (number, count / 2..<count, index)]
        }
        let done = parallel(tasks) { task in
            var part = makePart()
            let matched = pairs[task.pair].compareCorrectRows(task.rows, reasons: reasons,
                                                              prebuiltIndex: task.index) { add(&part, $0) }
            return (part, matched)
        }
        var parts: [Part] = []
        var position = 0
        for (number, pair) in pairs.enumerated() {
            var matched = [Bool](repeating: false, count: pair.paper.rowCount)
            while position < tasks.count, tasks[position].pair == number {
                parts.append(done[position].0)
                for row in done[position].1.indices where done[position].1[row] { matched[row] = true }
                position += 1
            }
            var paperOnly = makePart()
            pair.paperOnlyRows(matched: matched, reasons: reasons) { add(&paperOnly, $0) }
            parts.append(paperOnly)
        }
        return parts
    }

    /// Relative tolerance of the comparison of two numbers (`same`).
    public static let tolerance = 1e-9

    /// Equal cells (row `a` of `paper`, row `b` of `correct`): both missing; two numbers `x`, `y` (integers as
    /// doubles) with |x − y| ≤ 1e-9 · max(1, |x|, |y|); equal texts, or two texts that are both plain decimal
    /// numbers within that tolerance. A number and a text are equal when the text is the number as written.
    static func same(_ paper: ColumnStorage, _ a: Int, _ correct: ColumnStorage, _ b: Int) -> Bool {
        if paper.equals(row: a, correct, row: b) { return true }
        if let x = paper.number(a), let y = correct.number(b) { return within(x, y) }
        guard let x = plainNumber(paper, a), let y = plainNumber(correct, b) else { return false }
        return within(x, y)
    }

    static func within(_ x: Double, _ y: Double) -> Bool {
        abs(x - y) <= tolerance * max(1, abs(x), abs(y))
    }

    /// The value of a cell that is a number, or a text written as a plain decimal number; else nil.
    static func plainNumber(_ column: ColumnStorage, _ row: Int) -> Double? {
        if let number = column.number(row) { return number }
        guard let text = column.text(row), CSVEncoder.isPlainNumber(text) else { return nil }
        return Double(text)
    }
}
