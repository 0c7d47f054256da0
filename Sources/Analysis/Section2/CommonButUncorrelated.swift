/// A disease that is common in the corpus yet whose scores barely follow its counts.
public struct UncorrelatedDisease: Sendable, Hashable {
    public let disease: DiseaseID
    /// Window-250 total co-occurrence count.
    public let totalCount: Int?
    /// Mean tau vs counts over the models, with how many.
    public let meanTau: CountedMean
    /// Real prevalence per demographic with real data (nil = missing), canonical order of the group.
    public let prevalence: [Double?]
}

/// The "common but non-correlated" list (spec §6).
public struct CommonButUncorrelated: Sendable, Hashable {
    /// The cut-off used: the median of the diseases' mean taus unless given.
    public let cutoff: Double
    public let rows: [UncorrelatedDisease]

    /// Diseases in co-occurrence quartile 4 whose mean tau over the analysis' models is below `cutoff`
    /// (default: median of the mean taus over all analysed diseases), sorted by mean tau ascending.
    public init(_ analysis: TauAnalysis, dataset: Dataset, cutoff: Double? = nil, models: [Int]? = nil) {
        let means = analysis.meanCountTauByDisease(models: models)
        let threshold = cutoff ?? median(means.map(\.value))
        let prevalence = dataset.prevalence[.real]
        let demographics = analysis.configuration.group.demographicsWithRealData
        var rows: [UncorrelatedDisease] = []
        for (k, disease) in analysis.diseases.enumerated()
        where analysis.countQuartiles.quartile(of: disease) == 4 && means[k].value < threshold {
            let row = prevalence?.row(for: disease)
            rows.append(UncorrelatedDisease(
                disease: disease, totalCount: analysis.countQuartiles.totals[disease], meanTau: means[k],
                prevalence: demographics.map { demographic in
                    row?.values[demographic]?.value.flatMap { $0 == 0 ? nil : $0 }
                }))
        }
        self.cutoff = threshold
        self.rows = rows.sorted { $0.meanTau.value < $1.meanTau.value }
    }
}
