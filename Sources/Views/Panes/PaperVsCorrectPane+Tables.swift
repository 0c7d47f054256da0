import Analysis

/// The light comparison the `paper-vs-correct` pane draws: instead of every contract table of both modes (seconds
/// on the full data), the Section 1 tables that depend on the mode (`window_agreement.csv`, `disease_totals.csv`,
/// `prevalence_comparison.csv`), the Section 2 tables of ONE configuration (the one on screen: `scores.csv`,
/// `top_bottom.csv`, `top_bottom_by_template.csv`, `template_robustness.csv`, `tau_counts.csv`, by the builders
/// `tables` uses) and its Section 3 tables: `tau_real.csv`, `alignment_pairs.csv`, `alignment_flips.csv` and, for
/// `hf`, `tau_hf_vs_hftf.csv`, all by the contract tables' own builders, so `PaperVsCorrect` joins rows, compares
/// columns and names reasons as for `paper_vs_correct.csv`.
struct PaperVsCorrectScope: Sendable {
    let dataset: Dataset
    let queries: Queries
    let configuration: LogitConfiguration
    let templates: TemplateSelection

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
    /// Every table comes from the builders `tables` uses (`Section1Tables`, `Section3Tables.configurationTables`,
    /// `Section2Tables.configurationTables`), so its columns and values are the files' own.
    func tables(_ mode: AnalysisMode, realMeans: AlignmentRealTaus? = nil) -> [TypedTable] {
        let dataset = dataset.forMode(mode)
        return [Section1Tables.windowAgreement(dataset, mode: mode), Section1Tables.diseaseTotals(dataset, mode: mode),
                Section1Tables.prevalenceComparison(dataset, mode: mode)]
            + Section3Tables.configurationTables(dataset, configuration: configuration, templates: templates,
                                                 mode: mode, realMeans: realMeans)
            + Section2Tables.configurationTables(dataset, configuration: configuration, mode: mode)
    }
}
