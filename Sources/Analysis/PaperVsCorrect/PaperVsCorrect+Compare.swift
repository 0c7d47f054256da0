extension PaperVsCorrect {
    /// Key columns per contract table (spec/README.md "one row per"); other tables use their text columns.
    public static let keyColumns: [String: [String]] = {
        let configuration = ["group", "logit_type", "context", "language"]
        return [
            "cooccurrence.csv": ["window", "group", "disease", "demographic"],
            "window_agreement.csv": ["group"],
            "disease_totals.csv": ["disease"],
            "prevalence_comparison.csv": ["group", "disease", "demographic"],
            "scores.csv": configuration + ["model", "templates", "disease", "demographic"],
            "top_bottom.csv": configuration + ["model", "templates", "demographic"],
            "top_bottom_by_template.csv": configuration + ["model", "template", "demographic"],
            "template_robustness.csv": configuration + ["model", "disease"],
            "tau_counts.csv": configuration + ["model", "templates", "disease"],
            "tau_real.csv": configuration + ["model", "templates", "disease"],
            "tau_real_summary.csv": configuration + ["model", "templates"],
            "tau_hf_vs_hftf.csv": ["group", "context", "language", "model", "disease"],
            "tau_hf_vs_hftf_summary.csv": ["group", "context", "language", "model"],
            "alignment_pairs.csv": configuration + ["base", "aligned"],
            "alignment_flips.csv": configuration + ["base", "aligned", "disease"],
            "language_change.csv": configuration + ["base", "disease"],
            "language_top_bottom.csv": configuration + ["disease", "demographic"],
        ]
    }()

    /// Tables of uncertainty only (docs/uncertainty.md), and the uncertainty columns of the others: not compared,
    /// so that `paper_vs_correct.csv` lists the statistics' differences as before they were added.
    public static let uncertaintyTables: Set<String> = ["tau_counts_summary.csv", "tau_size_trend.csv",
                                                        "top_stability.csv"]
    public static let uncertaintyColumns: Set<String> = [
        "p_exact", "q_bh", "reduced", "ci_low", "ci_high", "n_reduced", "ci_low_4lang_layout",
        "ci_high_4lang_layout", "n_reduced_4lang_layout", "p_d_tau", "n_d_tau", "p_d_tau_exact"]

    /// The cell differences of one table pair, matched on the key columns.
    static func compare(paper: CSVTable, correct: CSVTable, reasons: DifferenceReasons) -> [ModeDifference] {
        var result: [ModeDifference] = []
        compare(paper: EncodedTable(paper), correct: EncodedTable(correct), reasons: reasons) { result.append($0) }
        return result
    }

    /// The cell differences of one encoded table pair, in correct-mode row order then paper-only rows, handed to
    /// `emit` one at a time (nothing is collected). Cells are compared as written: equal bytes, or both plain
    /// decimal numbers within a relative 1e-9 (`same`). Rows are matched on their key cells' bytes (keys are unique
    /// per table, spec "one row per"): first the paper row after the last match (both modes mostly list the same
    /// rows in the same order), else a key index of the paper rows built on the first miss. O(rows × columns).
    static func compare(paper: EncodedTable, correct: EncodedTable, reasons: DifferenceReasons,
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
            let count = pair.correct.table.rowCount
            guard count >= splitFrom else {  // splitting a small table costs more than it saves
                tasks.append((number, 0..<count, nil))
                continue
            }
            let index = pair.paper.table.rowCount == count ? nil : pair.paper.index()
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
            var matched = [Bool](repeating: false, count: pair.paper.table.rowCount)
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

    /// Equal cells: the same CSV bytes, or two plain decimal numbers within a relative 1e-9.
    static func same(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        if a.elementsEqual(b) { return true }
        guard let x = number(a), let y = number(b) else { return false }
        return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
    }

    /// The value of a cell written as a plain decimal number (`CSVTable.isPlainNumber`), else nil. The bytes are
    /// checked first, so a text cell never becomes a String here.
    static func number(_ bytes: ArraySlice<UInt8>) -> Double? {
        guard CSVTable.isPlainNumber(utf8: bytes) else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// Columns whose first-row cell is neither empty nor a plain number (tables without declared key columns).
    static func textColumns(_ table: EncodedTable) -> [String] {
        guard table.rowCount > 0 else { return table.header }
        let rows = EncodedRows(table, keys: [])
        var fields: [Range<Int>] = []
        rows.fields(0, into: &fields)
        return table.header.indices.filter {
            $0 < fields.count && !fields[$0].isEmpty && number(table.bytes[fields[$0]]) == nil
        }
            .map { table.header[$0] }
    }
}
