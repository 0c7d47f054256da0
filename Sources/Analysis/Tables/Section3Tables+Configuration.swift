/// The Section 3 contract tables of one configuration under a view's own choices (templates, models, uncertainty
/// settings), built by the row functions `tables` uses from analyses the caller may already hold: the rows a pane
/// shows are the rows of the files (issue 15).
extension Section3Tables {
    /// `tau_hf_vs_hftf.csv` and `tau_hf_vs_hftf_summary.csv` of an `hf` configuration from its agreements
    /// (`Dataset.trueFalseAgreement`, any subset of models).
    public static func trueFalse(_ dataset: Dataset, configuration: LogitConfiguration, templates: TemplateSelection,
                                 agreements: [TrueFalseAgreement]) -> (perDisease: TypedTable, summary: TypedTable) {
        var table = emptyTrueFalse(), summary = emptyTrueFalseSummary()
        appendTrueFalse(&table, &summary, dataset, configuration: configuration, templates: templates,
                        agreements: agreements)
        return (table, summary)
    }

    /// `tau_hf_vs_hftf_summary.csv`'s rows alone (the TF vs raw view's model list).
    public static func trueFalseSummary(configuration: LogitConfiguration, templates: TemplateSelection,
                                        agreements: [TrueFalseAgreement]) -> TypedTable {
        var summary = emptyTrueFalseSummary()
        for model in agreements {
            appendTrueFalseSummary(&summary, configuration: configuration, templates: templates, agreement: model)
        }
        return summary
    }

    /// `alignment_pairs.csv`'s rows of the comparisons (`Dataset.alignmentComparisons`), in their order.
    public static func alignmentPairs(comparisons: [AlignmentComparison]) -> TypedTable {
        alignmentPairs(comparisons)
    }

    /// `alignment_flips.csv`'s rows of the comparisons, in their order.
    public static func alignmentFlips(_ dataset: Dataset, comparisons: [AlignmentComparison]) -> TypedTable {
        alignmentFlips(dataset, comparisons)
    }

    /// `tau_real_summary.csv`'s rows of the models' taus vs real (`Dataset.realTaus`) of one configuration under
    /// `templates` and `settings` (the resampling through `parallel`).
    public static func tauRealSummary(_ dataset: Dataset, configuration: LogitConfiguration,
                                      templates: TemplateSelection, realTaus: [ModelRealTaus],
                                      settings: UncertaintySettings, parallel: ParallelMap = .serial) -> TypedTable {
        tauRealSummary(dataset, [(configuration, realTaus)], settings: settings, parallel: parallel,
                       templates: templates)
    }

    /// `language_top_bottom.csv`'s rows of one (group, logit type, context) from `Dataset.languageTopBottom`.
    public static func languageTopBottom(_ dataset: Dataset, configuration: LogitConfiguration,
                                         rows: [LanguageTopBottomRow]) -> TypedTable {
        var table = emptyLanguageTopBottom()
        appendLanguageTopBottom(&table, dataset, configuration: configuration, rows: rows)
        return table
    }
}
