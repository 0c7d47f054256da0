/// Section 3 tables of the contract (spec/README.md): `tau_real.csv`, `tau_hf_vs_hftf.csv`, `alignment_pairs.csv`,
/// `alignment_flips.csv`, `language_change.csv`, the extras `language_top_bottom.csv` (3b nested table, tidy) and
/// `tau_hf_vs_hftf_summary.csv` (per-model mean tau and same-top count) and `tau_real_summary.csv` (per-model mean
/// tau vs real, also over the paper's 14-disease 4-language layout). Every configuration the data has; templates 0–9.
/// `paper_vs_correct.csv` compares both modes' tables and is added by `AnalysisTables.all`.
public enum Section3Tables {
    /// The Section 3 tables of one mode.
    public static func tables(_ dataset: Dataset, mode: AnalysisMode) -> [EncodedTable] {
        let configurations = dataset.logitConfigurations
        let comparisons = configurations.flatMap {
            dataset.alignmentComparisons(configuration: $0, templates: templates, mode: mode)
        }
        let realTaus = configurations.map {
            ($0, dataset.realTaus(configuration: $0, templates: templates, mode: mode))
        }
        return [tauReal(dataset, realTaus), tauRealSummary(dataset, realTaus),
                alignmentPairs(comparisons), alignmentFlips(dataset, comparisons),
                languageChange(dataset, configurations: configurations, mode: mode),
                languageTopBottom(dataset, configurations: configurations, mode: mode)]
            + trueFalse(dataset, configurations: configurations, mode: mode)
    }

    static let templates = TemplateSelection.original
    static let configurationHeader = Section2Tables.configurationHeader

    static func keyCells(_ configuration: LogitConfiguration) -> [TableCell] {
        Section2Tables.keyCells(configuration)
    }

    static func flag(_ value: Bool) -> TableCell { .integer(value ? 1 : 0) }

    /// One row per (configuration, model, real disease); `in_4lang_layout` = 0 for `mi` (the paper's 4-language
    /// table lost it).
    static func tauReal(_ dataset: Dataset, _ realTaus: [(LogitConfiguration, [ModelRealTaus])]) -> EncodedTable {
        var table = EncodedTable(name: "tau_real.csv", header: configurationHeader + [
            "model", "templates", "disease", "tau", "n", "in_4lang_layout"])
        let fourLanguage = Set(Section3Paper.fourLanguageDiseases(dataset))
        for (configuration, models) in realTaus {
            for model in models {
                for tau in model.taus {
                    table.append(keyCells(configuration) + [.text(model.model), .text(templates.description),
                        .text(dataset.diseases[tau.disease].name), .value(tau.tau), .integer(tau.n),
                        flag(fourLanguage.contains(tau.disease))])
                }
            }
        }
        return table
    }

    /// `tau_real_summary.csv`: one row per (configuration, model): mean tau vs real over the 15 real diseases and
    /// over the paper's 4-language layout (14, without `mi`), each with n.
    static func tauRealSummary(_ dataset: Dataset, _ realTaus: [(LogitConfiguration, [ModelRealTaus])]) -> EncodedTable {
        var table = EncodedTable(name: "tau_real_summary.csv", header: configurationHeader + [
            "model", "templates", "mean_tau", "n", "mean_tau_4lang_layout", "n_4lang_layout"])
        let fourLanguage = Section3Paper.fourLanguageDiseases(dataset)
        for (configuration, models) in realTaus {
            for model in models {
                let all = model.meanTau, layout = model.meanTau(over: fourLanguage)
                table.append(keyCells(configuration) + [.text(model.model), .text(templates.description),
                    .value(all.value), .integer(all.count), .value(layout.value), .integer(layout.count)])
            }
        }
        return table
    }

    /// `tau_hf_vs_hftf.csv` (one row per group, context, language, model, disease with both logit types) and
    /// `tau_hf_vs_hftf_summary.csv` (one row per group, context, language, model: mean tau with n, same-top count).
    static func trueFalse(_ dataset: Dataset, configurations: [LogitConfiguration],
                          mode: AnalysisMode) -> [EncodedTable] {
        let key = ["group", "context", "language", "model"]
        var table = EncodedTable(name: "tau_hf_vs_hftf.csv", header: key + ["disease", "tau", "same_top", "n", "templates"])
        var summary = EncodedTable(name: "tau_hf_vs_hftf_summary.csv",
                               header: key + ["mean_tau", "n_tau", "n_same_top", "n_diseases", "templates",
                                              "n_top_compared"])
        for configuration in configurations where configuration.logitType == .hf {
            let prefix: [TableCell] = [.text(configuration.group.rawValue), .text(configuration.context.rawValue),
                                       .text(configuration.language.rawValue)]
            for model in dataset.trueFalseAgreement(group: configuration.group, context: configuration.context,
                                                    language: configuration.language, templates: templates,
                                                    mode: mode) {
                for row in model.diseases {
                    table.append(prefix + [.text(model.model), .text(dataset.diseases[row.disease].name),
                        .value(row.tau), row.sameTop.map(flag) ?? .missing, .integer(row.n),
                        .text(templates.description)])
                }
                summary.append(prefix + [.text(model.model), .value(model.meanTau.value),
                    .integer(model.meanTau.count), .integer(model.sameTopCount), .integer(model.diseases.count),
                    .text(templates.description), .integer(model.comparedTopCount)])
            }
        }
        return [table, summary]
    }
}
