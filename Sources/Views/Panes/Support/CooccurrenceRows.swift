import Analysis

extension Dataset {
    /// `cooccurrence.csv`'s rows at one window (the builder `tables` uses), kept per window and mode: the Counts
    /// and Ranks views' counts and ranks, by disease name and demographic label.
    func cooccurrenceRows(window: Window, mode: AnalysisMode, queries: Queries) -> CooccurrenceRows {
        queries.memo(PaneKey(analysis: .contract(.cooccurrence(window)), configuration: nil, templates: .original,
                             mode: mode, models: nil)) {
            CooccurrenceRows(Section1Tables.cooccurrence(self, windows: [window]))
        }
    }
}

/// `cooccurrence.csv`'s rows of one window, looked up by (group, disease, demographic).
struct CooccurrenceRows: Sendable {
    let table: TypedTable
    let rowOf: [String: Int]

    init(_ table: TypedTable) {
        self.table = table
        var rowOf: [String: Int] = [:]
        for row in 0..<table.rowCount {
            let key = [table.text(row, "group"), table.text(row, "disease"), table.text(row, "demographic")]
            rowOf[key.map { $0 ?? "" }.joined(separator: "\u{1F}")] = row
        }
        self.rowOf = rowOf
    }

    /// The row of a disease's demographic (its group's).
    func row(_ disease: String, _ demographic: Demographic) -> Int? {
        rowOf[[demographic.group.rawValue, disease, demographic.label].joined(separator: "\u{1F}")]
    }

    /// The completed count (0 without a row, as the study completes them).
    func count(_ disease: String, _ demographic: Demographic) -> Int {
        row(disease, demographic).flatMap { table.integer($0, "count") } ?? 0
    }

    /// The within-disease competition rank; nil without a row.
    func rank(_ disease: String, _ demographic: Demographic) -> Int? {
        row(disease, demographic).flatMap { table.integer($0, "rank") }
    }
}
