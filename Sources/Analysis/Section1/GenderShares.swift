/// Section 1a-F: one disease's gender counts and shares at one window (`gender_shares_w250.csv`).
public struct GenderShare: Sendable, Hashable {
    public let disease: DiseaseID
    /// male, female, non-binary completed counts.
    public let counts: [Int]
    /// `round(100 · count_d / Σ count, 2)` (half to even); NaN when Σ = 0.
    public let sharePct: [Double]
    /// Ranking, count descending, mode tie rule.
    public let order: [Demographic]
    public let totalEntityCount: Int?

    /// Rows for the diseases present in the gender table of the window, in name order.
    public static func all(_ dataset: Dataset, window: Window = .analysis, mode: AnalysisMode) -> [GenderShare] {
        guard let table = dataset.counts(window: window, group: .gender) else { return [] }
        return dataset.vocabulary.diseaseIDsByName.filter { CompletedCounts.isPresent($0, in: table) }.map { disease in
            let counts = Array(table.vector(disease: disease))
            let total = saturatingSum(counts)
            let shares = counts.map { total == 0 ? Double.nan : roundedHalfEven(100 * Double($0) / Double(total)) }
            let totals = dataset.documentTotals
            return GenderShare(disease: disease, counts: counts, sharePct: shares,
                               order: DemographicOrdering.ordered(counts: counts, of: DemographicGroup.gender.demographics, mode: mode),
                               totalEntityCount: disease < totals.count ? totals[disease] : nil)
        }
    }

    /// Two decimals, ties to even (Python's `round(x, 2)` when no exact half occurs, as in the study's data).
    static func roundedHalfEven(_ value: Double) -> Double {
        (value * 100).rounded(.toNearestOrEven) / 100
    }
}

/// How many diseases put a demographic first, second-last and last in their ranking (1a-F
/// `top_demographic_counts_w250.csv`).
public struct PositionCount: Sendable, Hashable {
    public let group: DemographicGroup
    public let demographic: Demographic
    public let first: Int
    public let secondLast: Int
    public let last: Int
    /// Diseases counted (present at the window in the group).
    public let diseaseCount: Int

    /// One entry per demographic of the group, canonical order; rankings by count descending with the mode's
    /// tie rule over the diseases present in the group's table at the window.
    public static func all(_ dataset: Dataset, group: DemographicGroup, window: Window = .analysis,
                           mode: AnalysisMode) -> [PositionCount] {
        guard let table = dataset.counts(window: window, group: group) else { return [] }
        let demographics = group.demographics
        let rankings = dataset.vocabulary.diseaseIDsByName.filter { CompletedCounts.isPresent($0, in: table) }.map {
            DemographicOrdering.ordered(counts: Array(table.vector(disease: $0)), of: demographics, mode: mode)
        }
        return demographics.map { demographic in
            PositionCount(group: group, demographic: demographic,
                          first: rankings.filter { $0.first == demographic }.count,
                          secondLast: rankings.filter { $0.count >= 2 && $0[$0.count - 2] == demographic }.count,
                          last: rankings.filter { $0.last == demographic }.count,
                          diseaseCount: rankings.count)
        }
    }
}
