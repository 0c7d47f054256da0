import Foundation  // log10 only

/// Does tau grow with model size? Per family and count quartile (issue 18 item 7): Kendall τ-b between the models'
/// sizes and their mean tau vs counts in the quartile, with its exact permutation p, and the Theil–Sen slope of mean
/// tau per decade of size (log10 parameters) with a percentile-bootstrap interval over the models.
public struct SizeTrend: Sendable, Hashable {
    public let family: String
    public let quartile: Int
    /// Models with a size and a defined mean.
    public let models: Int
    public let tau: Double
    public let pExact: Double
    public let slopePerDecade: Double
    public let slopeInterval: ConfidenceInterval
}

extension TauAnalysis {
    /// The trend of one family (a vocabulary model group such as `pythia`) in one count quartile, over the models
    /// of this analysis; the means are those of `countTauSummary` (same diseases, same reduced rule).
    public func sizeTrend(_ dataset: Dataset, family: String, quartile: Int, settings: UncertaintySettings,
                          nulls: inout TauPermutationNulls) -> SizeTrend {
        var sizes: [Double] = [], means: [Double] = []
        for id in dataset.vocabulary.models.models(inGroup: family) {
            guard let index = models.firstIndex(where: { $0.id == id }),
                  let size = models[index].parametersMillions, size > 0 else { continue }
            let mean = countTaus[index].filter { countQuartiles.quartile(of: $0.disease) == quartile }
                .kept(settings).meanTau.value
            guard mean.isFinite else { continue }
            sizes.append(Foundation.log10(size * 1e6))
            means.append(mean)
        }
        let key = "tau_size_trend|\(configuration.description)|\(templates.description)|\(family)|q\(quartile)"
        return SizeTrend(family: family, quartile: quartile, models: sizes.count, tau: KendallTau.tauB(sizes, means),
                         pExact: nulls.pValue(sizes, means), slopePerDecade: theilSenSlope(sizes, means),
                         slopeInterval: settings.resampling
                            ? theilSenInterval(sizes, means, resamples: settings.resamples,
                                               confidence: settings.confidence,
                                               seed: blockSeed(base: settings.seed, key: key)) : .none)
    }
}
