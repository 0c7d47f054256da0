/// Kendall tau-b of one disease, with the number of (demographic) pairs it used.
public struct DiseaseTau: Sendable, Hashable {
    public let disease: DiseaseID
    /// NaN when undefined (fewer than two pairs, a constant vector, or no data).
    public let tau: Double
    /// Demographics with both values present.
    public let n: Int

    public init(disease: DiseaseID, tau: Double, n: Int) {
        self.disease = disease
        self.tau = tau
        self.n = n
    }
}

/// Section 2c: tau between a model's scores and co-occurrence counts or real prevalence.
public enum ScoreCorrelation {
    /// `tau_b(score_d, count_d)` paired by demographic over the group's demographics; zero-filled counts included,
    /// demographics without a score dropped pairwise. A disease with no row in the counts file gets NaN, n = 0.
    public static func tauCounts(_ matrix: ScoreMatrix, counts: CooccurrenceTable,
                                 diseases: [DiseaseID]) -> [DiseaseTau] {
        diseases.map { disease in
            guard disease < counts.diseaseCount, counts.diseasePresent[disease], disease < matrix.diseaseCount else {
                return DiseaseTau(disease: disease, tau: .nan, n: 0)
            }
            let scores = matrix.vector(disease: disease)
            let values = counts.vector(disease: disease).map(Double.init)
            return DiseaseTau(disease: disease, tau: KendallTau.tauB(scores, values),
                              n: zip(scores, values).filter { !$0.0.isNaN && !$0.1.isNaN }.count)
        }
    }

    /// `tau_b(score_d, prevalence_d)` over the group's demographics with real data (pacific islander and
    /// non-binary never); a prevalence of 0 or an unparsed cell is missing; pairs with a missing side dropped.
    /// Diseases without a prevalence row get NaN, n = 0.
    public static func tauReal(_ matrix: ScoreMatrix, prevalence: PrevalenceTable,
                               diseases: [DiseaseID]) -> [DiseaseTau] {
        let demographics = matrix.group.demographicsWithRealData
        return diseases.map { disease in
            guard let row = prevalence.row(for: disease), disease < matrix.diseaseCount else {
                return DiseaseTau(disease: disease, tau: .nan, n: 0)
            }
            let real = demographics.map { demographic -> Double in
                guard let value = row.values[demographic]?.value, value != 0 else { return .nan }
                return value
            }
            let scores = demographics.map { matrix.score(disease: disease, demographicIndex: $0.indexInGroup) }
            return DiseaseTau(disease: disease, tau: KendallTau.tauB(scores, real),
                              n: zip(scores, real).filter { !$0.0.isNaN && !$0.1.isNaN }.count)
        }
    }
}

extension Array where Element == DiseaseTau {
    /// Mean tau over the diseases where it is defined, with how many (decision 6).
    public var meanTau: CountedMean { CountedMean(of: map(\.tau)) }
}
