import Analysis

/// The key of an analysis a pane keeps in `Dataset.derived` between frames: the analysis and every input its value
/// depends on. Scroll, cursor and search are not inputs, so moving around a pane redraws from the kept value; a
/// filter change makes a new key and computes afresh.
struct PaneMemoKey: Hashable, Sendable {
    let analysis: String
    let configuration: LogitConfiguration?
    let templates: TemplateSelection
    let mode: AnalysisMode?
    let models: [String]?
    var detail = ""
}

extension PaneMemoKey {
    /// The key of an analysis of `configuration` under the filters' templates and mode (most panes' case).
    init(_ analysis: String, _ configuration: LogitConfiguration, _ filters: ViewFilters, models: [String]?,
         detail: String = "") {
        self.init(analysis: analysis, configuration: configuration, templates: filters.templates, mode: filters.mode,
                  models: models, detail: detail)
    }
}

extension Dataset {
    /// The value of an analysis for `key`, computed once per data set and key (see `DerivedCache`).
    func memo<Value: Sendable>(_ key: PaneMemoKey, _ compute: () -> Value) -> Value {
        derived.value(key, compute: compute)
    }
}

extension TauAnalysis {
    /// `TauAnalysis` of the models, kept per configuration, templates, mode and model list.
    static func memo(_ dataset: Dataset, configuration: LogitConfiguration, templates: TemplateSelection,
                     mode: AnalysisMode, models: [String]) -> TauAnalysis {
        dataset.memo(PaneMemoKey(analysis: "tau", configuration: configuration, templates: templates, mode: mode,
                                 models: models)) {
            TauAnalysis(dataset, configuration: configuration, templates: templates, mode: mode, models: models)
        }
    }
}

extension TauAnalysis {
    /// Each model's mean tau vs counts and vs real with intervals (`countTauSummary`, `realTauSummary`: the numbers
    /// of `tau_counts_summary.csv` and of the real means), kept like the analysis; the settings are part of the key.
    func summaries(_ dataset: Dataset, settings: UncertaintySettings,
                   quartiles: Bool = false) -> [(counts: MeanTauSummary, real: MeanTauSummary, byQuartile: [MeanTauSummary])] {
        dataset.memo(PaneMemoKey(analysis: "tauSummaries", configuration: configuration, templates: templates,
                                 mode: mode, models: models.map(\.id),
                                 detail: "\(settings) \(quartiles)")) {
            AnalysisTables.parallelMap(Array(models.indices)) { index in
                (countTauSummary(model: index, quartile: nil, settings: settings),
                 realTauSummary(model: index, settings: settings),
                 quartiles ? (1...4).map { countTauSummary(model: index, quartile: $0, settings: settings) } : [])
            }
        }
    }
}
