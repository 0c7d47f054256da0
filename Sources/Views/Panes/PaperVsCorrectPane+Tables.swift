import Analysis

/// The light comparison the `paper-vs-correct` pane draws: instead of every contract table of both modes (seconds
/// on the full data), the Section 1 tables that depend on the mode (`window_agreement.csv`, `disease_totals.csv`,
/// `prevalence_comparison.csv`), the Section 2 tables of ONE configuration (the one on screen: `scores.csv`,
/// `top_bottom.csv`, `top_bottom_by_template.csv`, `template_robustness.csv`, `tau_counts.csv`, by the builders
/// `tables` uses) and its Section 3 tables: `tau_real.csv`, `alignment_pairs.csv`, `alignment_flips.csv` and, for
/// `hf`, `tau_hf_vs_hftf.csv`. Their names, key columns and
/// value columns follow the contract tables, so `PaperVsCorrect` matches rows and names reasons the same way.
struct PaperVsCorrectScope: Sendable {
    let dataset: Dataset
    let queries: Queries
    let configuration: LogitConfiguration
    let templates: TemplateSelection

    static let configurationHeader = ["group", "logit_type", "context", "language"]

    /// What the pane says it covers.
    var description: String {
        "Section 1 tables and the Section 2 and 3 tables of \(configuration) (templates \(templates))"
    }

    /// The differing cells, kept per configuration and template selection (the model filter and the mode do not
    /// change them); the two modes' tables are built through the caller's parallel map.
    var differences: [ModeDifference] {
        queries.memo(PaneKey(analysis: .paperVsCorrect, configuration: configuration, templates: templates,
                             mode: nil, models: nil)) {
            // Each mode's tables read that mode's data (`Dataset.forMode`); the shared means only without user data.
            let means = dataset.userData.isEmpty
                ? dataset.alignmentRealMeans(configuration: configuration, templates: templates, queries: queries) : nil
            let both = queries.map([AnalysisMode.paper, .correct]) { tables($0, realMeans: means) }
            return PaperVsCorrect.differences(dataset, paper: both[0], correct: both[1], parallel: queries.parallel)
        }
    }

    /// `realMeans`: the alignment models' mean taus vs real in both modes, computed once for both modes' tables.
    /// Built as encoded CSV rows straight away (the comparison reads those), not as cells first.
    func tables(_ mode: AnalysisMode, realMeans: AlignmentRealTaus? = nil) -> [EncodedTable] {
        let dataset = dataset.forMode(mode)
        let comparisons = dataset.alignmentComparisons(configuration: configuration, templates: templates, mode: mode,
                                                       realMeans: realMeans, queries: queries)
        var tables = [Section1Tables.windowAgreement(dataset, mode: mode), Section1Tables.diseaseTotals(dataset, mode: mode),
                      Section1Tables.prevalenceComparison(dataset, mode: mode)].map(EncodedTable.init)
            + [tauReal(mode), alignmentPairs(comparisons), alignmentFlips(comparisons)]
        if configuration.logitType == .hf { tables.append(trueFalse(mode)) }
        return tables + Section2Tables.configurationTables(dataset, configuration: configuration, mode: mode)
    }

    var keyCells: [TableCell] {
        [.text(configuration.group.rawValue), .text(configuration.logitType.rawValue),
         .text(configuration.context.rawValue), .text(configuration.language.rawValue)]
    }

    func tauReal(_ mode: AnalysisMode) -> EncodedTable {
        let dataset = dataset.forMode(mode)
        var table = EncodedTable(name: "tau_real.csv", header: PaperVsCorrectScope.configurationHeader
                                + ["model", "templates", "disease", "tau", "n"])
        for model in dataset.realTaus(configuration: configuration, templates: templates, mode: mode,
                                      queries: queries) {
            for tau in model.taus {
                table.append(keyCells + [.text(model.model), .text(templates.description),
                                              .text(dataset.diseases[tau.disease].name), .value(tau.tau),
                                              .integer(tau.n)])
            }
        }
        return table
    }

    func alignmentPairs(_ comparisons: [AlignmentComparison]) -> EncodedTable {
        var table = EncodedTable(name: "alignment_pairs.csv", header: PaperVsCorrectScope.configurationHeader + [
            "base", "aligned", "base_mean_tau_real", "aligned_mean_tau_real", "d_tau_real", "n_top_flips",
            "n_bottom_flips", "mean_rank_tau", "n_diseases"])
        for pair in comparisons {
            table.append(keyCells + [.text(pair.pair.base), .text(pair.pair.aligned),
                .value(pair.baseTauReal.value), .value(pair.alignedTauReal.value), .value(pair.tauRealDifference),
                .integer(pair.topFlipCount), .integer(pair.bottomFlipCount), .value(pair.meanRankTau.value),
                .integer(pair.flips.count)])
        }
        return table
    }

    func alignmentFlips(_ comparisons: [AlignmentComparison]) -> EncodedTable {
        var table = EncodedTable(name: "alignment_flips.csv", header: PaperVsCorrectScope.configurationHeader + [
            "base", "aligned", "disease", "base_ranking", "aligned_ranking", "tau", "top_changed", "bottom_changed"])
        let joined: ([Demographic]) -> TableCell = { .text($0.map(\.label).joined(separator: "|")) }
        for pair in comparisons {
            for flip in pair.flips {
                table.append(keyCells + [.text(pair.pair.base), .text(pair.pair.aligned),
                    .text(dataset.diseases[flip.disease].name), joined(flip.baseRanking), joined(flip.alignedRanking),
                    .value(flip.tau), .integer(flip.topChanged ? 1 : 0), .integer(flip.bottomChanged ? 1 : 0)])
            }
        }
        return table
    }

    func trueFalse(_ mode: AnalysisMode) -> EncodedTable {
        let dataset = dataset.forMode(mode)
        var table = EncodedTable(name: "tau_hf_vs_hftf.csv", header: ["group", "context", "language", "model", "disease",
                                                                  "tau", "same_top", "n"])
        for model in dataset.trueFalseAgreement(group: configuration.group, context: configuration.context,
                                                language: configuration.language, templates: templates, mode: mode,
                                                queries: queries) {
            for row in model.diseases {
                table.append([.text(configuration.group.rawValue), .text(configuration.context.rawValue),
                                   .text(configuration.language.rawValue), .text(model.model),
                                   .text(dataset.diseases[row.disease].name), .value(row.tau),
                                   row.sameTop.map { .integer($0 ? 1 : 0) } ?? .missing, .integer(row.n)])
            }
        }
        return table
    }
}
