/// Section 1a-D: the disease × (gender + race) table of completed window-250 counts, ranked by Pile frequency.
///
/// Correct mode: every disease present at the window in either group that has a `total_entity_count` (inner join,
/// 92 rows on the full data), columns `male, female, non-binary, white, black, asian, hispanic, indigenous,
/// pacific islander`, rows in `pile_rank` order. Paper mode reproduces the notebook: 7 columns in alphabetical
/// order (no non-binary, no pacific islander) and, instead of a top 25, the 20 diseases of
/// `section1/cross_care_demo.csv` sorted by name. `pileRank` is always the position among all joined diseases.
public struct CooccurrenceMatrix: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public let disease: DiseaseID
        /// Completed counts, aligned with `columns`.
        public let counts: [Int]
        public let totalEntityCount: Int
        /// 1-based position by `total_entity_count` descending among all joined diseases (ties by name).
        public let pileRank: Int
    }

    public let window: Window
    public let columns: [Demographic]
    public let rows: [Row]

    public init(_ dataset: Dataset, window: Window = .analysis, mode: AnalysisMode) {
        let columns = CooccurrenceMatrix.columns(mode: mode)
        let tables = DemographicGroup.allCases.compactMap { dataset.counts(window: window, group: $0) }
        let present = dataset.vocabulary.diseaseIDsByName.filter { disease in
            tables.contains { CompletedCounts.isPresent(disease, in: $0) }
        }
        let ranked = DiseaseTotals.byTotalDescending(dataset, among: present)
        var rows: [Row] = []
        for (position, disease) in ranked.enumerated() {
            guard let total = dataset.documentTotals[disease] else { continue }
            let counts = columns.map { CooccurrenceMatrix.count(dataset, window: window, disease: disease, $0) }
            rows.append(Row(disease: disease, counts: counts, totalEntityCount: total, pileRank: position + 1))
        }
        self.window = window
        self.columns = columns
        self.rows = mode == .paper ? CooccurrenceMatrix.paperRows(rows, dataset: dataset) : rows
    }

    init(window: Window, columns: [Demographic], rows: [Row]) {
        self.window = window
        self.columns = columns
        self.rows = rows
    }

    /// The first `count` rows (the top 25 by Pile frequency in correct mode; paper mode has only 20 rows).
    public func top(_ count: Int) -> CooccurrenceMatrix {
        CooccurrenceMatrix(window: window, columns: columns, rows: Array(rows.prefix(max(0, count))))
    }

    /// The count of a column for a row.
    public func count(_ row: Row, _ demographic: Demographic) -> Int? {
        columns.firstIndex(of: demographic).map { row.counts[$0] }
    }

    static func columns(mode: AnalysisMode) -> [Demographic] {
        let all = DemographicGroup.gender.demographics + DemographicGroup.race.demographics
        guard mode == .paper else { return all }
        return all.filter(\.hasRealPrevalence).sorted {
            $0.label.unicodeScalars.lexicographicallyPrecedes($1.label.unicodeScalars)
        }
    }

    static func count(_ dataset: Dataset, window: Window, disease: DiseaseID, _ demographic: Demographic) -> Int {
        guard let table = dataset.counts(window: window, group: demographic.group),
              disease < table.diseaseCount else { return 0 }
        return table.count(disease: disease, demographicIndex: demographic.indexInGroup)
    }

    /// The rows of the 20 real-world diseases (`section1/cross_care_demo.csv`), in name order.
    static func paperRows(_ rows: [Row], dataset: Dataset) -> [Row] {
        let wanted = Set(dataset.prevalence[.demo20]?.rows.compactMap(\.disease) ?? [])
        let order = dataset.vocabulary.diseaseIDsByName
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return rows.filter { wanted.contains($0.disease) }
            .sorted { (position[$0.disease] ?? 0) < (position[$1.disease] ?? 0) }
    }
}
