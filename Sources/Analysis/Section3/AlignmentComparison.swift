/// One disease of an alignment pair: both rankings and how much they differ (spec section3.md §3c drill-down).
public struct AlignmentFlip: Sendable, Hashable {
    public let disease: DiseaseID
    /// All demographics of the group, highest score first (`RankAgreement.ranking`).
    public let baseRanking: [Demographic]
    public let alignedRanking: [Demographic]
    /// `RankAgreement.tau` base vs aligned over all demographics of the group.
    public let tau: Double
    public let topChanged: Bool
    public let bottomChanged: Bool
}

/// Base vs aligned model in one configuration (the pair-diff view, spec section3.md §3c).
public struct AlignmentComparison: Sendable, Hashable {
    public let pair: AlignmentPair
    public let configuration: LogitConfiguration
    public let mode: AnalysisMode
    /// Mean tau vs real prevalence over the real diseases, in this mode and in the other.
    public let baseTauReal: CountedMean
    public let alignedTauReal: CountedMean
    /// `aligned − base` mean tau vs real, per mode (`[.correct: …, .paper: …]`).
    public let tauRealChange: [AnalysisMode: Double]
    /// Per canonical demographic index: aligned − base top (bottom) counts over the pair's diseases.
    public let topCountChange: [Int]
    public let bottomCountChange: [Int]
    public let flips: [AlignmentFlip]

    /// `d_tau_real` of this comparison's mode.
    public var tauRealDifference: Double { tauRealChange[mode] ?? .nan }
    public var topFlipCount: Int { flips.filter(\.topChanged).count }
    public var bottomFlipCount: Int { flips.filter(\.bottomChanged).count }
    /// Mean base-vs-aligned rank tau over the diseases, with n.
    public var meanRankTau: CountedMean { CountedMean(of: flips.map(\.tau)) }
}

extension Dataset {
    /// Every `vocabulary.models.alignmentPairs` pair whose two models have logits in the configuration.
    /// `realMeans`: the pair models' mean taus vs real in both modes (`alignmentRealMeans`), when the caller already
    /// has them (it compares both modes); computed here otherwise.
    public func alignmentComparisons(configuration: LogitConfiguration, templates: TemplateSelection = .original,
                                     mode: AnalysisMode,
                                     realMeans: [AnalysisMode: [String: CountedMean]]? = nil) -> [AlignmentComparison] {
        let means = realMeans ?? alignmentRealMeans(configuration: configuration, templates: templates)
        return AnalysisTables.parallelMap(vocabulary.models.alignmentPairs) {
            alignmentComparison($0, configuration: configuration, templates: templates, mode: mode, realMeans: means)
        }.compactMap { $0 }
    }

    /// The mean tau vs real of every alignment-pair model, in both modes (the pane and the table show both), the
    /// two modes on both cores.
    public func alignmentRealMeans(configuration: LogitConfiguration,
                                   templates: TemplateSelection = .original) -> [AnalysisMode: [String: CountedMean]] {
        let pairs = vocabulary.models.alignmentPairs
        let ids = Array(Set(pairs.flatMap { [$0.base, $0.aligned] })).sorted()
        let variants = AnalysisMode.allCases
        let perVariant = AnalysisTables.parallelMap(variants) { variant in
            Dictionary(realTaus(configuration: configuration, templates: templates, mode: variant, models: ids)
                           .map { ($0.model, $0.meanTau) }, uniquingKeysWith: { first, _ in first })
        }
        return Dictionary(uniqueKeysWithValues: zip(variants, perVariant))
    }

    /// One pair, nil when either model lacks logits. Diseases: those both files have (paper: of its 89).
    /// `realMeans[mode][model]`: precomputed mean taus vs real (computed here when absent).
    public func alignmentComparison(_ pair: AlignmentPair, configuration: LogitConfiguration,
                                    templates: TemplateSelection = .original, mode: AnalysisMode,
                                    realMeans: [AnalysisMode: [String: CountedMean]]? = nil) -> AlignmentComparison? {
        guard let baseTable = logits(model: pair.base, configuration: configuration),
              let alignedTable = logits(model: pair.aligned, configuration: configuration) else { return nil }
        let base = scores(baseTable, templates: templates, mode: mode)
        let aligned = scores(alignedTable, templates: templates, mode: mode)
        let shared = Set(Section3Paper.diseases(self, table: alignedTable, mode: mode))
        let diseases = Section3Paper.diseases(self, table: baseTable, mode: mode).filter(shared.contains)
        let width = configuration.group.demographics.count
        var topChange = [Int](repeating: 0, count: width), bottomChange = topChange
        let flips = diseases.map { disease in
            let before = RankAgreement.extremes(base, disease: disease)
            let after = RankAgreement.extremes(aligned, disease: disease)
            for index in before.top { topChange[index] -= 1 }
            for index in after.top { topChange[index] += 1 }
            for index in before.bottom { bottomChange[index] -= 1 }
            for index in after.bottom { bottomChange[index] += 1 }
            return AlignmentFlip(
                disease: disease, baseRanking: RankAgreement.ranking(base, disease: disease),
                alignedRanking: RankAgreement.ranking(aligned, disease: disease),
                tau: RankAgreement.tau(base, aligned, disease: disease, demographics: configuration.group.demographics,
                                       mode: mode).tau,
                topChanged: before.top != after.top, bottomChanged: before.bottom != after.bottom)
        }
        let none = CountedMean(value: .nan, count: 0)
        var change: [AnalysisMode: Double] = [:], baseMean = none, alignedMean = none
        for variant in AnalysisMode.allCases {
            let means = realMeans?[variant] ?? Dictionary(
                realTaus(configuration: configuration, templates: templates, mode: variant,
                         models: [pair.base, pair.aligned]).map { ($0.model, $0.meanTau) },
                uniquingKeysWith: { first, _ in first })
            let before = means[pair.base] ?? none, after = means[pair.aligned] ?? none
            change[variant] = after.value - before.value
            if variant == mode { (baseMean, alignedMean) = (before, after) }
        }
        return AlignmentComparison(pair: pair, configuration: configuration, mode: mode, baseTauReal: baseMean,
                                   alignedTauReal: alignedMean, tauRealChange: change, topCountChange: topChange,
                                   bottomCountChange: bottomChange, flips: flips)
    }
}
