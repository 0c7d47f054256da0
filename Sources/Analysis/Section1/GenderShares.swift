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

    /// One entry per demographic of the group, canonical order, over the diseases present in the group's table at
    /// the window; rankings by count descending. Correct mode: a demographic counts at a position when its tie
    /// block covers it (with k counts above it and m equal to it, including itself, it holds positions k+1…k+m),
    /// so tied demographics are all credited (README decision 9). Paper mode: the alphabetically tie-broken list.
    public static func all(_ dataset: Dataset, group: DemographicGroup, window: Window = .analysis,
                           mode: AnalysisMode) -> [PositionCount] {
        guard let table = dataset.counts(window: window, group: group) else { return [] }
        let demographics = group.demographics
        let diseases = dataset.vocabulary.diseaseIDsByName.filter { CompletedCounts.isPresent($0, in: table) }
        if mode == .correct {
            return tieCredited(diseases.map { Array(table.vector(disease: $0)) }, group: group)
        }
        let rankings = diseases.map {
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

extension PositionCount {
    /// Correct-mode counts: demographic d of a disease with counts v holds positions k+1…k+m (k = #{v > v_d},
    /// m = #{v = v_d}); it counts as first, second-last or last when that block covers position 1, n−1 or n.
    static func tieCredited(_ vectors: [[Int]], group: DemographicGroup) -> [PositionCount] {
        group.demographics.enumerated().map { index, demographic in
            var first = 0, secondLast = 0, last = 0
            for counts in vectors where index < counts.count {
                let value = counts[index], n = counts.count
                let above = counts.filter { $0 > value }.count, equal = counts.filter { $0 == value }.count
                let covers = { (position: Int) in above + 1 <= position && position <= above + equal }
                if covers(1) { first += 1 }
                if n >= 2 && covers(n - 1) { secondLast += 1 }
                if covers(n) { last += 1 }
            }
            return PositionCount(group: group, demographic: demographic, first: first, secondLast: secondLast,
                                 last: last, diseaseCount: vectors.count)
        }
    }
}
