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
    /// Sign-flip test of the mean of (aligned − base) tau vs real over the diseases where both have a tau, in this
    /// comparison's mode (`signFlipTest`; n = those diseases).
    public let tauRealTest: SignFlipResult

    /// `d_tau_real` of this comparison's mode.
    public var tauRealDifference: Double { tauRealChange[mode] ?? .nan }
    public var topFlipCount: Int { flips.filter(\.topChanged).count }
    public var bottomFlipCount: Int { flips.filter(\.bottomChanged).count }
    /// Mean base-vs-aligned rank tau over the diseases, with n.
    public var meanRankTau: CountedMean { CountedMean(of: flips.map(\.tau)) }
}

/// Per mode, per model id: the alignment-pair models' taus vs real prevalence.
public typealias AlignmentRealTaus = [AnalysisMode: [String: ModelRealTaus]]

extension Dataset {
    /// Every `vocabulary.models.alignmentPairs` pair whose two models have logits in the configuration.
    /// `realMeans`: the pair models' mean taus vs real in both modes (`alignmentRealMeans`), when the caller already
    /// has them (it compares both modes); computed here otherwise.
    public func alignmentComparisons(configuration: LogitConfiguration, templates: TemplateSelection = .original,
                                     mode: AnalysisMode, realMeans: AlignmentRealTaus? = nil,
                                     settings: UncertaintySettings = .standard,
                                     queries: Queries = .uncached) -> [AlignmentComparison] {
        let means = realMeans ?? alignmentRealMeans(configuration: configuration, templates: templates,
                                                    queries: queries)
        return queries.map(vocabulary.models.alignmentPairs) {
            alignmentComparison($0, configuration: configuration, templates: templates, mode: mode, realMeans: means,
                                settings: settings, queries: queries)
        }.compactMap { $0 }
    }

    /// The taus vs real of every alignment-pair model, in both modes (the pane and the table show both means), the
    /// two modes through the caller's parallel map.
    public func alignmentRealMeans(configuration: LogitConfiguration, templates: TemplateSelection = .original,
                                   queries: Queries = .uncached) -> AlignmentRealTaus {
        let pairs = vocabulary.models.alignmentPairs
        let ids = Array(Set(pairs.flatMap { [$0.base, $0.aligned] })).sorted()
        let variants = AnalysisMode.allCases
        let perVariant = queries.map(variants) { variant in
            Dictionary(realTaus(configuration: configuration, templates: templates, mode: variant, models: ids,
                                queries: queries)
                           .map { ($0.model, $0) }, uniquingKeysWith: { first, _ in first })
        }
        return Dictionary(uniqueKeysWithValues: zip(variants, perVariant))
    }

    /// One pair, nil when either model lacks logits. Diseases: those both files have (paper: of its 89).
    /// `realMeans[mode][model]`: precomputed mean taus vs real (computed here when absent).
    public func alignmentComparison(_ pair: AlignmentPair, configuration: LogitConfiguration,
                                    templates: TemplateSelection = .original, mode: AnalysisMode,
                                    realMeans: AlignmentRealTaus? = nil,
                                    settings: UncertaintySettings = .standard,
                                    queries: Queries = .uncached) -> AlignmentComparison? {
        guard let baseTable = logits(model: pair.base, configuration: configuration),
              let alignedTable = logits(model: pair.aligned, configuration: configuration) else { return nil }
        let base = scores(baseTable, templates: templates, mode: mode, queries: queries)
        let aligned = scores(alignedTable, templates: templates, mode: mode, queries: queries)
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
        var test = SignFlipResult(p: .nan, n: 0, exact: true)
        for variant in AnalysisMode.allCases {
            let taus = realMeans?[variant] ?? Dictionary(
                realTaus(configuration: configuration, templates: templates, mode: variant,
                         models: [pair.base, pair.aligned], queries: queries).map { ($0.model, $0) },
                uniquingKeysWith: { first, _ in first })
            let before = taus[pair.base]?.meanTau ?? none, after = taus[pair.aligned]?.meanTau ?? none
            change[variant] = after.value - before.value
            guard variant == mode else { continue }
            (baseMean, alignedMean) = (before, after)
            test = Dataset.pairedTest(base: taus[pair.base], aligned: taus[pair.aligned], settings: settings,
                                      seedKey: "alignment|\(configuration.description)|\(pair.base)|\(pair.aligned)")
        }
        return AlignmentComparison(pair: pair, configuration: configuration, mode: mode, baseTauReal: baseMean,
                                   alignedTauReal: alignedMean, tauRealChange: change, topCountChange: topChange,
                                   bottomCountChange: bottomChange, flips: flips, tauRealTest: test)
    }

    /// The sign-flip test of aligned − base tau vs real over the diseases where both taus are defined (and kept
    /// by `settings.includesReduced`).
    static func pairedTest(base: ModelRealTaus?, aligned: ModelRealTaus?, settings: UncertaintySettings,
                           seedKey: String) -> SignFlipResult {
        guard let base, let aligned else { return SignFlipResult(p: .nan, n: 0, exact: true) }
        let before = Dictionary(base.taus.kept(settings).map { ($0.disease, $0.tau) }, uniquingKeysWith: { a, _ in a })
        let differences = aligned.taus.kept(settings).compactMap { tau -> Double? in
            guard let other = before[tau.disease], other.isFinite, tau.tau.isFinite else { return nil }
            return tau.tau - other
        }
        return signFlipTest(differences, flips: settings.monteCarloFlips,
                            seed: blockSeed(base: settings.seed, key: seedKey))
    }
}
