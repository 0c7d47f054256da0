import Analysis

extension Dataset {
    /// `cooccurrence.csv`'s rows at one window (the builder `tables` uses), kept per window and mode: the Counts
    /// and Ranks views' counts and ranks, by disease name and demographic label.
    /// `groups`: both (Counts) or the one shown (Ranks).
    func cooccurrenceRows(window: Window, groups: [DemographicGroup] = DemographicGroup.allCases.sorted(),
                          mode: AnalysisMode, queries: Queries) -> CooccurrenceRows {
        queries.memo(PaneKey(analysis: .contract(.cooccurrence(window, groups: groups)), configuration: nil,
                             templates: .original, mode: mode, models: nil)) {
            CooccurrenceRows(Section1Tables.cooccurrence(self, windows: [window], groups: groups))
        }
    }
}

/// `cooccurrence.csv`'s rows of one window, looked up by disease name and demographic: the count and rank cells,
/// read once per kept table (a redraw looks each up by one hash).
struct CooccurrenceRows: Sendable {
    let table: TypedTable
    /// Per disease name, per `Demographic.rawValue`: the row's count and rank (nil without a row).
    let cells: [String: [(count: Int, rank: Int?)?]]

    init(_ table: TypedTable) {
        self.table = table
        var cells: [String: [(count: Int, rank: Int?)?]] = [:]
        let disease = table.columnIndex("disease"), demographic = table.columnIndex("demographic")
        let count = table.columnIndex("count"), rank = table.columnIndex("rank")
        // The table writes canonical labels: one lookup each, not the data's alias rules.
        let byLabel = Dictionary(Demographic.allCases.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
        for row in 0..<table.rowCount {
            guard let name = disease.flatMap({ table.text(row: row, column: $0) }),
                  let label = demographic.flatMap({ table.text(row: row, column: $0) }),
                  let value = byLabel[label] else { continue }
            let number = count.flatMap { table.number(row: row, column: $0) }.map { Int($0) } ?? 0
            let position = rank.flatMap { table.number(row: row, column: $0) }.map { Int($0) }
            cells[name, default: Array(repeating: nil, count: Demographic.allCases.count)][value.rawValue] =
                (number, position)
        }
        self.cells = cells
    }

    /// The completed count (0 without a row, as the study completes them).
    func count(_ disease: String, _ demographic: Demographic) -> Int {
        cells[disease]?[demographic.rawValue]?.count ?? 0
    }

    /// The within-disease competition rank; nil without a row.
    func rank(_ disease: String, _ demographic: Demographic) -> Int? {
        cells[disease]?[demographic.rawValue]?.rank ?? nil
    }
}
