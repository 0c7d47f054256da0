/// Section 1 tables of the contract (spec README "Tables the tool writes"): `cooccurrence.csv`,
/// `window_agreement.csv`, `disease_totals.csv`, `prevalence_comparison.csv`. Each carries the contract's columns
/// first, then extra columns.
public enum Section1Tables {
    public static func tables(_ dataset: Dataset, mode: AnalysisMode) -> [TypedTable] {
        [cooccurrence(dataset), windowAgreement(dataset, mode: mode), diseaseTotals(dataset, mode: mode),
         prevalenceComparison(dataset, mode: mode)]
    }

    /// One row per (window, group, disease, demographic), from `CompletedCounts` (1a-A; same in both modes).
    /// `windows`, `groups`: the contract's all; the Counts and Ranks views' the window (and Ranks' group) they show.
    public static func cooccurrence(_ dataset: Dataset, windows: [Window] = Window.allCases,
                                    groups: [DemographicGroup] = DemographicGroup.allCases.sorted()) -> TypedTable {
        let names = dataset.diseases.map(\.name)
        let header = ["window", "group", "disease", "demographic", "count", "share_pct", "rank",
                      "relative_census_representation"]
        let rows: [[TableCell]] = CompletedCounts.rows(dataset, windows: windows, groups: groups).map { row in
            [.integer(row.window.rawValue), .text(row.group.rawValue), .text(names[row.disease]),
             .text(row.demographic.label), .integer(row.count), .value(row.sharePct), .integer(row.rank),
             .value(row.relativeCensusRepresentation)]
        }
        return TypedTable(name: "cooccurrence.csv", header: header, rows: rows)
    }

    /// One row per group, from `WindowVariation` (1a-B), with the pairwise identical counts and mean τ-b vs 250.
    public static func windowAgreement(_ dataset: Dataset, mode: AnalysisMode) -> TypedTable {
        windowAgreement(variations: DemographicGroup.allCases.sorted().compactMap {
            WindowVariation(dataset, group: $0, mode: mode)
        })
    }

    /// `window_agreement.csv`'s rows of the given groups' variations (the Windows view's: its group's), in order.
    public static func windowAgreement(variations: [WindowVariation]) -> TypedTable {
        let pairs = WindowPair.reported
        let tauWindows: [Window] = [.w10, .w50, .w100]
        let header = ["group", "n_diseases", "identical_all_windows", "same_top_all_windows"]
            + pairs.map { "identical_\($0)" }
            + tauWindows.flatMap { ["mean_tau_\($0.rawValue)_250", "n_tau_\($0.rawValue)_250"] }
        let rows: [[TableCell]] = variations.map { variation in
            let means = tauWindows.map { variation.meanTauVsAnalysisWindow($0) }
            return [.text(variation.group.rawValue), .integer(variation.diseaseCount),
                    .integer(variation.identicalAllWindows), .integer(variation.sameTopAllWindows)]
                + pairs.map { .integer(variation.identicalCount($0)) }
                + means.flatMap { [TableCell.value($0.value), .integer($0.count)] }
        }
        return TypedTable(name: "window_agreement.csv", header: header, rows: rows)
    }

    /// One row per disease of the vocabulary, from `DiseaseTotals` (1a-C).
    public static func diseaseTotals(_ dataset: Dataset, mode: AnalysisMode) -> TypedTable {
        let names = dataset.diseases.map(\.name)
        let rows: [[TableCell]] = DiseaseTotals(dataset, mode: mode).rows.map { row in
            [.text(names[row.disease]), row.totalEntityCount.map(TableCell.integer) ?? .missing,
             row.quartile.map(TableCell.integer) ?? .missing, row.pileRank.map(TableCell.integer) ?? .missing]
        }
        return TypedTable(name: "disease_totals.csv",
                        header: ["disease", "total_entity_count", "quartile", "pile_rank"], rows: rows)
    }

    /// One row per (group, disease, demographic) of `cross_care_demo_real.csv`, from `PrevalenceComparison` (1b-C)
    /// at `window` (the contract's: 250; the Prevalence view's: the window it shows).
    public static func prevalenceComparison(_ dataset: Dataset, mode: AnalysisMode,
                                            window: Window = .analysis) -> TypedTable {
        let names = dataset.diseases.map(\.name)
        let header = ["group", "disease", "demographic", "real_prevalence", "real_share_pct", "pile_share_pct",
                      "share_error_pp", "representation_ratio", "real_rank", "pile_rank",
                      "pile_count", "abs_share_error_pp", "rank_diff"]
        let optional: (Int?) -> TableCell = { $0.map(TableCell.integer) ?? .missing }
        let rows: [[TableCell]] = PrevalenceComparison(dataset, window: window, mode: mode).rows.map { row in
            [.text(row.group.rawValue), .text(names[row.disease]), .text(row.demographic.label),
             .value(row.realPrevalence), .value(row.realSharePct), .value(row.pileSharePct),
             .value(row.shareErrorPP), .value(row.representationRatio), optional(row.realRank),
             optional(row.pileRank), .integer(row.pileCount), .value(row.absShareErrorPP), optional(row.rankDifference)]
        }
        return TypedTable(name: "prevalence_comparison.csv", header: header, rows: rows)
    }
}
