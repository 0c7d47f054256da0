/// Every table of the contract in `spec/README.md` for one mode, plus `paper_vs_correct.csv`, from a dataset held
/// whole: the benchmark's and the tests' entry point. `tables` computes the same groups a few configurations at a time
/// (`ChunkedTables`, which reuses `section1` and `configurationGroups`), with the same rows.
///
/// Tables are produced in groups (`groups`); each group is computed in both modes at once (one mode per worker of
/// the caller's parallel map, which the groups also use inside; serial by default),
/// handed over, compared into `paper_vs_correct.csv`, and dropped, so memory holds one group in two modes plus the
/// comparison, never every table of both modes.
public enum AnalysisTables {
    public typealias Group = @Sendable (Dataset, AnalysisMode, UncertaintySettings, ParallelMap) -> [TypedTable]

    /// Table groups in contract order.
    public static let groups: [Group] = [section1] + configurationGroups + [
        { dataset, mode, settings, parallel in
            Section3Tables.tables(dataset, mode: mode, settings: settings, parallel: parallel)
        },
    ]

    /// Section 1: no logits.
    static let section1: Group = { dataset, mode, _, _ in Section1Tables.tables(dataset, mode: mode) }

    /// The Section 2 groups: each table's rows are those of the dataset's configurations in turn, each computed
    /// from that configuration's logits alone, so that the streamed `tables` (`ChunkedTables`) computes them on a
    /// dataset holding a few configurations at a time and appends the rows.
    static let configurationGroups: [Group] = [
        { dataset, mode, _, _ in [Section2Tables.scores(dataset, configurations: dataset.logitConfigurations, mode: mode)] },
        { dataset, mode, _, _ in
            let configurations = dataset.logitConfigurations
            return [Section2Tables.topBottom(dataset, configurations: configurations, mode: mode),
                    Section2Tables.topBottomByTemplate(dataset, configurations: configurations, mode: mode)]
        },
        { dataset, mode, settings, parallel in
            [Section2Tables.templateRobustness(dataset, configurations: dataset.logitConfigurations, mode: mode)]
                + (settings.topStability ? [Section2Tables.topStability(dataset, configurations:
                                                                           dataset.logitConfigurations, mode: mode,
                                                                       settings: settings, parallel: parallel)] : [])
        },
        { dataset, mode, settings, parallel in
            Section2Tables.tauCountTables(dataset, configurations: dataset.logitConfigurations, mode: mode,
                                          settings: settings, parallel: parallel)
        },
    ]

    /// The mode's Section 1–3 tables, its own extra tables (`modeOnly`) and `paper_vs_correct.csv` (collected;
    /// `tables` streams them with `ChunkedTables`).
    public static func all(_ dataset: Dataset, mode: AnalysisMode, settings: UncertaintySettings = .standard,
                           parallel: ParallelMap = .serial) -> [TypedTable] {
        var result: [TypedTable] = []
        let comparison = forEachTable(dataset, settings: settings, resamplingOnly: mode, parallel: parallel) { paper, correct in result.append(mode == .paper ? paper : correct) }
        return result + modeOnly(dataset, mode: mode, parallel: parallel) + [comparison]
    }

    /// Tables outside the comparison: paper mode's replicas of the publication's own layouts
    /// (`Section3PaperLayouts`, no counterpart to compare with) and, in both modes, `language_agreement.csv`
    /// (issue 16; kept out of `paper_vs_correct.csv` so the contract tables stay as they were).
    public static func modeOnly(_ dataset: Dataset, mode: AnalysisMode, parallel: ParallelMap = .serial) -> [TypedTable] {
        (mode == .paper ? Section3PaperLayouts.tables(dataset) : [])
            + [LanguageAgreementTable.table(dataset, mode: mode, parallel: parallel)]
    }

    /// Computes every table in both modes, group by group (the two modes in parallel), calls `body` with each
    /// table's paper and correct version in contract order, and returns `paper_vs_correct.csv` built from them.
    /// The comparison leaves out the uncertainty tables and columns (`PaperVsCorrect.uncertaintyColumns`): it
    /// lists where the study's statistics differ, and its rows stay those of the statistics. `resamplingOnly`:
    /// the one mode whose tables the caller keeps; the other mode's tables then carry no intervals (they would only
    /// be compared, and the comparison does not read them), which halves the resampling work.
    @discardableResult
    public static func forEachTable(_ dataset: Dataset, settings: UncertaintySettings = .standard,
                                    resamplingOnly kept: AnalysisMode? = nil, parallel: ParallelMap = .serial,
                                    _ body: (_ paper: TypedTable, _ correct: TypedTable) throws -> Void) rethrows
        -> TypedTable {
        let reasons = DifferenceReasons(dataset)
        var comparison = PaperVsCorrect.emptyTable()
        for group in groups {
            for (paper, correct) in bothModes(group, dataset, settings: settings, resamplingOnly: kept,
                                              parallel: parallel) {
                try body(provenance(paper, dataset, mode: .paper), provenance(correct, dataset, mode: .correct))
                guard !PaperVsCorrect.uncertaintyTables.contains(correct.name) else { continue }
                PaperVsCorrect.compareRows(paper: paper, correct: correct, reasons: reasons, into: &comparison,
                                           parallel: parallel)
            }
        }
        return comparison
    }

    /// One group's tables in both modes, computed as two long tasks (`ParallelMap.forLongTasks`), paired by name in
    /// the correct mode's order; the mode other than `kept` (when given) is computed without resampling.
    static func bothModes(_ group: Group, _ dataset: Dataset, settings: UncertaintySettings,
                          resamplingOnly kept: AnalysisMode?, parallel: ParallelMap)
        -> [(paper: TypedTable, correct: TypedTable)] {
        let modes = parallel.forLongTasks([AnalysisMode.paper, .correct]) { mode in
            group(dataset.forMode(mode), mode, kept == nil || kept == mode ? settings : settings.withoutResampling,
                  parallel)
        }
        return modes[1].compactMap { correct in
            modes[0].first(where: { $0.name == correct.name }).map { (paper: $0, correct: correct) }
        }
    }

    /// Tables that compare with real prevalence (`Dataset.realPrevalenceName`).
    public static let realPrevalenceTables: Set<String> = [
        "prevalence_comparison.csv", "tau_real.csv", "tau_real_summary.csv", "alignment_pairs.csv",
    ]

    /// With a user's prevalence table, each table that compares with real prevalence gains a last column
    /// `prevalence_table` naming the table the mode used; unchanged otherwise (and always without user data).
    static func provenance(_ table: TypedTable, _ dataset: Dataset, mode: AnalysisMode) -> TypedTable {
        guard dataset.userData.prevalence != nil, realPrevalenceTables.contains(table.name) else { return table }
        return table.appendingColumn(TableDictionary.column("prevalence_table", table: table.name), value: dataset.forMode(mode).realPrevalenceName)
    }
}
