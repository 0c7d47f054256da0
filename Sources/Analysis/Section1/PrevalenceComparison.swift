/// One (group, disease, demographic) row of the real-prevalence vs Pile-count comparison (1b-C).
public struct PrevalenceComparisonRow: Sendable, Hashable {
    public let group: DemographicGroup
    public let disease: DiseaseID
    public let demographic: Demographic
    /// Real prevalence per 10,000 as used: nil when missing in correct mode, missing → 0 in paper mode.
    public let realPrevalence: Double?
    /// Completed Pile co-occurrence count at the window.
    public let pileCount: Int
    /// `100 · real_d / Σ real` over the compared demographics; NaN when not compared or Σ = 0.
    public let realSharePct: Double
    /// `100 · count_d / Σ count` over the same demographics; NaN when not compared or Σ = 0.
    public let pileSharePct: Double
    /// Competition ranks (descending) among the compared demographics; nil when not compared.
    public let realRank: Int?
    public let pileRank: Int?

    /// Margin of error in percentage points: `pile_share − real_share` (> 0: the Pile over-represents d).
    public var shareErrorPP: Double { pileSharePct - realSharePct }
    public var absShareErrorPP: Double { abs(shareErrorPP) }
    /// Representation ratio `pile_share ÷ real_share`; NaN when the real share is 0 or undefined.
    public var representationRatio: Double { realSharePct == 0 ? .nan : pileSharePct / realSharePct }
    /// `pile_rank − real_rank`.
    public var rankDifference: Int? { realRank.flatMap { real in pileRank.map { $0 - real } } }
}

/// One (disease, group) summary: orderings, τ-b of real vs Pile values, mean absolute error.
public struct PrevalenceOrderRow: Sendable, Hashable {
    public let disease: DiseaseID
    public let group: DemographicGroup
    public let realOrder: [Demographic]
    public let pileOrder: [Demographic]
    /// Kendall τ-b between the real values and the Pile counts of the compared demographics.
    public let tau: Double
    public let meanAbsErrorPP: CountedMean
}

/// Margin of error of one demographic over all compared diseases (`rwd_margin_by_demographic.csv`).
public struct PrevalenceMargin: Sendable, Hashable {
    public let demographic: Demographic
    public let meanSignedErrorPP: CountedMean
    public let meanAbsErrorPP: CountedMean
    /// `#{disease : pile_rank == real_rank}`.
    public let exactRankMatches: Int
}

/// Section 1b-C: real-world prevalence (`cross_care_demo_real.csv` by default) against window-250 counts.
///
/// Compared demographics: race {white, black, asian, hispanic, indigenous}, gender {male, female} (no real data
/// for pacific islander or non-binary). Paper mode follows the spec literally: a missing real value counts as 0.
/// Correct mode treats a missing value (empty, `Na`, free text, or the `0` placeholder, decision 5) as unknown:
/// that demographic is left out of both sums, so real and Pile shares stay over the same population, and its
/// share, error, ratio and ranks are empty.
public struct PrevalenceComparison: Sendable, Hashable {
    public let rows: [PrevalenceComparisonRow]
    public let orders: [PrevalenceOrderRow]

    public init(_ dataset: Dataset, source: PrevalenceSource = .real, window: Window = .analysis, mode: AnalysisMode) {
        var rows: [PrevalenceComparisonRow] = [], orders: [PrevalenceOrderRow] = []
        let table = dataset.prevalence[source]
        for group in DemographicGroup.allCases.sorted() {
            for prevalence in table?.rows ?? [] {
                guard let disease = prevalence.disease else { continue }
                let counts = WithinDiseaseRank.vector(dataset.counts(window: window, group: group),
                                                      disease: disease, group: group)
                let result = PrevalenceComparison.compare(prevalence, counts: counts, group: group, mode: mode)
                rows += result.rows
                orders.append(result.order)
            }
        }
        self.rows = rows
        self.orders = orders
    }

    /// Margins per compared demographic, gender then race, canonical order.
    public var margins: [PrevalenceMargin] {
        DemographicGroup.allCases.sorted().flatMap(\.demographicsWithRealData).map { demographic in
            let mine = rows.filter { $0.demographic == demographic }
            return PrevalenceMargin(demographic: demographic,
                                    meanSignedErrorPP: CountedMean(of: mine.map(\.shareErrorPP)),
                                    meanAbsErrorPP: CountedMean(of: mine.map(\.absShareErrorPP)),
                                    exactRankMatches: mine.filter { $0.realRank != nil && $0.realRank == $0.pileRank }.count)
        }
    }

    static func realValue(_ value: PrevalenceValue?, mode: AnalysisMode) -> Double? {
        switch mode {
        case .paper: return value?.value ?? 0
        case .correct: return value?.value.flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
        }
    }

    static func compare(_ prevalence: PrevalenceRow, counts: [Int], group: DemographicGroup,
                        mode: AnalysisMode) -> (rows: [PrevalenceComparisonRow], order: PrevalenceOrderRow) {
        let demographics = group.demographicsWithRealData
        let real = demographics.map { realValue(prevalence.values[$0], mode: mode) }
        let pile = demographics.map { Double(counts[$0.indexInGroup]) }
        let compared = demographics.indices.filter { real[$0] != nil }
        let realValues = compared.map { real[$0] ?? 0 }, pileValues = compared.map { pile[$0] }
        let realShares = shares(realValues), pileShares = shares(pileValues)
        let realRanks = Ranking.competitionRanks(realValues), pileRanks = Ranking.competitionRanks(pileValues)
        let disease = prevalence.disease ?? 0
        let rows = demographics.indices.map { index in
            let slot = compared.firstIndex(of: index)
            return PrevalenceComparisonRow(
                group: group, disease: disease, demographic: demographics[index], realPrevalence: real[index],
                pileCount: counts[demographics[index].indexInGroup], realSharePct: slot.map { realShares[$0] } ?? .nan,
                pileSharePct: slot.map { pileShares[$0] } ?? .nan,
                realRank: slot.map { realRanks[$0] }, pileRank: slot.map { pileRanks[$0] })
        }
        let comparedDemographics = compared.map { demographics[$0] }
        let order = PrevalenceOrderRow(
            disease: disease, group: group,
            realOrder: DemographicOrdering.ordered(realValues, of: comparedDemographics, mode: mode),
            pileOrder: DemographicOrdering.ordered(pileValues, of: comparedDemographics, mode: mode),
            tau: KendallTau.tauB(realValues, pileValues),
            meanAbsErrorPP: CountedMean(of: rows.map(\.absShareErrorPP)))
        return (rows, order)
    }

    /// `100 · v_i / Σ v`; NaN everywhere when Σ = 0.
    static func shares(_ values: [Double]) -> [Double] {
        let total = values.reduce(0, +)
        return values.map { total == 0 ? .nan : 100 * $0 / total }
    }
}
