/// The Section 2 contract tables of one configuration under a view's own choices (templates, models), built by the
/// row functions `tables` uses, from analyses the caller may already hold: the rows a pane shows are the rows of
/// the files (issue 15: a pane chooses columns, it never recomputes them).
extension Section2Tables {
    /// `scores.csv`'s rows of `configuration` under `templates`, for `models` (nil: every model, dataset order) and
    /// `diseases` (nil: every disease the model has; rows in name order either way); the score matrices through
    /// `queries` (`Dataset.scores`: kept when it has a cache).
    public static func scores(_ dataset: Dataset, configuration: LogitConfiguration, templates: TemplateSelection,
                              mode: AnalysisMode, models: [String]? = nil, diseases: [DiseaseID]? = nil,
                              queries: Queries = .uncached) -> TypedTable {
        var table = emptyScores()
        appendScores(&table, dataset, configuration: configuration, templates: templates, mode: mode,
                     models: models, diseases: diseases.map(Set.init), queries: queries)
        return table
    }

    /// `top_bottom.csv`'s rows of `configuration` under each template selection, for `models` (nil: every model).
    public static func topBottom(_ dataset: Dataset, configuration: LogitConfiguration,
                                 templates: [TemplateSelection], mode: AnalysisMode,
                                 models: [String]? = nil) -> TypedTable {
        var table = emptyTopBottom()
        appendTopBottom(&table, dataset, configuration: configuration, templates: templates, mode: mode,
                        models: models)
        return table
    }

    /// `top_bottom_by_template.csv`'s rows of `configuration` for `models` (nil: every model).
    public static func topBottomByTemplate(_ dataset: Dataset, configuration: LogitConfiguration,
                                           mode: AnalysisMode, models: [String]? = nil) -> TypedTable {
        var table = emptyTopBottomByTemplate()
        appendTopBottomByTemplate(&table, dataset, configuration: configuration, mode: mode, models: models)
        return table
    }

    /// `template_robustness.csv`'s rows of the models' robustness (`Dataset.robustness`) under `templates`, rows
    /// in the results' order.
    public static func templateRobustness(_ dataset: Dataset, configuration: LogitConfiguration,
                                          templates: TemplateSelection, results: [ModelRobustness]) -> TypedTable {
        var table = emptyTemplateRobustness()
        appendTemplateRobustness(&table, dataset, configuration: configuration, templates: templates,
                                 results: results)
        return table
    }

    /// `tau_counts.csv`'s rows of a tau analysis (its models, configuration and templates).
    public static func tauCounts(_ dataset: Dataset, analysis: TauAnalysis) -> TypedTable {
        var table = emptyTauCounts()
        appendTauCounts(&table, dataset, analysis)
        return table
    }

    /// `tau_counts_summary.csv`'s rows of a tau analysis from its per-model summaries: `summaries[m]` pairs a count
    /// quartile (nil = every disease) with `analysis.countTauSummary(model: m, quartile:settings:)`.
    public static func tauCountsSummary(analysis: TauAnalysis,
                                        summaries: [[(quartile: Int?, summary: MeanTauSummary)]]) -> TypedTable {
        var table = emptyTauCountsSummary()
        appendTauCountsSummary(&table, analysis, summaries.map { $0.map { ($0.quartile, $0.summary) } })
        return table
    }

    /// `tau_size_trend.csv`'s rows of a tau analysis's size trends (`TauAnalysis.sizeTrend`).
    public static func tauSizeTrend(analysis: TauAnalysis, trends: [SizeTrend]) -> TypedTable {
        var table = emptyTauSizeTrend()
        appendTauSizeTrend(&table, analysis, trends)
        return table
    }

    /// `top_stability.csv`'s rows of one model under `templates` from its `TopStability.model` rows.
    public static func topStability(_ dataset: Dataset, configuration: LogitConfiguration, model: String,
                                    templates: TemplateSelection, settings: UncertaintySettings,
                                    rows: [TopStability]) -> TypedTable {
        var table = emptyTopStability()
        appendTopStability(&table, dataset, configuration: configuration, model: model, templates: templates,
                           settings: settings, rows: rows)
        return table
    }
}
