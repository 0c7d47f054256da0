import Analysis

/// `top-bottom` (Section 2a): per model, how many diseases put each demographic at the top and at the bottom of
/// the mean logits over the selected templates; grouped bars (top, bottom) for the model under the cursor.
/// Enter on a model opens its per-template table (20 rows).
struct TopBottomPane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries

    var configuration: LogitConfiguration {
        state.filters.configuration(default: Section2Defaults.topBottom(group: state.filters.group))
    }
    var demographics: [Demographic] { state.filters.group.demographics }
    var drilledModel: String? { if case .model(let id)? = state.drill { return id } else { return nil } }

    /// `top_bottom.csv`'s rows of the configuration on screen under the filters' templates, for the filtered
    /// models (the builder `tables` uses), kept with each model's counts read from it.
    var contractRows: TopBottomRows {
        let models = state.filters.modelIDs(dataset, configuration: configuration)
        return queries.memo(PaneKey(.contract(.topBottom), configuration, state.filters, models: models)) {
            TopBottomRows(Section2Tables.topBottom(dataset, configuration: configuration,
                                                   templates: [state.filters.templates], mode: state.filters.mode,
                                                   models: models), group: state.filters.group, by: "model")
        }
    }

    /// Each model's counts as `top_bottom.csv` has them, in its row order.
    var perModel: [TopBottomRows.Entry] { contractRows.entries }

    /// `top_bottom_by_template.csv`'s rows of one model, one entry per template (nil when it has no logits in the
    /// configuration).
    func perTemplate(_ model: String) -> [TopBottomCounts]? {
        let rows = Section2Tables.topBottomByTemplate(dataset, configuration: configuration, mode: state.filters.mode,
                                                      models: [model])
        let entries = TopBottomRows(rows, group: state.filters.group, by: "template").entries
        return entries.isEmpty ? nil : entries.map(\.counts)
    }

    /// Each model's template stability (`top_stability.csv`'s shares, averaged over its diseases), kept as one
    /// analysis of the model list (one cache entry per frame, not one per model, which would crowd out the other
    /// panes' analyses), the models through the caller's parallel map.
    func stabilities(_ models: [String]) -> [String: StabilitySummary] {
        let dataset = self.dataset, configuration = self.configuration, filters = state.filters
        let each = queries.withoutCache
        return queries.memo(PaneKey(.stabilitySummaries(filters.uncertainty), configuration, filters, models: models)) {
            let summaries = queries.map(models) { model in
                StabilitySummary(dataset.topStability(model: model, configuration: configuration, filters: filters,
                                                      queries: each).values)
            }
            return Dictionary(zip(models, summaries), uniquingKeysWith: { first, _ in first })
        }
    }

    func columns(first: String, stability: Bool) -> [TableColumn] {
        [TableColumn(first, maxWidth: 36)]
            + demographics.map { TableColumn("top \(PaneText.code($0))", alignment: .right) }
            + demographics.map { TableColumn("bottom \(PaneText.code($0))", alignment: .right) }
            + [TableColumn("diseases", alignment: .right)]
            + (stability ? [TableColumn("top kept", alignment: .right), TableColumn("rank kept", alignment: .right)] : [])
    }

    func row(_ label: String, _ counts: TopBottomCounts, drill: DrillTarget?,
             stability: StabilitySummary? = nil) -> PaneRow {
        let values = counts.top + counts.bottom + [counts.diseaseCount]
        let shares = stability.map { [$0.topShare, $0.rankingShare] } ?? []
        return PaneRow(cells: [label] + values.map(String.init) + shares.map { PaneText.number($0, 2) },
                       numbers: [nil] + values.map { Double($0) } + shares, label: label, drill: drill)
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration, dataset: dataset,
                                   options: options)
        let legend = PaneText.codeLegend(state.filters.group)
        if let model = drilledModel {
            layout.drawFrame(headline: "Top/bottom per template: \(model) (\(legend))", caption: caption,
                             into: &buffer, options: options)
            guard let templates = perTemplate(model) else {
                layout.drawMessage(state.filters.emptyMessage(configuration), into: &buffer, options: options)
                return PaneSummary(caption: caption)
            }
            let rows = templates.enumerated().map { row("template \($0.offset)", $0.element, drill: nil) }
            return PaneTable(columns: columns(first: "template", stability: false), rows: rows)
                .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
        }
        layout.drawFrame(headline: "Top/bottom demographic counts per model, templates \(state.filters.templates) (\(legend)); Enter: per template; top/rank kept: mean share of \(state.filters.uncertainty.templateResamples) template resamples keeping each disease's top (set) / whole ranking",
                         caption: caption, into: &buffer, options: options)
        let perModel = self.perModel
        guard !perModel.isEmpty else {
            layout.drawMessage(state.filters.emptyMessage(configuration), into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        let stabilities = self.stabilities(perModel.map(\.model))
        let paneTable = PaneTable(columns: columns(first: "model", stability: true), rows: perModel.map {
            row($0.model, $0.counts, drill: .model($0.model), stability: stabilities[$0.model])
        })
        let (tableArea, figureArea) = PaneLayout.tableAndFigure(layout.body)
        let summary = paneTable.render(state: state, into: &buffer, area: tableArea, options: options, caption: caption,
                                       total: dataset.models(with: configuration).count)
        if case .model(let id)? = paneTable.rowUnderCursor(state)?.drill,
           let counts = perModel.first(where: { $0.model == id })?.counts {
            TitledWidget(title: id, content: GroupedBars(
                categories: demographics.map(\.label), seriesNames: ["top", "bottom"],
                values: demographics.indices.map { [Double(counts.top[$0]), Double(counts.bottom[$0])] }, decimals: 0))
                .render(into: &buffer, area: figureArea, options: options)
        }
        return summary
    }

    var dataTable: TypedTable {
        var rows: [[TableCell]] = []
        func append(_ model: String, _ template: String, _ counts: TopBottomCounts, _ stability: StabilitySummary?) {
            for (index, demographic) in demographics.enumerated() {
                rows.append([.text(model), .text(template), .text(configuration.description), .text(demographic.label),
                             .integer(counts.top[index]), .integer(counts.bottom[index]), .integer(counts.diseaseCount),
                             .value(stability?.topShare), .value(stability?.rankingShare)])
            }
        }
        if let model = drilledModel {
            for (template, counts) in (perTemplate(model) ?? []).enumerated() {
                append(model, "\(template)", counts, nil)
            }
        } else {
            let perModel = self.perModel
            let stabilities = self.stabilities(perModel.map(\.model))
            for entry in perModel {
                append(entry.model, state.filters.templates.description, entry.counts, stabilities[entry.model])
            }
        }
        // top_share_mean / ranking_share_mean: the model's mean top_stability.csv shares (empty per template).
        return TypedTable(name: "top-bottom.csv", header: ["model", "templates", "configuration", "demographic", "top",
                                                         "bottom", "diseases", "top_share_mean", "ranking_share_mean"],
                        rows: rows)
    }
}

/// The top/bottom counts of `top_bottom.csv` and `top_bottom_by_template.csv` rows read back per block: one entry
/// per run of rows with the same `by` value (model or template), a count per demographic of the group.
struct TopBottomRows: Sendable {
    struct Entry: Sendable {
        let model: String
        var counts: TopBottomCounts
    }

    let table: TypedTable
    let entries: [Entry]

    init(_ table: TypedTable, group: DemographicGroup, by column: String) {
        self.table = table
        let labels = group.demographics.map(\.label)
        var result: [Entry] = []
        for row in 0..<table.rowCount {
            let name = table.text(row, column) ?? table.integer(row, column).map(String.init) ?? ""
            guard let label = table.text(row, "demographic"), let index = labels.firstIndex(of: label) else { continue }
            if result.last?.model != name { result.append(Entry(model: name, counts: TopBottomCounts(group: group))) }
            let last = result.count - 1
            result[last].counts.top[index] = table.integer(row, "top") ?? 0
            result[last].counts.bottom[index] = table.integer(row, "bottom") ?? 0
            result[last].counts.diseaseCount = table.integer(row, "n_diseases") ?? 0
        }
        entries = result
    }
}
