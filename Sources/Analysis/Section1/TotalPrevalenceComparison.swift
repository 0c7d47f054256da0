/// One of the 20 diseases of the notebook's "1C" comparison (1b-D `rwd20_totals.csv`).
public struct TotalPrevalenceRow: Sendable, Hashable {
    public let disease: DiseaseID
    /// Σ of the 7 real columns (race + gender, missing → 0; mixes units, kept for reproduction).
    public let total: Double
    /// Competition rank by total, descending.
    public let realRank: Int
    public let totalEntityCount: Int?
    /// Competition rank by `total_entity_count` among the 20, descending; nil without a total.
    public let pileRank20: Int?
    /// 0-based position by `total_entity_count` among every disease of the window-250 table.
    public let pilePosition: Int?
}

/// Section 1b-D: total real prevalence against Pile frequency for the 20 diseases of `section1/cross_care_demo.csv`.
public struct TotalPrevalenceComparison: Sendable, Hashable {
    /// In real-rank order (ties by name).
    public let rows: [TotalPrevalenceRow]
    /// The correct statistic: τ-b(total, total_entity_count) over rows with a total.
    public let valueTau: Double
    /// The notebook's statistic: `kendalltau(names by real rank, names by Pile rank)`, i.e. τ-b of the two name
    /// lists' alphabetical ranks (`KendallTau.tauB(strings:_:)`). Meaningless, reproduced for paper mode.
    public let nameListTau: Double
    public let mode: AnalysisMode

    /// The tau the mode reports: `valueTau` in correct mode, `nameListTau` in paper mode.
    public var tau: Double { mode == .paper ? nameListTau : valueTau }

    public init(_ dataset: Dataset, source: PrevalenceSource = .demo20, mode: AnalysisMode) {
        let totals = dataset.documentTotals
        let entries = (dataset.prevalence[source]?.rows ?? []).compactMap { row -> (DiseaseID, Double)? in
            row.disease.map { ($0, row.values.values.reduce(0) { $0 + ($1.value ?? 0) }) }
        }
        let byName = Self.nameOrder(dataset)
        let sorted = entries.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : byName[$0.0, default: 0] < byName[$1.0, default: 0] }
        let entity: (DiseaseID) -> Int? = { $0 < totals.count ? totals[$0] : nil }
        let realRanks = Ranking.competitionRanks(sorted.map(\.1))
        let pileValues = sorted.map { entity($0.0).map(Double.init) ?? .nan }
        let pileRanks = Ranking.competitionRanks(pileValues)
        let positions = Self.pilePositions(dataset)
        rows = sorted.indices.map { index in
            let disease = sorted[index].0
            return TotalPrevalenceRow(disease: disease, total: sorted[index].1, realRank: realRanks[index],
                                      totalEntityCount: entity(disease),
                                      pileRank20: pileValues[index].isNaN ? nil : pileRanks[index],
                                      pilePosition: positions[disease])
        }
        valueTau = KendallTau.tauB(sorted.map(\.1), pileValues)
        let names = dataset.diseases.map(\.name)
        let realNames = sorted.map { names[$0.0] }
        let pileNames = DiseaseTotals.byTotalDescending(dataset, among: sorted.map(\.0)).map { names[$0] }
        nameListTau = realNames.count == pileNames.count ? KendallTau.tauB(strings: realNames, pileNames) : .nan
        self.mode = mode
    }

    static func nameOrder(_ dataset: Dataset) -> [DiseaseID: Int] {
        Dictionary(uniqueKeysWithValues: dataset.vocabulary.diseaseIDsByName.enumerated().map { ($1, $0) })
    }

    /// 0-based positions by total descending among the diseases present in the window-250 tables.
    static func pilePositions(_ dataset: Dataset) -> [DiseaseID: Int] {
        let matrix = CooccurrenceMatrix(dataset, window: .analysis, mode: .correct)
        return Dictionary(uniqueKeysWithValues: matrix.rows.map { ($0.disease, $0.pileRank - 1) })
    }
}
