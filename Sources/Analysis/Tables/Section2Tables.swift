/// Section 2 tables of the contract (spec/README.md), for every configuration and model the data has.
///
/// Template sets: `scores.csv`, `template_robustness.csv` and `tau_counts.csv` use templates 0–9 (the paper's
/// choice); `top_bottom.csv` has both 0–9 and all 20 (the notebook's across-models table). Paper mode keeps every
/// model and disease except in `tau_counts.csv`, which has the paper's 89 diseases.
public enum Section2Tables {
    public static func tables(_ dataset: Dataset, mode: AnalysisMode, settings: UncertaintySettings = .standard,
                              parallel: ParallelMap = .serial) -> [TypedTable] {
        let configurations = dataset.logitConfigurations
        return [
            scores(dataset, configurations: configurations, mode: mode),
            topBottom(dataset, configurations: configurations, mode: mode),
            topBottomByTemplate(dataset, configurations: configurations, mode: mode),
            templateRobustness(dataset, configurations: configurations, mode: mode),
        ] + tauCountTables(dataset, configurations: configurations, mode: mode, settings: settings, parallel: parallel)
    }

    static let configurationHeader = ["group", "logit_type", "context", "language"]

    /// The Section 2 contract tables restricted to one configuration (what the paper-vs-correct pane compares for
    /// the configuration on screen): the same builders as `tables`, so rows and values are those of the files;
    /// tau counts without resampling (the comparison leaves the interval columns out).
    public static func configurationTables(_ dataset: Dataset, configuration: LogitConfiguration,
                                           mode: AnalysisMode) -> [TypedTable] {
        let configurations = [configuration]
        return [scores(dataset, configurations: configurations, mode: mode),
                topBottom(dataset, configurations: configurations, mode: mode),
                topBottomByTemplate(dataset, configurations: configurations, mode: mode),
                templateRobustness(dataset, configurations: configurations, mode: mode),
                tauCountTables(dataset, configurations: configurations, mode: mode,
                               settings: UncertaintySettings.standard.withoutResampling)[0]]
    }

    static func keyCells(_ configuration: LogitConfiguration) -> [TableCell] {
        [.text(configuration.group.rawValue), .text(configuration.logitType.rawValue),
         .text(configuration.context.rawValue), .text(configuration.language.rawValue)]
    }

    /// Diseases of a logit table in name order.
    static func diseases(_ dataset: Dataset, _ table: LogitTable) -> [DiseaseID] {
        dataset.vocabulary.diseaseIDsByName.filter { $0 < table.diseaseCount && table.diseasePresent[$0] }
    }

    /// One row per (configuration, model, disease, demographic): 492,156 rows per mode on the full data, so the
    /// columns are reserved once and the rows appended cell by cell (no cell array per row); the repeated
    /// configuration/model/templates texts are stored once each (`ColumnStorage`).
    static func scores(_ dataset: Dataset, configurations: [LogitConfiguration], mode: AnalysisMode) -> TypedTable {
        // Reserved once so that the buffer never grows by copying (a copy would hold old and new buffers at once);
        // the untouched tail of a generous reservation costs address space, not resident memory.
        let rowCount = configurations.reduce(0) { total, configuration in
            total + dataset.models(with: configuration).compactMap {
                dataset.logits(model: $0.id, configuration: configuration)
            }.reduce(0) { $0 + $1.diseasePresent.filter { $0 }.count * configuration.group.demographics.count }
        }
        var table = emptyScores(reservingRows: rowCount)
        for configuration in configurations {
            appendScores(&table, dataset, configuration: configuration, templates: .original, mode: mode)
        }
        return table
    }

    static func emptyScores(reservingRows rowCount: Int = 0) -> TypedTable {
        TypedTable(dictionary: "scores.csv", header: configurationHeader + [
            "model", "templates", "disease", "demographic", "score", "n_templates", "rank"],
            reservingRows: rowCount)
    }

    /// One configuration's `scores.csv` rows: per model (dataset order; only `models` when given), per disease in
    /// name order (only `diseases` when given), per demographic. The score matrices are `Dataset.scores`, kept in
    /// `queries`' cache when it has one (without one, computed here).
    static func appendScores(_ table: inout TypedTable, _ dataset: Dataset, configuration: LogitConfiguration,
                             templates: TemplateSelection, mode: AnalysisMode, models: [String]? = nil,
                             diseases kept: Set<DiseaseID>? = nil, queries: Queries = .uncached) {
        let labels = configuration.group.demographics.map(\.label)
        for logits in logitTables(dataset, configuration, models: models) {
            let matrix = dataset.scores(logits, templates: templates, mode: mode, queries: queries)
            let prefix: [TableCell] = keyCells(configuration) + [.text(logits.model), .text(templates.description)]
            for disease in diseases(dataset, logits) where kept?.contains(disease) ?? true {
                let name = dataset.diseases[disease].name
                let ranks = matrix.tableRanks(disease: disease)
                for index in labels.indices {
                    table.append(cells: prefix)
                    table.append(text: name)
                    table.append(text: labels[index])
                    table.append(value: matrix.score(disease: disease, demographicIndex: index))
                    table.append(integer: matrix.templateCount(disease: disease, demographicIndex: index))
                    table.append(value: ranks[index])
                    table.endRow()
                }
            }
        }
    }

    public static func topBottom(_ dataset: Dataset, configurations: [LogitConfiguration],
                                 mode: AnalysisMode) -> TypedTable {
        var table = emptyTopBottom()
        for configuration in configurations {
            appendTopBottom(&table, dataset, configuration: configuration, templates: [.original, .all], mode: mode)
        }
        return table
    }

    static func emptyTopBottom() -> TypedTable {
        TypedTable(dictionary: "top_bottom.csv", header: configurationHeader + [
            "model", "templates", "demographic", "top", "bottom", "n_diseases"])
    }

    /// One configuration's `top_bottom.csv` rows: per model (dataset order; only `models` when given), per template
    /// selection the block lists it under (`TopBottom.models`), per demographic.
    static func appendTopBottom(_ table: inout TypedTable, _ dataset: Dataset, configuration: LogitConfiguration,
                                templates selections: [TemplateSelection], mode: AnalysisMode,
                                models: [String]? = nil) {
        let key = keyCells(configuration)
        let listed = selections.map { Set(TopBottom.models(dataset, configuration: configuration, templates: $0,
                                                           mode: mode)) }
        for logits in logitTables(dataset, configuration, models: models) {
            for (templates, listed) in zip(selections, listed) where listed.contains(logits.model) {
                let counts = TopBottom.modelCounts(dataset, table: logits, templates: templates, mode: mode)
                for (index, demographic) in configuration.group.demographics.enumerated() {
                    table.append(key + [.text(logits.model), .text(templates.description),
                        .text(demographic.label), .integer(counts.top[index]), .integer(counts.bottom[index]),
                        .integer(counts.diseaseCount)])
                }
            }
        }
    }

    /// The logit tables of a configuration's models in dataset order (only `models` when given).
    static func logitTables(_ dataset: Dataset, _ configuration: LogitConfiguration,
                            models: [String]? = nil) -> [LogitTable] {
        let kept = models.map(Set.init)
        return dataset.models(with: configuration).compactMap { model in
            guard kept?.contains(model.id) ?? true else { return nil }
            return dataset.logits(model: model.id, configuration: configuration)
        }
    }

    static func topBottomByTemplate(_ dataset: Dataset, configurations: [LogitConfiguration],
                                    mode: AnalysisMode) -> TypedTable {
        var table = emptyTopBottomByTemplate()
        for configuration in configurations {
            appendTopBottomByTemplate(&table, dataset, configuration: configuration, mode: mode)
        }
        return table
    }

    static func emptyTopBottomByTemplate() -> TypedTable {
        TypedTable(dictionary: "top_bottom_by_template.csv", header: configurationHeader + [
            "model", "template", "demographic", "top", "bottom", "n_diseases"])
    }

    static func appendTopBottomByTemplate(_ table: inout TypedTable, _ dataset: Dataset,
                                          configuration: LogitConfiguration, mode: AnalysisMode,
                                          models: [String]? = nil) {
        let key = keyCells(configuration)
        for logits in logitTables(dataset, configuration, models: models) {
            let perTemplate = TopBottom.perTemplate(logits, mode: mode, diseases: diseases(dataset, logits))
            let prefix: [TableCell] = (key + [.text(logits.model)])
            for (template, counts) in perTemplate.enumerated() {
                for (index, demographic) in configuration.group.demographics.enumerated() {
                    table.append(cells: prefix)
                    table.append(integer: template)
                    table.append(text: demographic.label)
                    table.append(integer: counts.top[index])
                    table.append(integer: counts.bottom[index])
                    table.append(integer: counts.diseaseCount)
                    table.endRow()
                }
            }
        }
    }

    static func templateRobustness(_ dataset: Dataset, configurations: [LogitConfiguration],
                                   mode: AnalysisMode) -> TypedTable {
        var table = emptyTemplateRobustness()
        let templates = TemplateSelection.original
        for configuration in configurations {
            let results = logitTables(dataset, configuration).map { logits in
                TemplateRobustness.model(logits, templates: templates, mode: mode, diseases: diseases(dataset, logits))
            }
            appendTemplateRobustness(&table, dataset, configuration: configuration, templates: templates,
                                     results: results)
        }
        return table
    }

    static func emptyTemplateRobustness() -> TypedTable {
        TypedTable(dictionary: "template_robustness.csv", header: configurationHeader + [
            "model", "disease", "modal_top_freq", "mean_pairwise_tau", "mean_abs_logit_diff", "mean_abs_rank_diff",
            "templates", "n_templates", "max_shared_ranking"])
    }

    /// One configuration's `template_robustness.csv` rows from its models' robustness, in the order given.
    static func appendTemplateRobustness(_ table: inout TypedTable, _ dataset: Dataset,
                                         configuration: LogitConfiguration, templates: TemplateSelection,
                                         results: [ModelRobustness]) {
        let key = keyCells(configuration)
        for result in results {
            let prefix: [TableCell] = (key + [.text(result.model)])
            for disease in result.diseases {
                table.append(cells: prefix)
                table.append(text: dataset.diseases[disease.disease].name)
                table.append(integer: disease.modalTopFrequency)
                table.append(value: disease.meanPairwiseTau)
                table.append(value: disease.meanAbsLogitDifference)
                table.append(value: disease.meanAbsRankDifference)
                table.append(text: templates.description)
                table.append(integer: disease.templateCount)
                table.append(integer: disease.maxSharedRanking)
                table.endRow()
            }
        }
    }

    static func tauCounts(_ dataset: Dataset, configurations: [LogitConfiguration], mode: AnalysisMode) -> TypedTable {
        tauCountTables(dataset, configurations: configurations, mode: mode, settings: .standard)[0]
    }

    /// `tau_counts.csv` and `tau_counts_summary.csv` from one `TauAnalysis` per configuration.
    /// `tau_counts.csv` adds `p_exact` (exact permutation p), `q_bh` (Benjamini–Hochberg within the model's block)
    /// and `reduced` (1: fewer pairs than the group has). `tau_counts_summary.csv`: per model, over all diseases
    /// (`count_quartile` empty) and per count quartile, the mean tau with n, its percentile-bootstrap interval and
    /// how many reduced taus the mean includes. `tau_size_trend.csv`: per family and count quartile, Kendall tau of
    /// size vs mean tau with its exact p and the Theil–Sen slope per decade of size with its interval
    /// (docs/uncertainty.md).
    static func tauCountTables(_ dataset: Dataset, configurations: [LogitConfiguration], mode: AnalysisMode,
                               settings: UncertaintySettings, parallel: ParallelMap = .serial) -> [TypedTable] {
        var table = emptyTauCounts(), summary = emptyTauCountsSummary(), trend = emptyTauSizeTrend()
        var nulls = TauPermutationNulls()
        let templates = TemplateSelection.original
        for configuration in configurations {
            let analysis = TauAnalysis(dataset, configuration: configuration, templates: templates, mode: mode)
            let trends = sizeTrendFamilies.flatMap { family in
                (1...4).map { analysis.sizeTrend(dataset, family: family, quartile: $0, settings: settings,
                                                 nulls: &nulls) }
            }
            appendTauSizeTrend(&trend, analysis, trends)
            // The resampling of each model's five means, through the caller's parallel map.
            let summaries = parallel(Array(analysis.models.indices)) { m in
                summaryQuartiles.map { analysis.countTauSummary(model: m, quartile: $0, settings: settings) }
            }
            appendTauCounts(&table, dataset, analysis)
            appendTauCountsSummary(&summary, analysis, summaries.map { Array(zip(summaryQuartiles, $0)) })
        }
        return [table, summary, trend]
    }

    /// The count quartiles of `tau_counts_summary.csv`'s rows per model: all diseases (nil), then 1–4.
    public static let summaryQuartiles: [Int?] = [nil, 1, 2, 3, 4]

    static func emptyTauCounts() -> TypedTable {
        TypedTable(dictionary: "tau_counts.csv", header: configurationHeader + [
            "model", "templates", "disease", "tau", "n", "count_quartile", "p_exact", "q_bh", "reduced"])
    }

    static func emptyTauCountsSummary() -> TypedTable {
        TypedTable(dictionary: "tau_counts_summary.csv", header: configurationHeader + [
            "model", "templates", "count_quartile", "mean_tau", "n", "ci_low", "ci_high", "n_reduced"])
    }

    static func emptyTauSizeTrend() -> TypedTable {
        TypedTable(dictionary: "tau_size_trend.csv", header: configurationHeader + [
            "family", "templates", "count_quartile", "n_models", "tau_size", "p_exact", "slope_per_decade",
            "slope_ci_low", "slope_ci_high"])
    }

    /// `tau_counts.csv`'s rows of one analysis: per model, its diseases by name.
    static func appendTauCounts(_ table: inout TypedTable, _ dataset: Dataset, _ analysis: TauAnalysis) {
        let key = keyCells(analysis.configuration), templates = analysis.templates
        let order = dataset.vocabulary.diseaseIDsByName
        let position = Dictionary(uniqueKeysWithValues: analysis.diseases.enumerated().map { ($1, $0) })
        for (m, model) in analysis.models.enumerated() {
            let taus = analysis.countTaus[m], q = taus.qValues
            for disease in order {
                guard let k = position[disease] else { continue }
                let tau = taus[k]
                table.append(key + [.text(model.id), .text(templates.description),
                    .text(dataset.diseases[disease].name), .value(tau.tau), .integer(tau.n),
                    analysis.countQuartiles.quartile(of: disease).map { .integer($0) } ?? .missing,
                    .value(tau.pExact), .value(q[k]), .integer(tau.isReduced ? 1 : 0)])
            }
        }
    }

    /// `tau_counts_summary.csv`'s rows of one analysis: per model, its (count quartile, summary) pairs in order.
    static func appendTauCountsSummary(_ table: inout TypedTable, _ analysis: TauAnalysis,
                                       _ summaries: [[(Int?, MeanTauSummary)]]) {
        let key = keyCells(analysis.configuration), templates = analysis.templates
        for (model, rows) in zip(analysis.models, summaries) {
            for (quartile, result) in rows {
                table.append(key + [.text(model.id), .text(templates.description),
                    quartile.map { .integer($0) } ?? .missing, .value(result.mean.value),
                    .integer(result.mean.count), .value(result.interval.low), .value(result.interval.high),
                    .integer(result.reducedCount)])
            }
        }
    }

    /// `tau_size_trend.csv`'s rows of one analysis: the trends with models, in the order given.
    static func appendTauSizeTrend(_ table: inout TypedTable, _ analysis: TauAnalysis, _ trends: [SizeTrend]) {
        let key = keyCells(analysis.configuration), templates = analysis.templates
        for result in trends where result.models > 0 {
            table.append(key + [.text(result.family), .text(templates.description), .integer(result.quartile),
                .integer(result.models), .value(result.tau), .value(result.pExact),
                .value(result.slopePerDecade), .value(result.slopeInterval.low),
                .value(result.slopeInterval.high)])
        }
    }

    /// `top_stability.csv`: one row per (configuration, model, disease with scores): the reported top (tied
    /// demographics joined by `;`), and the shares of template resamples with the same top and the same whole
    /// ranking (`TopStability`; templates 0–9, `settings.templateResamples` resamples). Without resampling (the
    /// mode that is only compared) the table is empty.
    static func topStability(_ dataset: Dataset, configurations: [LogitConfiguration], mode: AnalysisMode,
                             settings: UncertaintySettings, parallel: ParallelMap = .serial) -> TypedTable {
        var table = emptyTopStability()
        guard settings.resampling else { return table }
        let templates = TemplateSelection.original
        for configuration in configurations {
            let tables = logitTables(dataset, configuration)
            let results = parallel(tables) { logits in
                TopStability.model(logits, templates: templates, mode: mode, diseases: diseases(dataset, logits),
                                   settings: settings)
            }
            for (logits, rows) in zip(tables, results) {
                appendTopStability(&table, dataset, configuration: configuration, model: logits.model,
                                   templates: templates, settings: settings, rows: rows)
            }
        }
        return table
    }

    static func emptyTopStability() -> TypedTable {
        TypedTable(dictionary: "top_stability.csv", header: configurationHeader + [
            "model", "templates", "disease", "top", "top_share", "ranking_share", "n_resamples"])
    }

    /// One model's `top_stability.csv` rows: its diseases with a top, in the order given.
    static func appendTopStability(_ table: inout TypedTable, _ dataset: Dataset, configuration: LogitConfiguration,
                                   model: String, templates: TemplateSelection, settings: UncertaintySettings,
                                   rows: [TopStability]) {
        let labels = configuration.group.demographics.map(\.label)
        let prefix: [TableCell] = (keyCells(configuration) + [.text(model), .text(templates.description)])
        for row in rows where !row.top.isEmpty {
            table.append(cells: prefix)
            table.append(text: dataset.diseases[row.disease].name)
            table.append(text: row.top.map { labels[$0] }.joined(separator: ";"))
            table.append(value: row.topShare)
            table.append(value: row.rankingShare)
            table.append(integer: settings.templateResamples)
            table.endRow()
        }
    }

    /// The families of the tau-vs-size question (the Section 2c figure's).
    public static let sizeTrendFamilies = ["pythia", "mamba"]
}
