/// Kendall tau-b of one disease, with the number of (demographic) pairs it used.
public struct DiseaseTau: Sendable, Hashable {
    public let disease: DiseaseID
    /// NaN when undefined (fewer than two pairs, a constant vector, or no data).
    public let tau: Double
    /// Demographics with both values present.
    public let n: Int
    /// Exact permutation p of |tau| (`TauPermutationNulls`); NaN when tau is NaN or not testable.
    public let pExact: Double
    /// Pairs the statistic compares when nothing is missing (the group's demographics, or those with real data);
    /// 0 when unknown.
    public let groupPairs: Int

    public init(disease: DiseaseID, tau: Double, n: Int, pExact: Double = .nan, groupPairs: Int = 0) {
        self.disease = disease
        self.tau = tau
        self.n = n
        self.pExact = pExact
        self.groupPairs = groupPairs
    }

    /// A defined tau from fewer pairs than its group has (e.g. 2 of 6 races because scores are missing).
    public var isReduced: Bool { tau.isFinite && n < groupPairs }

    /// Tau defined but no exact test possible (every ordering gives the same |tau|, e.g. two values).
    public var isUntestable: Bool { tau.isFinite && pExact.isNaN }
}

/// Section 2c: tau between a model's scores and co-occurrence counts or real prevalence.
public enum ScoreCorrelation {
    /// `tau_b(score_d, count_d)` paired by demographic over the group's demographics; zero-filled counts included,
    /// demographics without a score dropped pairwise. A disease with no row in the counts file gets NaN, n = 0.
    /// `p`: exact p of each tau from `nulls`, which keeps the null distributions it enumerates.
    public static func tauCounts(_ matrix: ScoreMatrix, counts: CooccurrenceTable,
                                 diseases: [DiseaseID]) -> [DiseaseTau] {
        var nulls = TauPermutationNulls()
        return tauCounts(matrix, counts: counts, diseases: diseases, nulls: &nulls)
    }

    public static func tauCounts(_ matrix: ScoreMatrix, counts: CooccurrenceTable, diseases: [DiseaseID],
                                 nulls: inout TauPermutationNulls) -> [DiseaseTau] {
        let width = matrix.group.demographics.count
        precondition(counts.group.demographics.count == width, "counts and scores of one group")
        // Through two scratch buffers, not per-disease arrays: 2 × 93 taus a model, 1,751 models at 50x (issue 21).
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * width) { scratch in
            let scores = UnsafeMutableBufferPointer(rebasing: scratch[0..<width])
            let values = UnsafeMutableBufferPointer(rebasing: scratch[width..<(2 * width)])
            return diseases.map { disease in
                guard disease < counts.diseaseCount, counts.diseasePresent[disease], disease < matrix.diseaseCount else {
                    return DiseaseTau(disease: disease, tau: .nan, n: 0)
                }
                let countRow = counts.vector(disease: disease)
                for index in 0..<width {
                    scores[index] = matrix.score(disease: disease, demographicIndex: index)
                    values[index] = Double(countRow[countRow.startIndex + index])
                }
                return correlated(disease, UnsafeBufferPointer(scores), UnsafeBufferPointer(values),
                                  groupPairs: width, nulls: &nulls)
            }
        }
    }

    /// One disease's tau-b of paired vectors, with n (pairs both hold) and exact p.
    private static func correlated(_ disease: DiseaseID, _ x: UnsafeBufferPointer<Double>,
                                   _ y: UnsafeBufferPointer<Double>, groupPairs: Int,
                                   nulls: inout TauPermutationNulls) -> DiseaseTau {
        var n = 0
        for index in 0..<x.count where !x[index].isNaN && !y[index].isNaN { n += 1 }
        let tau = KendallTau.tauB(x, y)
        return DiseaseTau(disease: disease, tau: tau, n: n, pExact: nulls.pValue(x, y, tau: tau),
                          groupPairs: groupPairs)
    }

    /// `tau_b(score_d, prevalence_d)` over the group's demographics with real data (pacific islander and
    /// non-binary never); a prevalence of 0 or an unparsed cell is missing; pairs with a missing side dropped.
    /// Diseases without a prevalence row get NaN, n = 0.
    public static func tauReal(_ matrix: ScoreMatrix, prevalence: PrevalenceTable,
                               diseases: [DiseaseID]) -> [DiseaseTau] {
        var nulls = TauPermutationNulls()
        return tauReal(matrix, prevalence: prevalence, diseases: diseases, nulls: &nulls)
    }

    public static func tauReal(_ matrix: ScoreMatrix, prevalence: PrevalenceTable, diseases: [DiseaseID],
                               nulls: inout TauPermutationNulls) -> [DiseaseTau] {
        let demographics = matrix.group.demographicsWithRealData, width = demographics.count
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * width) { scratch in
            let scores = UnsafeMutableBufferPointer(rebasing: scratch[0..<width])
            let real = UnsafeMutableBufferPointer(rebasing: scratch[width..<(2 * width)])
            return diseases.map { disease in
                guard let row = prevalence.row(for: disease), disease < matrix.diseaseCount else {
                    return DiseaseTau(disease: disease, tau: .nan, n: 0)
                }
                for (index, demographic) in demographics.enumerated() {
                    let value = row.values[demographic]?.value
                    real[index] = value.map { $0 == 0 ? .nan : $0 } ?? .nan
                    scores[index] = matrix.score(disease: disease, demographicIndex: demographic.indexInGroup)
                }
                return correlated(disease, UnsafeBufferPointer(scores), UnsafeBufferPointer(real),
                                  groupPairs: width, nulls: &nulls)
            }
        }
    }
}

extension Array where Element == DiseaseTau {
    /// Mean tau over the diseases where it is defined, with how many (decision 6).
    public var meanTau: CountedMean { CountedMean(of: map(\.tau)) }

    /// How many defined taus are reduced (fewer pairs than their group has).
    public var reducedCount: Int { filter(\.isReduced).count }

    /// The taus a mean averages: all, or without the reduced ones (`UncertaintySettings.includesReduced`).
    public func kept(_ settings: UncertaintySettings) -> [DiseaseTau] {
        settings.includesReduced ? self : filter { !$0.isReduced }
    }

    /// Mean, n, percentile-bootstrap interval over the diseases (seed `blockSeed(settings.seed, key)`), and how
    /// many reduced taus the mean includes.
    public func summary(_ settings: UncertaintySettings, seedKey: String) -> MeanTauSummary {
        let taus = kept(settings)
        guard settings.resampling else {
            return MeanTauSummary(mean: taus.meanTau, interval: .none, reducedCount: taus.reducedCount)
        }
        return MeanTauSummary(mean: taus.meanTau, interval: percentileBootstrapMean(
            taus.map(\.tau), resamples: settings.resamples, confidence: settings.confidence,
            seed: blockSeed(base: settings.seed, key: seedKey)), reducedCount: taus.reducedCount)
    }

    /// Benjamini–Hochberg q of each tau's p within this block.
    public var qValues: [Double] { benjaminiHochberg(map(\.pExact)) }
}

/// A mean tau with its n, its interval and how many reduced taus it includes.
public struct MeanTauSummary: Sendable, Hashable {
    public let mean: CountedMean
    public let interval: ConfidenceInterval
    public let reducedCount: Int

    public init(mean: CountedMean, interval: ConfidenceInterval, reducedCount: Int) {
        self.mean = mean
        self.interval = interval
        self.reducedCount = reducedCount
    }
}
