import Analysis

/// The analyses panes keep in the query cache between frames, with what each depends on beyond the configuration,
/// templates, mode and models of its `PaneKey`. Scroll, cursor and search are not inputs, so moving around a pane
/// redraws from the kept answer; a filter change makes a new key and computes afresh.
enum PaneAnalysis: Hashable, Sendable {
    case cooccurrence(Window)
    case windowVariation(DemographicGroup)
    case tau
    case tauSummaries(UncertaintySettings, quartiles: Bool)
    case tauSizeTrend(UncertaintySettings)
    case robustness
    case topStability(UncertaintySettings)
    case stabilitySummaries(UncertaintySettings)
    case languageTable(bottom: Bool)
    case realTauMeans(languages: [Language], UncertaintySettings)
    case trueFalse
    case alignment(UncertaintySettings)
    case modelRanks(Window)
    case paperVsCorrect
    /// A contract table's rows for the pane's configuration and filters (the builder `tables` uses).
    case contract(ContractTable)
}

/// The contract tables (files `tables` writes) whose rows panes keep, by file, with what their rows depend on beyond
/// the `PaneKey`: what a key of `PaneAnalysis.contract` names.
enum ContractTable: Hashable, Sendable {
    /// `scores.csv` of some diseases
    case scores(diseases: [DiseaseID])
    /// `tau_counts.csv`
    case tauCounts
    /// `top_bottom.csv`
    case topBottom
    /// `tau_hf_vs_hftf_summary.csv`
    case trueFalse
    /// `cooccurrence.csv` at a window, for some groups
    case cooccurrence(Window, groups: [DemographicGroup])
    /// `prevalence_comparison.csv` at a window
    case prevalenceComparison(Window)
    /// `language_top_bottom.csv`
    case languageTopBottom
    /// `language_agreement.csv`
    case languageAgreement
    /// `tau_counts_summary.csv` (its intervals depend on the settings)
    case tauCountsSummary(UncertaintySettings)
    /// `tau_real_summary.csv` (its intervals depend on the settings)
    case tauRealSummary(UncertaintySettings)
}

/// The key of an analysis a pane keeps: the analysis and every input its answer depends on.
struct PaneKey: Hashable, Sendable {
    let analysis: PaneAnalysis
    let configuration: LogitConfiguration?
    let templates: TemplateSelection
    let mode: AnalysisMode?
    let models: [String]?
}

extension PaneKey {
    /// The key of an analysis of `configuration` under the filters' templates and mode (most panes' case).
    init(_ analysis: PaneAnalysis, _ configuration: LogitConfiguration, _ filters: ViewFilters, models: [String]?) {
        self.init(analysis: analysis, configuration: configuration, templates: filters.templates, mode: filters.mode,
                  models: models)
    }
}

/// A pane's analysis as a query, typed by its answer (so two analyses with equal keys but other answer types never
/// meet).
struct PaneQuery<Answer: Sendable>: Query {
    let key: PaneKey

    static var pool: QueryPool { .analyses }
}

extension Queries {
    /// The answer of a pane's analysis for `key`, kept by the cache (computed afresh without one).
    func memo<Answer: Sendable>(_ key: PaneKey, _ compute: () -> Answer) -> Answer {
        answer(PaneQuery<Answer>(key: key), compute: compute)
    }
}

extension TauAnalysis {
    /// `TauAnalysis` of the models, kept per configuration, templates, mode and model list.
    static func memo(_ dataset: Dataset, configuration: LogitConfiguration, templates: TemplateSelection,
                     mode: AnalysisMode, models: [String], queries: Queries) -> TauAnalysis {
        queries.memo(PaneKey(analysis: .tau, configuration: configuration, templates: templates, mode: mode,
                             models: models)) {
            TauAnalysis(dataset, configuration: configuration, templates: templates, mode: mode, models: models,
                        queries: queries)
        }
    }
}

extension TauAnalysis {
    /// A model's mean tau vs counts and vs real with their intervals, and vs counts per quartile (when asked).
    public typealias ModelSummary = (counts: MeanTauSummary, real: MeanTauSummary, byQuartile: [MeanTauSummary])

    /// `summaries(_:settings:quartiles:)` when kept, else nil (nothing computed).
    func keptSummaries(_ queries: Queries, settings: UncertaintySettings, quartiles: Bool = false) -> [ModelSummary]? {
        queries.kept(PaneQuery<[ModelSummary]>(key: summariesKey(settings, quartiles: quartiles)))
    }

    /// The key of `summaries` of the models at `indices` (every model's by default).
    func summariesKey(_ settings: UncertaintySettings, quartiles: Bool, of indices: [Int]? = nil) -> PaneKey {
        PaneKey(analysis: .tauSummaries(settings, quartiles: quartiles), configuration: configuration,
                templates: templates, mode: mode, models: indices.map { $0.map { models[$0].id } } ?? models.map(\.id))
    }

    /// `tau_counts.csv`'s rows of the analysis (the builder `tables` uses), kept like the analysis: the Tau pane's
    /// per-disease rows and the disease drill read the same answer.
    func countRows(_ dataset: Dataset, _ queries: Queries) -> TypedTable {
        queries.memo(PaneKey(analysis: .contract(.tauCounts), configuration: configuration, templates: templates,
                             mode: mode, models: models.map(\.id))) {
            Section2Tables.tauCounts(dataset, analysis: self)
        }
    }

    /// Each model's mean tau vs counts and vs real with intervals (`countTauSummary`, `realTauSummary`: the numbers
    /// of `tau_counts_summary.csv` and of the real means), kept like the analysis; the settings are part of the key.
    /// `indices`: only the models at those positions, in that order (the rows an explorer frame shows), kept under
    /// the key of those models alone: each model's summary is its own, so it equals its row of every model's.
    /// Public for the benchmark, which times what the Tau pane computes.
    public func summaries(_ queries: Queries, settings: UncertaintySettings, quartiles: Bool = false,
                          of indices: [Int]? = nil) -> [ModelSummary] {
        queries.memo(summariesKey(settings, quartiles: quartiles, of: indices)) {
            queries.map(indices ?? Array(models.indices)) { index in
                (countTauSummary(model: index, quartile: nil, settings: settings),
                 realTauSummary(model: index, settings: settings),
                 quartiles ? (1...4).map { countTauSummary(model: index, quartile: $0, settings: settings) } : [])
            }
        }
    }
}
