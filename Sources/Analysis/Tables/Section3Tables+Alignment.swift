/// Alignment and language tables of Section 3.
extension Section3Tables {
    static let pairKeyHeader = configurationHeader + ["base", "aligned"]

    /// One row per (configuration, alignment pair with both models); `d_top_<demo>`/`d_bottom_<demo>` for all 9
    /// demographics (missing for the other group).
    /// `p_d_tau`: sign-flip test of the mean per-disease change in tau vs real over `n_d_tau` diseases;
    /// `p_d_tau_exact` 1 when all 2ⁿ flips were enumerated, 0 for the Monte-Carlo test (docs/uncertainty.md).
    static func alignmentPairs(_ comparisons: [AlignmentComparison]) -> TypedTable {
        let demographics = Demographic.allCases
        var table = TypedTable(dictionary: "alignment_pairs.csv", header: pairKeyHeader + [
            "method", "base_mean_tau_real", "aligned_mean_tau_real", "d_tau_real", "n_top_flips", "n_bottom_flips",
            "mean_rank_tau", "n_base_tau_real", "n_aligned_tau_real", "n_rank_tau", "n_diseases",
            "d_tau_real_correct", "d_tau_real_compat"]
            + demographics.map { "d_top_\($0.label)" } + demographics.map { "d_bottom_\($0.label)" }
            + ["p_d_tau", "n_d_tau", "p_d_tau_exact"])
        for pair in comparisons {
            let configuration = pair.configuration
            let change: ([Int], Demographic) -> TableCell = { values, demographic in
                demographic.group == configuration.group ? .integer(values[demographic.indexInGroup]) : .missing
            }
            table.append(keyCells(configuration) + [.text(pair.pair.base), .text(pair.pair.aligned),
                .text(pair.pair.method), .value(pair.baseTauReal.value), .value(pair.alignedTauReal.value),
                .value(pair.tauRealDifference), .integer(pair.topFlipCount), .integer(pair.bottomFlipCount),
                .value(pair.meanRankTau.value), .integer(pair.baseTauReal.count),
                .integer(pair.alignedTauReal.count), .integer(pair.meanRankTau.count), .integer(pair.flips.count),
                .value(pair.tauRealChange[.correct]), .value(pair.tauRealChange[.paper])]
                + demographics.map { change(pair.topCountChange, $0) }
                + demographics.map { change(pair.bottomCountChange, $0) }
                + [.value(pair.tauRealTest.p), .integer(pair.tauRealTest.n), flag(pair.tauRealTest.exact)])
        }
        return table
    }

    /// One row per (configuration, pair, disease); rankings written `a|b|c`, highest first.
    static func alignmentFlips(_ dataset: Dataset, _ comparisons: [AlignmentComparison]) -> TypedTable {
        var table = TypedTable(dictionary: "alignment_flips.csv", header: pairKeyHeader + [
            "disease", "base_ranking", "aligned_ranking", "tau", "top_changed", "bottom_changed"])
        let joined: ([Demographic]) -> TableCell = { .text($0.map(\.label).joined(separator: "|")) }
        for pair in comparisons {
            for flip in pair.flips {
                table.append(keyCells(pair.configuration) + [.text(pair.pair.base), .text(pair.pair.aligned),
                    .text(dataset.diseases[flip.disease].name), joined(flip.baseRanking),
                    joined(flip.alignedRanking), .value(flip.tau), flag(flip.topChanged),
                    flag(flip.bottomChanged)])
            }
        }
        return table
    }

    /// One row per (configuration, paper base, real disease): the study's change distribution.
    static func languageChange(_ dataset: Dataset, configurations: [LogitConfiguration],
                               mode: AnalysisMode) -> TypedTable {
        var table = TypedTable(dictionary: "language_change.csv", header: configurationHeader + [
            "base", "disease", "n_changed_below_0_8", "n_compared"])
        for configuration in configurations {
            for cell in dataset.changeDistribution(configuration: configuration, templates: templates, mode: mode) {
                table.append(keyCells(configuration) + [.text(cell.base), .text(dataset.diseases[cell.disease].name),
                    .integer(cell.changed), .integer(cell.compared)])
            }
        }
        return table
    }

    /// The 3b nested table in tidy form: one row per (group, logit type, context, language, disease, demographic).
    static func languageTopBottom(_ dataset: Dataset, configurations: [LogitConfiguration],
                                  mode: AnalysisMode) -> TypedTable {
        var table = emptyLanguageTopBottom()
        var seen = Set<String>()
        for configuration in configurations {
            let key = "\(configuration.group)/\(configuration.logitType)/\(configuration.context)"
            guard seen.insert(key).inserted else { continue }
            appendLanguageTopBottom(&table, dataset, configuration: configuration,
                                    rows: dataset.languageTopBottom(group: configuration.group,
                                                                    logitType: configuration.logitType,
                                                                    context: configuration.context,
                                                                    templates: templates, mode: mode))
        }
        return table
    }

    static func emptyLanguageTopBottom() -> TypedTable {
        TypedTable(dictionary: "language_top_bottom.csv", header: configurationHeader + [
            "disease", "demographic", "top", "bottom", "n_models"])
    }

    /// The rows of one (group, logit type, context) from `Dataset.languageTopBottom` (each row's own language).
    static func appendLanguageTopBottom(_ table: inout TypedTable, _ dataset: Dataset,
                                        configuration: LogitConfiguration, rows: [LanguageTopBottomRow]) {
        var per = configuration
        for row in rows {
            per.language = row.language
            table.append(keyCells(per) + [.text(dataset.diseases[row.disease].name),
                .text(row.demographic.label), .integer(row.top), .integer(row.bottom), .integer(row.modelCount)])
        }
    }
}
