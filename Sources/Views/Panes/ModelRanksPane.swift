import Analysis

/// A model's rank table (issue 16, `K` or `:open-rank-table`): diseases × demographics, each cell the model's rank
/// (1 = top) with the Pile's rank at the window beside it, the per-disease tau between scores and counts, and how
/// many demographics the two rank differently; a model rank that differs from the Pile's is marked `*`.
struct ModelRanksPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries
    let model: String

    var configuration: LogitConfiguration {
        state.filters.configuration(default: Section2Defaults.tau(group: state.filters.group))
    }

    var rows: [ModelRankRow] {
        queries.memo(PaneKey(.modelRanks(state.filters.window), configuration, state.filters, models: [model])) {
            dataset.modelRanks(model: model, configuration: configuration, templates: state.filters.templates,
                               mode: state.filters.mode, window: state.filters.window, queries: queries)
        }
    }

    var columns: [TableColumn] {
        [TableColumn("disease", maxWidth: 28)]
            + state.filters.group.demographics.flatMap { demographic -> [TableColumn] in
                let code = PaneText.code(demographic)
                return [TableColumn(code, name: demographic.label.lowercased().replacingOccurrences(of: " ", with: "_"),
                                    alignment: .right),
                        TableColumn("\(code) pile", name: demographic.label.lowercased()
                                        .replacingOccurrences(of: " ", with: "_") + "_pile", alignment: .right)]
            }
            + [TableColumn("tau", alignment: .right), TableColumn("n", alignment: .right),
               TableColumn("disagree", alignment: .right)]
    }

    func row(_ rank: ModelRankRow) -> PaneRow {
        let name = PaneText.diseaseName(dataset, rank.disease)
        var cells = [name], numbers: [Double?] = [nil]
        for (model, pile) in zip(rank.modelRanks, rank.pileRanks) {
            let differs = model != 0 && pile != 0 && model != pile
            cells += [model == 0 ? "-" : "\(model)" + (differs ? "*" : ""), pile == 0 ? "-" : "\(pile)"]
            numbers += [model == 0 ? nil : Double(model), pile == 0 ? nil : Double(pile)]
        }
        cells += [PaneText.number(rank.tau, 3), "\(rank.n)", "\(rank.disagreements)"]
        numbers += [rank.tau, Double(rank.n), Double(rank.disagreements)]
        return PaneRow(cells: cells, numbers: numbers, label: name, drill: .disease(rank.disease))
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration, dataset: dataset,
                                   options: options)
        layout.drawFrame(headline: "Ranks of \(model) vs the Pile at window \(state.filters.window.rawValue) (1 = top; * = ranks differ; tau = scores vs counts)",
                         caption: caption, into: &buffer, options: options)
        let rows = self.rows
        guard !rows.isEmpty else {
            layout.drawMessage("No logits for \(model) in \(configuration.description); keys: t, c, L, r.",
                               into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        return PaneTable(columns: columns, rows: rows.map(row))
            .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
    }

    var dataTable: TypedTable {
        var table: [[TableCell]] = []
        for rank in rows {
            for (index, demographic) in state.filters.group.demographics.enumerated() {
                let model = rank.modelRanks[index], pile = rank.pileRanks[index]
                table.append([.text(self.model), .text(configuration.description),
                              .text(PaneText.diseaseName(dataset, rank.disease)), .text(demographic.label),
                              model == 0 ? .missing : .integer(model), pile == 0 ? .missing : .integer(pile),
                              .integer(state.filters.window.rawValue), .value(rank.tau)])
            }
        }
        return TypedTable(name: "model-ranks.csv", header: ["model", "configuration", "disease", "demographic",
                                                          "model_rank", "pile_rank", "window", "tau"], rows: table)
    }
}
