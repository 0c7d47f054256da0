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
        let keys = keyColumns[correct.name] ?? textColumns(correct)
        let paperRows = EncodedRows(paper, keys: keys), correctRows = EncodedRows(correct, keys: keys)
        var paperIndex: [String: Int]?
        let valueColumns = correct.header.filter { !keys.contains($0) && paper.header.contains($0) }
        let sameLayout = paper.header == correct.header
        var matched = [Bool](repeating: false, count: paper.rowCount)
        var correctFields: [Range<Int>] = [], paperFields: [Range<Int>] = []
        var next = 0
        for row in 0..<correct.rowCount {
            if sameLayout, next < paper.rowCount, paperRows.sameBytes(row: next, as: correctRows, row: row) {
                matched[next] = true
                next += 1
                continue
            }
            correctRows.fields(row, into: &correctFields)
            var found: Int?
            if next < paper.rowCount {
                paperRows.fields(next, into: &paperFields)
                if paperRows.sameKey(paperFields, as: correctRows, correctFields) { found = next }
            }
            if found == nil {
                if paperIndex == nil { paperIndex = paperRows.index() }
                found = paperIndex?[correctRows.key(correctFields)]
                if let other = found { paperRows.fields(other, into: &paperFields) }
            }
            guard let other = found else {
                let pairs = correctRows.keyValues(correctFields, names: keys)
                emit(ModeDifference(table: correct.name, key: pairs, column: ModeDifference.wholeRow,
                    paper: ModeDifference.absent, correct: "present",
                    reason: reasons.reason(table: correct.name, column: ModeDifference.wholeRow, key: pairs)))
                continue
            }
            matched[other] = true
            next = other + 1
            var pairs: [KeyValue]?
            for column in valueColumns {
                guard let a = paperRows.cell(paperFields, column), let b = correctRows.cell(correctFields, column),
                      !same(paper.bytes[a], correct.bytes[b]) else { continue }
                let keyPairs = pairs ?? correctRows.keyValues(correctFields, names: keys)
                pairs = keyPairs
                emit(ModeDifference(table: correct.name, key: keyPairs, column: column,
                    paper: paperRows.text(a), correct: correctRows.text(b),
                    reason: reasons.reason(table: correct.name, column: column, key: keyPairs)))
            }
        }
        for row in 0..<paper.rowCount where !matched[row] {
            paperRows.fields(row, into: &paperFields)
            let pairs = paperRows.keyValues(paperFields, names: keys)
            emit(ModeDifference(table: correct.name, key: pairs, column: ModeDifference.wholeRow,
                paper: "present", correct: ModeDifference.absent,
                reason: reasons.reason(table: correct.name, column: ModeDifference.wholeRow, key: pairs)))
        }
    }

    /// Equal cells: the same CSV bytes, or two plain decimal numbers within a relative 1e-9.
    static func same(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        if a.elementsEqual(b) { return true }
        guard let x = number(a), let y = number(b) else { return false }
        return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
    }

    /// The value of a cell written as a plain decimal number (`CSVTable.isPlainNumber`), else nil.
    static func number(_ bytes: ArraySlice<UInt8>) -> Double? {
        guard let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: ".") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else {
            return nil
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return CSVTable.isPlainNumber(text) ? Double(text) : nil
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
