/// Section 3 tables of the contract (spec/README.md): `tau_real.csv`, `tau_hf_vs_hftf.csv`, `alignment_pairs.csv`,
/// `alignment_flips.csv`, `language_change.csv`, the extras `language_top_bottom.csv` (3b nested table, tidy) and
/// `tau_hf_vs_hftf_summary.csv` (per-model mean tau and same-top count) and `tau_real_summary.csv` (per-model mean
/// tau vs real, also over the paper's 14-disease 4-language layout). Every configuration the data has; templates 0–9.
/// `paper_vs_correct.csv` compares both modes' tables and is added by `AnalysisTables.all`.
public enum Section3Tables {
    /// The Section 3 tables of one mode.
    public static func tables(_ dataset: Dataset, mode: AnalysisMode, settings: UncertaintySettings = .standard,
                              parallel: ParallelMap = .serial) -> [TypedTable] {
        let configurations = dataset.logitConfigurations
        return perConfiguration(dataset, mode: mode, settings: settings, parallel: parallel)
            + [languageTopBottom(dataset, configurations: configurations, mode: mode)]
            + trueFalse(dataset, configurations: configurations, mode: mode, parallel: parallel)
    }

    /// The tables whose rows are those of each of the dataset's configurations in turn, each from that
    /// configuration's logits alone: `tau_real.csv`, its summary, `alignment_pairs.csv`, `alignment_flips.csv`,
    /// `language_change.csv` (the streamed `tables` computes them chunk by chunk).
    static func perConfiguration(_ dataset: Dataset, mode: AnalysisMode, settings: UncertaintySettings,
                                 parallel: ParallelMap) -> [TypedTable] {
        let configurations = dataset.logitConfigurations
        let comparisons = configurations.flatMap {
            dataset.alignmentComparisons(configuration: $0, templates: templates, mode: mode, settings: settings,
                                         queries: Queries(parallel: parallel))
        }
        let realTaus = configurations.map {
            ($0, dataset.realTaus(configuration: $0, templates: templates, mode: mode))
        }
        return [tauReal(dataset, realTaus), tauRealSummary(dataset, realTaus, settings: settings, parallel: parallel),
                alignmentPairs(comparisons), alignmentFlips(dataset, comparisons),
                languageChange(dataset, configurations: configurations, mode: mode)]
    }

    static let templates = TemplateSelection.original

    /// The Section 3 contract tables of one configuration that the paper-vs-correct pane compares (`tau_real.csv`,
    /// `alignment_pairs.csv`, `alignment_flips.csv` and, for `hf`, `tau_hf_vs_hftf.csv`): the builders of `tables`,
    /// so rows and values are those of the files. `realMeans`: the alignment models' mean taus vs real, when the
    /// caller computed them once for both modes.
    public static func configurationTables(_ dataset: Dataset, configuration: LogitConfiguration,
                                           templates: TemplateSelection, mode: AnalysisMode,
                                           realMeans: AlignmentRealTaus? = nil) -> [TypedTable] {
        let comparisons = dataset.alignmentComparisons(configuration: configuration, templates: templates, mode: mode,
                                                       realMeans: realMeans)
        let realTaus = [(configuration, dataset.realTaus(configuration: configuration, templates: templates, mode: mode))]
        let trueFalseTables = configuration.logitType == .hf
            ? [trueFalse(dataset, configurations: [configuration], mode: mode, templates: templates)[0]] : []
        return [tauReal(dataset, realTaus, templates: templates), alignmentPairs(comparisons),
                alignmentFlips(dataset, comparisons)] + trueFalseTables
    }
    static let configurationHeader = Section2Tables.configurationHeader

    static func keyCells(_ configuration: LogitConfiguration) -> [TableCell] {
        Section2Tables.keyCells(configuration)
    }

    static func flag(_ value: Bool) -> TableCell { .integer(value ? 1 : 0) }

    /// One row per (configuration, model, real disease); `in_4lang_layout` = 0 for `mi` (the paper's 4-language
    /// table lost it). `p_exact`, `q_bh` (within the model's block) and `reduced` as in `tau_counts.csv`; paper
    /// mode tests the tau the paper computed (over the two lists of names).
    static func tauReal(_ dataset: Dataset, _ realTaus: [(LogitConfiguration, [ModelRealTaus])],
                        templates: TemplateSelection = Section3Tables.templates) -> TypedTable {
        var table = TypedTable(dictionary: "tau_real.csv", header: configurationHeader + [
            "model", "templates", "disease", "tau", "n", "in_4lang_layout", "p_exact", "q_bh", "reduced"])
        let fourLanguage = Set(Section3Paper.fourLanguageDiseases(dataset))
        for (configuration, models) in realTaus {
            for model in models {
                let q = model.taus.qValues
                for (tau, q) in zip(model.taus, q) {
                    table.append(keyCells(configuration) + [.text(model.model), .text(templates.description),
                        .text(dataset.diseases[tau.disease].name), .value(tau.tau), .integer(tau.n),
                        flag(fourLanguage.contains(tau.disease)), .value(tau.pExact), .value(q),
                        flag(tau.isReduced)])
                }
            }
        }
        return table
    }

    /// `tau_real_summary.csv`: one row per (configuration, model): mean tau vs real over the 15 real diseases and
    /// over the paper's 4-language layout (14, without `mi`), each with n, then each one's percentile-bootstrap
    /// interval and how many reduced taus it includes (docs/uncertainty.md).
    static func tauRealSummary(_ dataset: Dataset, _ realTaus: [(LogitConfiguration, [ModelRealTaus])],
                               settings: UncertaintySettings = .standard, parallel: ParallelMap = .serial,
                               templates: TemplateSelection = Section3Tables.templates) -> TypedTable {
        var table = TypedTable(dictionary: "tau_real_summary.csv", header: configurationHeader + [
            "model", "templates", "mean_tau", "n", "mean_tau_4lang_layout", "n_4lang_layout",
            "ci_low", "ci_high", "n_reduced", "ci_low_4lang_layout", "ci_high_4lang_layout",
            "n_reduced_4lang_layout"])
        let fourLanguage = Section3Paper.fourLanguageDiseases(dataset)
        // The resampling through the caller's parallel map, one task per (configuration, model): a streamed
        // `tables` passes one configuration at a time, which must still use every core.
        let tasks = realTaus.flatMap { configuration, models in models.map { (configuration, $0) } }
        let results = parallel(tasks) { configuration, model in
            (model.summary(settings, configuration: configuration, templates: templates),
             model.summary(settings, configuration: configuration, templates: templates, over: fourLanguage,
                           layout: "4lang"))
        }
        for ((configuration, model), (all, layout)) in zip(tasks, results) {
            table.append(keyCells(configuration) + [.text(model.model), .text(templates.description),
                .value(all.mean.value), .integer(all.mean.count), .value(layout.mean.value),
                .integer(layout.mean.count), .value(all.interval.low), .value(all.interval.high),
                .integer(all.reducedCount), .value(layout.interval.low), .value(layout.interval.high),
                .integer(layout.reducedCount)])
        }
        return table
    }

    /// `tau_hf_vs_hftf.csv` (one row per group, context, language, model, disease with both logit types) and
    /// `tau_hf_vs_hftf_summary.csv` (one row per group, context, language, model: mean tau with n, same-top count).
    static func trueFalse(_ dataset: Dataset, configurations: [LogitConfiguration], mode: AnalysisMode,
                          templates: TemplateSelection = Section3Tables.templates,
                          parallel: ParallelMap = .serial) -> [TypedTable] {
        trueFalseTables(configurations.filter { $0.logitType == .hf }.map { configuration in
            (configuration, dataset.trueFalseAgreement(group: configuration.group, context: configuration.context,
                                                       language: configuration.language, templates: templates,
                                                       mode: mode, queries: Queries(parallel: parallel)))
        }, dataset, templates: templates)
    }

    /// `tau_hf_vs_hftf.csv` and its summary from each hf configuration's agreements (in the order given).
    static func trueFalseTables(_ agreements: [(LogitConfiguration, [TrueFalseAgreement])], _ dataset: Dataset,
                                templates: TemplateSelection = Section3Tables.templates) -> [TypedTable] {
        var table = emptyTrueFalse(), summary = emptyTrueFalseSummary()
        for (configuration, models) in agreements {
            appendTrueFalse(&table, &summary, dataset, configuration: configuration, templates: templates,
                            agreements: models)
        }
        return [table, summary]
    }

    static let trueFalseKey = ["group", "context", "language", "model"]

    static func emptyTrueFalse() -> TypedTable {
        TypedTable(dictionary: "tau_hf_vs_hftf.csv", header: trueFalseKey + ["disease", "tau", "same_top", "n", "templates"])
    }

    static func emptyTrueFalseSummary() -> TypedTable {
        TypedTable(dictionary: "tau_hf_vs_hftf_summary.csv",
                   header: trueFalseKey + ["mean_tau", "n_tau", "n_same_top", "n_diseases", "templates",
                                           "n_top_compared"])
    }

    /// One `hf` configuration's rows of both tables from its agreements (`Dataset.trueFalseAgreement`).
    static func appendTrueFalse(_ table: inout TypedTable, _ summary: inout TypedTable, _ dataset: Dataset,
                                configuration: LogitConfiguration, templates: TemplateSelection,
                                agreements: [TrueFalseAgreement]) {
        for model in agreements {
            appendTrueFalseRows(&table, dataset, configuration: configuration, templates: templates, agreement: model)
            appendTrueFalseSummary(&summary, configuration: configuration, templates: templates, agreement: model)
        }
    }

    static func trueFalsePrefix(_ configuration: LogitConfiguration) -> [TableCell] {
        [.text(configuration.group.rawValue), .text(configuration.context.rawValue),
         .text(configuration.language.rawValue)]
    }

    /// One model's `tau_hf_vs_hftf.csv` rows.
    static func appendTrueFalseRows(_ table: inout TypedTable, _ dataset: Dataset, configuration: LogitConfiguration,
                                    templates: TemplateSelection, agreement model: TrueFalseAgreement) {
        let prefix = trueFalsePrefix(configuration)
        for row in model.diseases {
            table.append(prefix + [.text(model.model), .text(dataset.diseases[row.disease].name),
                .value(row.tau), row.sameTop.map(flag) ?? .missing, .integer(row.n),
                .text(templates.description)])
        }
    }

    /// One model's `tau_hf_vs_hftf_summary.csv` row.
    static func appendTrueFalseSummary(_ summary: inout TypedTable, configuration: LogitConfiguration,
                                       templates: TemplateSelection, agreement model: TrueFalseAgreement) {
        summary.append(trueFalsePrefix(configuration) + [.text(model.model), .value(model.meanTau.value),
            .integer(model.meanTau.count), .integer(model.sameTopCount), .integer(model.diseases.count),
            .text(templates.description), .integer(model.comparedTopCount)])
    }
}
