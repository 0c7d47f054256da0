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
        let keys = keyColumns[correct.name] ?? textColumns(correct)
        let paperIndex = RowIndex(paper, keys: keys), correctIndex = RowIndex(correct, keys: keys)
        let valueColumns = correct.header.filter { !keys.contains($0) && paper.header.contains($0) }
        var result: [ModeDifference] = []
        for row in correct.rows {
            let key = correctIndex.key(row)
            let pairs = zip(keys, key).map { KeyValue(column: $0, value: $1) }
            guard let other = paperIndex.rows[key] else {
                result.append(ModeDifference(table: correct.name, key: pairs, column: ModeDifference.wholeRow,
                    paper: ModeDifference.absent, correct: "present",
                    reason: reasons.reason(table: correct.name, column: ModeDifference.wholeRow, key: pairs)))
                continue
            }
            for column in valueColumns {
                guard let a = paperIndex.cell(other, column), let b = correctIndex.cell(row, column),
                      !same(a, b) else { continue }
                result.append(ModeDifference(table: correct.name, key: pairs, column: column,
                    paper: CSVTable.encode(a), correct: CSVTable.encode(b),
                    reason: reasons.reason(table: correct.name, column: column, key: pairs)))
            }
        }
        for row in paper.rows where correctIndex.rows[paperIndex.key(row)] == nil {
            let pairs = zip(keys, paperIndex.key(row)).map { KeyValue(column: $0, value: $1) }
            result.append(ModeDifference(table: correct.name, key: pairs, column: ModeDifference.wholeRow,
                paper: "present", correct: ModeDifference.absent,
                reason: reasons.reason(table: correct.name, column: ModeDifference.wholeRow, key: pairs)))
        }
        return result
    }

    /// Equal cells: the same CSV text, or numbers within a relative 1e-9.
    static func same(_ a: TableCell, _ b: TableCell) -> Bool {
        if a == b { return true }
        let number: (TableCell) -> Double? = {
            switch $0 {
            case .integer(let value): return Double(value)
            case .number(let value): return value
            default: return nil
            }
        }
        guard let x = number(a), let y = number(b) else { return false }
        return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
    }

    static func textColumns(_ table: CSVTable) -> [String] {
        guard let first = table.rows.first else { return table.header }
        return table.header.indices.filter { if case .text = first[$0] { return true } else { return false } }
            .map { table.header[$0] }
    }

    /// Rows of a table by their key text.
    struct RowIndex {
        let positions: [Int]
        let columns: [String: Int]
        let rows: [[String]: [TableCell]]

        init(_ table: CSVTable, keys: [String]) {
            let columns = Dictionary(table.header.enumerated().map { ($1, $0) },
                                     uniquingKeysWith: { first, _ in first })
            let positions = keys.compactMap { columns[$0] }
            self.columns = columns
            self.positions = positions
            var rows: [[String]: [TableCell]] = [:]
            for row in table.rows { rows[positions.map { CSVTable.encode(row[$0]) }] = row }
            self.rows = rows
        }

        func key(_ row: [TableCell]) -> [String] { positions.map { CSVTable.encode(row[$0]) } }

        func cell(_ row: [TableCell], _ column: String) -> TableCell? {
            columns[column].flatMap { $0 < row.count ? row[$0] : nil }
        }
    }
}
