import Analysis

/// `ranks` (Section 1a-E): each disease's competition rank of the group's demographics (1 = most co-occurrences)
/// at the filter's window, with its ordering; beside it the first / second-last / last counters per demographic.
struct RanksPane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries

    var group: DemographicGroup { state.filters.group }
    var ranks: [WithinDiseaseRank] { WithinDiseaseRank.all(dataset, window: state.filters.window, mode: state.filters.mode) }
    var positions: [PositionCount] {
        PositionCount.all(dataset, group: group, window: state.filters.window, mode: state.filters.mode)
    }

    /// `cooccurrence.csv`'s rows at the window: the ranks drawn.
    var contractRanks: CooccurrenceRows {
        dataset.cooccurrenceRows(window: state.filters.window, groups: [group], mode: state.filters.mode,
                                 queries: queries)
    }

    /// The analysis's diseases with their orderings, each rank from `cooccurrence.csv`.
    func table(_ ranks: [WithinDiseaseRank]) -> PaneTable {
        let contract = contractRanks
        let columns = [TableColumn("disease", maxWidth: 28)]
            + group.demographics.map { TableColumn($0.label, alignment: .right) } + [TableColumn("ordering")]
        let rows = ranks.map { rank -> PaneRow in
            let name = PaneText.diseaseName(dataset, rank.disease)
            let values = group.demographics.map { contract.rank(name, $0) }
            return PaneRow(cells: [name] + values.map(PaneText.count) + [PaneText.ranking(rank.ranking(group))],
                           numbers: [nil] + values.map { $0.map(Double.init) } + [nil], label: name,
                           drill: .disease(rank.disease))
        }
        return PaneTable(columns: columns, rows: rows)
    }

    var counterTable: Table {
        let rows = positions.map { [$0.demographic.label, "\($0.first)", "\($0.secondLast)", "\($0.last)"] }
        return Table(columns: [TableColumn("demographic"), TableColumn("first", alignment: .right),
                               TableColumn("second-last", alignment: .right), TableColumn("last", alignment: .right)],
                     rows: rows)
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.countsText(filters: state.filters, dataset: dataset, options: options)
        let ranks = self.ranks
        let diseases = positions.first?.diseaseCount ?? 0
        let firsts = positions.map { "\(PaneText.code($0.demographic)) \($0.first)" }.joined(separator: " ")
        layout.drawFrame(headline: "Within-disease ranks (\(group.rawValue), window \(state.filters.window.rawValue), 1 = most); first over \(diseases) diseases: \(firsts)",
                         caption: caption, into: &buffer, options: options)
        guard !ranks.isEmpty else {
            layout.drawMessage("No co-occurrence counts at window \(state.filters.window.rawValue): w changes the window.",
                               into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        let (tableArea, figureArea) = PaneLayout.tableAndFigure(layout.body, tableShare: 60)
        let summary = table(ranks).render(state: state, into: &buffer, area: tableArea, options: options,
                                          caption: caption)
        counterTable.render(into: &buffer, area: figureArea, options: options)
        return summary
    }

    var dataTable: TypedTable {
        let contract = contractRanks
        var rows: [[TableCell]] = []
        for rank in ranks {
            let name = PaneText.diseaseName(dataset, rank.disease)
            for demographic in group.demographics {
                rows.append([.text(name), .text(group.rawValue), .text(demographic.label),
                             .integer(state.filters.window.rawValue), .value(contract.rank(name, demographic))])
            }
        }
        return TypedTable(name: "ranks.csv", header: ["disease", "group", "demographic", "window", "rank"], rows: rows)
    }
}
