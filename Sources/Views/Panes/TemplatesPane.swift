import Analysis

/// `templates` (Section 2b): template robustness per model (mean over diseases of the modal top frequency, mean
/// pairwise tau between templates, mean |logit| and |rank| differences); box plots of the mean rank of each
/// demographic across the templates for the model under the cursor. Enter on a model: its per-disease measures.
struct TemplatesPane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries

    var configuration: LogitConfiguration {
        state.filters.configuration(default: Section2Defaults.robustness(group: state.filters.group))
    }

    func robustness(_ models: [String]) -> [ModelRobustness] {
        queries.memo(PaneKey(.robustness, configuration, state.filters, models: models)) {
            dataset.robustness(configuration: configuration, templates: state.filters.templates, mode: state.filters.mode,
                               models: models, queries: queries)
        }
    }

    /// The drilled model's `top_stability.csv` rows (template bootstrap of each disease's top and ranking), by disease.
    func stability(_ model: String) -> [DiseaseID: TopStability] {
        dataset.topStability(model: model, configuration: configuration, filters: state.filters, queries: queries)
    }

    var drilledModel: String? { if case .model(let id)? = state.drill { return id } else { return nil } }

    static let measureColumns = [TableColumn("modal top", alignment: .right), TableColumn("pairwise tau", alignment: .right),
                                 TableColumn("|logit diff|", alignment: .right), TableColumn("|rank diff|", alignment: .right)]

    func modelRow(_ entry: ModelRobustness) -> PaneRow {
        let values = [entry.modalTopFrequency.value, entry.meanPairwiseTau.value, entry.meanAbsLogitDifference.value,
                      entry.meanAbsRankDifference.value]
        return PaneRow(cells: [entry.model] + values.map { PaneText.number($0, 3) } + ["\(entry.diseases.count)"],
                       numbers: [nil] + values + [Double(entry.diseases.count)], label: entry.model,
                       drill: .model(entry.model))
    }

    /// `template_robustness.csv`'s rows of the models' robustness under the filters' templates (the builder
    /// `tables` uses), in the results' order.
    func contractRows(_ results: [ModelRobustness]) -> TypedTable {
        Section2Tables.templateRobustness(dataset, configuration: configuration, templates: state.filters.templates,
                                          results: results)
    }

    /// `top_stability.csv`'s rows of the drilled model (the builder `tables` uses), by disease name.
    func stabilityRows(_ model: String) -> [String: (top: Double?, ranking: Double?)] {
        let rows = stability(model).values.sorted { $0.disease < $1.disease }
        let table = Section2Tables.topStability(dataset, configuration: configuration, model: model,
                                                templates: state.filters.templates,
                                                settings: state.filters.uncertainty, rows: rows)
        var result: [String: (top: Double?, ranking: Double?)] = [:]
        for row in 0..<table.rowCount {
            guard let disease = table.text(row, "disease") else { continue }
            result[disease] = (table.number(row, "top_share"), table.number(row, "ranking_share"))
        }
        return result
    }

    /// A `template_robustness.csv` row; the modal top demographics (not a column of the file) from the analysis.
    func diseaseRow(_ table: TypedTable, _ row: Int, entry: DiseaseRobustness?,
                    stability: [String: (top: Double?, ranking: Double?)]) -> PaneRow {
        let name = table.text(row, "disease") ?? "-"
        let values = [table.value(row, "modal_top_freq"), table.value(row, "mean_pairwise_tau"),
                      table.value(row, "mean_abs_logit_diff"), table.value(row, "mean_abs_rank_diff")]
        let demographics = state.filters.group.demographics
        let tops = (entry?.modalTops ?? []).filter(demographics.indices.contains).map { demographics[$0].label }
        let top = tops.isEmpty ? "-" : tops.joined(separator: ";")
        let templateCount = table.integer(row, "n_templates")
        let shares = stability[name]
        return PaneRow(cells: [name, PaneText.count(table.integer(row, "modal_top_freq"))]
                           + values.dropFirst().map { PaneText.number($0, 3) }
                           + [top, PaneText.count(templateCount), PaneText.number(shares?.top ?? nil, 2),
                              PaneText.number(shares?.ranking ?? nil, 2)],
                       numbers: [nil] + values + [nil, templateCount.map(Double.init), shares?.top ?? nil,
                                                  shares?.ranking ?? nil], label: name,
                       drill: entry.map { .disease($0.disease) })
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration, dataset: dataset,
                                   options: options)
        let models = drilledModel.map { [$0] } ?? state.filters.modelIDs(dataset, configuration: configuration)
        let results = robustness(models)
        layout.drawFrame(headline: drilledModel.map { "Template robustness per disease: \($0); top/ranking share: share of \(state.filters.uncertainty.templateResamples) template resamples keeping the top (set) / the whole ranking" }
                            ?? "Template robustness per model, templates \(state.filters.templates); Enter: per disease",
                         caption: caption, into: &buffer, options: options)
        guard let first = results.first else {
            layout.drawMessage(state.filters.emptyMessage(configuration), into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        if drilledModel != nil {
            let columns = [TableColumn("disease", maxWidth: 28)] + TemplatesPane.measureColumns
                + [TableColumn("modal top demographic"), TableColumn("templates", alignment: .right),
                   TableColumn("top share", alignment: .right), TableColumn("ranking share", alignment: .right)]
            let stability = stabilityRows(first.model), table = contractRows([first])
            let rows = (0..<table.rowCount).map { row in
                diseaseRow(table, row, entry: row < first.diseases.count ? first.diseases[row] : nil,
                           stability: stability)
            }
            return PaneTable(columns: columns, rows: rows)
                .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
        }
        let columns = [TableColumn("model", maxWidth: 36)] + TemplatesPane.measureColumns
            + [TableColumn("diseases", alignment: .right)]
        let paneTable = PaneTable(columns: columns, rows: results.map(modelRow))
        let (tableArea, figureArea) = PaneLayout.tableAndFigure(layout.body)
        let summary = paneTable.render(state: state, into: &buffer, area: tableArea, options: options, caption: caption,
                                       total: dataset.models(with: configuration).count)
        if case .model(let id)? = paneTable.rowUnderCursor(state)?.drill,
           let entry = results.first(where: { $0.model == id }) {
            TitledWidget(title: "\(id): mean rank per template (1 = top)", content: boxPlot(entry))
                .render(into: &buffer, area: figureArea, options: options)
        }
        return summary
    }

    /// One box per demographic over the selected templates' mean ranks.
    func boxPlot(_ entry: ModelRobustness) -> BoxPlot {
        let templates = state.filters.templates.indices.filter { $0 < entry.meanRankByTemplate.count }
        return BoxPlot(distributions: state.filters.group.demographics.enumerated().map { index, demographic in
            Distribution(label: demographic.label, values: templates.map { entry.meanRankByTemplate[$0][index] })
        }, axisTitle: "mean rank of a template over the diseases (1 = top)")
    }

    var dataTable: TypedTable {
        let models = drilledModel.map { [$0] } ?? state.filters.modelIDs(dataset, configuration: configuration)
        let table = contractRows(robustness(models))
        let rows: [[TableCell]] = (0..<table.rowCount).map { row in
            [.text(table.text(row, "model") ?? ""), .text(configuration.description),
             .text(state.filters.templates.description), .text(table.text(row, "disease") ?? ""),
             .value(table.integer(row, "n_templates")), .value(table.integer(row, "modal_top_freq")),
             .value(table.number(row, "mean_pairwise_tau")), .value(table.number(row, "mean_abs_logit_diff")),
             .value(table.number(row, "mean_abs_rank_diff"))]
        }
        return TypedTable(name: "templates.csv", header: ["model", "configuration", "templates", "disease",
                                                        "template_count", "modal_top_frequency", "mean_pairwise_tau",
                                                        "mean_abs_logit_difference", "mean_abs_rank_difference"],
                        rows: rows)
    }
}
