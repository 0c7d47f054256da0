/// Section 2c for one configuration: each model's tau against window-250 counts and real prevalence, per disease.
public struct TauAnalysis: Sendable {
    public let configuration: LogitConfiguration
    public let templates: TemplateSelection
    public let mode: AnalysisMode
    public let models: [ModelInfo]
    /// Diseases analysed (`Section2Paper.tauDiseases`), id order.
    public let diseases: [DiseaseID]
    /// `countTaus[m][k]` = tau of `models[m]` vs counts for `diseases[k]`.
    public let countTaus: [[DiseaseTau]]
    /// `realTaus[m][k]`, NaN (n = 0) for diseases without real prevalence.
    public let realTaus: [[DiseaseTau]]
    /// Window-250 co-occurrence quartiles (paper mode: with the notebook's artefact) and n-gram document quartiles.
    public let countQuartiles: DiseaseQuartiles
    public let documentQuartiles: DiseaseQuartiles

    /// Models per task of the caller's parallel map.
    static let modelsPerTask = 32

    /// Computes every tau of the models that have logits in the configuration (or of `models`, in that order).
    public init(_ dataset: Dataset, configuration: LogitConfiguration, templates: TemplateSelection = .original,
                mode: AnalysisMode, models selected: [String]? = nil, queries: Queries = .uncached) {
        let group = configuration.group
        let infos = (selected ?? dataset.models(with: configuration).map(\.id)).compactMap { id in
            dataset.logits(model: id, configuration: configuration) != nil ? dataset.model(id: id) : nil
        }
        let diseases = Section2Paper.tauDiseases(dataset, group: group, mode: mode)
        let counts = dataset.counts(window: .analysis, group: group)
        let prevalence = dataset.prevalence[.real]
        // Models in runs of `modelsPerTask` through the caller's parallel map (1,751 models at 50x: issue 21's new
        // configuration), each run with its own permutation nulls (a cache of exact distributions, so the p-values
        // are those of one serial pass); runs are joined in model order.
        let taus = queries.parallel.runs(infos, of: Self.modelsPerTask) {
            run -> [(counts: [DiseaseTau], real: [DiseaseTau])] in
            var nulls = TauPermutationNulls()
            return run.compactMap { info in
                guard let matrix = dataset.scoreMatrix(model: info.id, configuration: configuration,
                                                       templates: templates, mode: mode, queries: queries)
                else { return nil }
                let countTaus = counts.map {
                    ScoreCorrelation.tauCounts(matrix, counts: $0, diseases: diseases, nulls: &nulls)
                } ?? diseases.map { DiseaseTau(disease: $0, tau: .nan, n: 0) }
                let realTaus = prevalence.map {
                    ScoreCorrelation.tauReal(matrix, prevalence: $0, diseases: diseases, nulls: &nulls)
                } ?? diseases.map { DiseaseTau(disease: $0, tau: .nan, n: 0) }
                return (countTaus, realTaus)
            }
        }
        let countTaus = taus.map(\.counts), realTaus = taus.map(\.real)
        self.configuration = configuration
        self.templates = templates
        self.mode = mode
        self.models = infos
        self.diseases = diseases
        self.countTaus = countTaus
        self.realTaus = realTaus
        self.countQuartiles = DiseaseQuartiles.cooccurrence(dataset, group: group, mode: mode)
        self.documentQuartiles = DiseaseQuartiles.documents(dataset)
    }

    /// Per-model mean tau vs counts over `diseases` (or a subset), with its count.
    public func meanCountTau(model index: Int, diseases subset: [DiseaseID]? = nil) -> CountedMean {
        restrict(countTaus[index], to: subset).meanTau
    }

    /// Per-model mean tau vs real prevalence over the diseases that have it.
    public func meanRealTau(model index: Int) -> CountedMean { realTaus[index].meanTau }

    /// Mean over the models of each disease's tau vs counts (`diseases` order), NaN skipped, counted.
    public func meanCountTauByDisease(models subset: [Int]? = nil) -> [CountedMean] {
        let rows = subset ?? Array(models.indices)
        return diseases.indices.map { k in CountedMean(of: rows.map { countTaus[$0][k].tau }) }
    }

    /// Mean tau vs counts of a model over all diseases (`quartile` nil) or one count quartile, with its interval
    /// (seed key `tauCountsSeedKey`) and reduced count: what `tau_counts_summary.csv` and the panes show.
    public func countTauSummary(model index: Int, quartile: Int?, settings: UncertaintySettings) -> MeanTauSummary {
        let taus = quartile.map { q in countTaus[index].filter { countQuartiles.quartile(of: $0.disease) == q } }
            ?? countTaus[index]
        return taus.summary(settings, seedKey: tauCountsSeedKey(model: models[index].id, quartile: quartile))
    }

    /// Mean tau vs real prevalence of a model with its interval.
    public func realTauSummary(model index: Int, settings: UncertaintySettings) -> MeanTauSummary {
        realTaus[index].summary(settings, seedKey: ModelRealTaus.seedKey(configuration: configuration,
                                                                          templates: templates,
                                                                          model: models[index].id, layout: "all"))
    }

    /// `tau_counts|<configuration>|<templates>|<model>|<quartile or all>`, the block key of `blockSeed`.
    public func tauCountsSeedKey(model: String, quartile: Int?) -> String {
        "tau_counts|\(configuration.description)|\(templates.description)|\(model)|\(quartile.map { "q\($0)" } ?? "all")"
    }

    func restrict(_ taus: [DiseaseTau], to subset: [DiseaseID]?) -> [DiseaseTau] {
        guard let subset else { return taus }
        let keep = Set(subset)
        return taus.filter { keep.contains($0.disease) }
    }
}

/// Which quartiles a size plot groups the diseases by.
public enum QuartileSource: String, CaseIterable, Sendable, Hashable {
    /// Window-250 co-occurrence totals of the group.
    case cooccurrence
    /// n-gram document totals of the disease alone.
    case documents
}

/// One point of the "mean tau by quartile vs model size" plot.
public struct QuartileTauPoint: Sendable, Hashable {
    public let model: String
    public let parametersMillions: Double?
    public let quartile: Int
    public let meanTau: CountedMean

    public init(model: String, parametersMillions: Double?, quartile: Int, meanTau: CountedMean) {
        self.model = model
        self.parametersMillions = parametersMillions
        self.quartile = quartile
        self.meanTau = meanTau
    }
}

extension TauAnalysis {
    /// Mean tau vs counts per (model, quartile) for the models of a named vocabulary group (`pythia`, `mamba`),
    /// over all analysed diseases or only those with real data (paper: 14 without `mi`; correct: 15).
    public func quartileTaus(_ dataset: Dataset, modelGroup: String, source: QuartileSource,
                             realDataOnly: Bool = false) -> [QuartileTauPoint] {
        let quartiles = source == .cooccurrence ? countQuartiles : documentQuartiles
        let subset = realDataOnly ? Section2Paper.realDataDiseases(dataset, among: diseases, mode: mode) : diseases
        let keep = Set(subset)
        var points: [QuartileTauPoint] = []
        for id in dataset.vocabulary.models.models(inGroup: modelGroup) {
            guard let index = models.firstIndex(where: { $0.id == id }) else { continue }
            for quartile in 1...4 {
                let taus = countTaus[index].filter {
                    keep.contains($0.disease) && quartiles.quartile(of: $0.disease) == quartile
                }
                points.append(QuartileTauPoint(model: id, parametersMillions: models[index].parametersMillions,
                                               quartile: quartile, meanTau: taus.meanTau))
            }
        }
        return points
    }
}
