import Analysis

/// `alignment` (Section 3c): the base → aligned pairs with both models in the configuration — method, change of the
/// mean tau vs real (aligned − base, correct and paper), diseases whose top/bottom demographic flipped, the mean
/// base-vs-aligned rank tau — and diverging bars of the change in top (and bottom) counts per demographic for the
/// pair under the cursor. Enter on a pair: its per-disease flips. Defaults: `hf`, American context.
struct AlignmentPane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries

    var configuration: LogitConfiguration {
        state.filters.configuration(default: LogitConfiguration(logitType: .hf, context: .american, language: .en,
                                                                group: state.filters.group))
    }
    var drilledPair: (base: String, aligned: String)? {
        if case .alignmentPair(let base, let aligned)? = state.drill { return (base, aligned) } else { return nil }
    }
    var demographics: [Demographic] { state.filters.group.demographics }

    /// Pairs whose base or aligned model passes the model filter (the drilled pair only when drilled).
    var comparisons: [AlignmentComparison] {
        if let pair = drilledPair {
            return dataset.vocabulary.models.alignmentPairs
                .filter { $0.base == pair.base && $0.aligned == pair.aligned }
                .compactMap { dataset.alignmentComparison($0, configuration: configuration,
                                                          templates: state.filters.templates, mode: state.filters.mode,
                                                          settings: state.filters.uncertainty, queries: queries) }
        }
        let passes: (String) -> Bool = { id in dataset.models.first { $0.id == id }.map(state.filters.includes) ?? false }
        let all = queries.memo(PaneKey(.alignment(state.filters.uncertainty), configuration, state.filters,
                                       models: nil)) {
            dataset.alignmentComparisons(configuration: configuration, templates: state.filters.templates,
                                         mode: state.filters.mode, settings: state.filters.uncertainty,
                                         queries: queries)
        }
        return all
            .filter { passes($0.pair.base) || passes($0.pair.aligned) }
    }

    static func shortName(_ id: String) -> String {
        id.firstIndex(of: "/").map { String(id[id.index(after: $0)...]) } ?? id
    }

    /// The active mode's d tau first, marked `*` (the other mode's beside it for comparison).
    static func pairColumns(mode: AnalysisMode) -> [TableColumn] {
        let other: AnalysisMode = mode == .correct ? .paper : .correct
        return [TableColumn("pair", maxWidth: 44), TableColumn("method"),
                TableColumn("d tau \(mode.rawValue)*", alignment: .right),
                TableColumn("d tau \(other.rawValue)", alignment: .right),
                TableColumn("p d tau", alignment: .right), TableColumn("n d tau", alignment: .right),
                TableColumn("top flips", alignment: .right),
                TableColumn("bottom flips", alignment: .right), TableColumn("rank tau", alignment: .right),
                TableColumn("diseases", alignment: .right)]
    }

    /// An `alignment_pairs.csv` row (the builder `tables` uses): the active mode's d tau first, the other's beside.
    func pairRow(_ table: TypedTable, _ row: Int) -> PaneRow {
        let base = table.text(row, "base") ?? "", aligned = table.text(row, "aligned") ?? ""
        let label = "\(AlignmentPane.shortName(base)) -> \(AlignmentPane.shortName(aligned))"
        let mode = state.filters.mode, other: AnalysisMode = mode == .correct ? .paper : .correct
        let active = table.value(row, AlignmentPane.changeColumn(mode))
        let beside = table.value(row, AlignmentPane.changeColumn(other))
        let rank = table.value(row, "mean_rank_tau")
        let p = table.value(row, "p_d_tau"), n = table.integer(row, "n_d_tau") ?? 0
        let pText = p.isFinite ? PaneText.pValue(p, tau: p) + (table.integer(row, "p_d_tau_exact") == 1 ? "" : " MC")
            : (n > 0 ? "n.t." : "-")
        let counts = ["n_top_flips", "n_bottom_flips"].map { table.integer(row, $0) }
        let diseases = table.integer(row, "n_diseases")
        return PaneRow(cells: [label, table.text(row, "method") ?? "-", PaneText.number(active, 3),
                               PaneText.number(beside, 3), pText, "\(n)"] + counts.map(PaneText.count)
                           + [PaneText.number(rank, 3), PaneText.count(diseases)],
                       numbers: [nil, nil, active, beside, p, Double(n)] + counts.map { $0.map(Double.init) }
                           + [rank, diseases.map(Double.init)],
                       label: label, drill: .alignmentPair(base: base, aligned: aligned))
    }

    /// The `alignment_pairs.csv` column of a mode's d tau vs real.
    static func changeColumn(_ mode: AnalysisMode) -> String {
        mode == .correct ? "d_tau_real_correct" : "d_tau_real_compat"
    }

    /// An `alignment_flips.csv` row; rankings (`a|b|c`, highest first) drawn as codes.
    func flipRow(_ table: TypedTable, _ row: Int) -> PaneRow {
        let name = table.text(row, "disease") ?? "-"
        let tau = table.value(row, "tau")
        let top = table.integer(row, "top_changed"), bottom = table.integer(row, "bottom_changed")
        return PaneRow(cells: [name, PaneText.ranking(AlignmentPane.ranking(table, row, "base_ranking")),
                               PaneText.ranking(AlignmentPane.ranking(table, row, "aligned_ranking")),
                               PaneText.number(tau, 3), top == 1 ? "yes" : "no", bottom == 1 ? "yes" : "no"],
                       numbers: [nil, nil, nil, tau, top.map(Double.init), bottom.map(Double.init)],
                       label: name)
    }

    /// A ranking cell's demographics, highest first.
    static func ranking(_ table: TypedTable, _ row: Int, _ column: String) -> [Demographic] {
        (table.text(row, column) ?? "").split(separator: "|").compactMap { Demographic(label: String($0)) }
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration, dataset: dataset,
                                   options: options)
        let legend = PaneText.codeLegend(state.filters.group)
        let headline = drilledPair.map { "Flips \(AlignmentPane.shortName($0.base)) -> \(AlignmentPane.shortName($0.aligned)): both rankings, rank tau, top/bottom changed (\(legend))" }
            ?? "Alignment pairs: d tau vs real (aligned - base; * = \(state.filters.mode.rawValue) mode, shown) with its sign-flip p over the n diseases both have (MC = Monte Carlo), top/bottom flips, mean rank tau; Enter: per-disease flips"
        layout.drawFrame(headline: headline, caption: caption, into: &buffer, options: options)
        let comparisons = self.comparisons
        guard !comparisons.isEmpty else {
            layout.drawMessage("No alignment pair with both models: " + state.filters.emptyMessage(configuration),
                               into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        if drilledPair != nil {
            let columns = [TableColumn("disease", maxWidth: 28), TableColumn("base ranking"),
                           TableColumn("aligned ranking"), TableColumn("tau", alignment: .right),
                           TableColumn("top changed"), TableColumn("bottom changed")]
            let flips = Section3Tables.alignmentFlips(dataset, comparisons: [comparisons[0]])
            let rows = (0..<flips.rowCount).filter { row in
                !state.filters.onlyFlipped || flips.integer(row, "top_changed") == 1
                    || flips.integer(row, "bottom_changed") == 1
            }
            return PaneTable(columns: columns, rows: rows.map { flipRow(flips, $0) })
                .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
        }
        let pairs = Section3Tables.alignmentPairs(comparisons: comparisons)
        let paneTable = PaneTable(columns: AlignmentPane.pairColumns(mode: state.filters.mode),
                                  rows: (0..<pairs.rowCount).map { pairRow(pairs, $0) })
        let (tableArea, figureArea) = AlignmentPane.split(layout.body, tableRows: comparisons.count + 2,
                                                          figureRows: 2 * demographics.count + 2)
        let summary = paneTable.render(state: state, into: &buffer, area: tableArea, options: options,
                                       caption: caption, total: dataset.vocabulary.models.alignmentPairs.count)
        if case .alignmentPair(let base, let aligned)? = paneTable.rowUnderCursor(state)?.drill,
           let row = pairs.firstRow(["base": base, "aligned": aligned]) {
            // The pair's two means vs real with their intervals (`tau_real_summary.csv`'s rows).
            buffer.put(meansText(base: base, aligned: aligned), x: figureArea.x, y: figureArea.y,
                       width: figureArea.width, options: options)
            let barsArea = Rect(x: figureArea.x, y: figureArea.y + 1, width: min(figureArea.width, 100),
                                height: max(0, figureArea.height - 1))
            changeBars(pairs, row).render(into: &buffer, area: barsArea, options: options)
        }
        return summary
    }

    /// Table over figure when both fit in the height (the table keeps its full width), else
    /// `PaneLayout.tableAndFigure`.
    static func split(_ body: Rect, tableRows: Int, figureRows: Int) -> (table: Rect, figure: Rect) {
        guard body.height >= tableRows + figureRows + 1 else { return PaneLayout.tableAndFigure(body, tableShare: 62) }
        let parts = body.rows([.fixed(tableRows), .min(0)], spacing: 1)
        return (parts[0], parts[1])
    }

    /// `tau_real_summary.csv`'s rows of the pair's two models (the builder `tables` uses), kept per pair.
    func realSummaryRows(base: String, aligned: String) -> TypedTable {
        let settings = state.filters.uncertainty
        return queries.memo(PaneKey(.contract(.tauRealSummary(settings)), configuration, state.filters,
                                    models: [base, aligned])) {
            let taus = dataset.realTaus(configuration: configuration, templates: state.filters.templates,
                                        mode: state.filters.mode, models: [base, aligned], queries: queries)
            return Section3Tables.tauRealSummary(dataset, configuration: configuration,
                                                 templates: state.filters.templates, realTaus: taus,
                                                 settings: settings, parallel: queries.parallel)
        }
    }

    /// `mean tau vs real: base 0.10 [0.02, 0.18] (n=15) -> aligned 0.15 [0.05, 0.24] (n=15)`.
    func meansText(base: String, aligned: String) -> String {
        let table = realSummaryRows(base: base, aligned: aligned)
        let text = { (id: String) -> String in
            guard let row = table.rows(where: "model", is: id).first else { return "-" }
            let summary = TauPane.summary(table, row: row)
            return "\(PaneText.interval(summary)) (n=\(summary.mean.count)"
                + (summary.reducedCount > 0 ? ", \(summary.reducedCount) red.)" : ")")
        }
        return "Mean tau vs real [\(PaneText.confidence(state.filters.uncertainty))]: base \(text(base)) -> aligned "
            + text(aligned)
    }

    /// `◀███│██▶` bars of aligned − base top counts per demographic, then bottom counts (`alignment_pairs.csv`'s
    /// `d_top_*`, `d_bottom_*`).
    func changeBars(_ table: TypedTable, _ row: Int) -> TitledWidget<DivergingBars> {
        let labels = demographics.map { "top \($0.label)" } + demographics.map { "bottom \($0.label)" }
        let values = (demographics.map { "d_top_\($0.label)" } + demographics.map { "d_bottom_\($0.label)" })
            .map { table.value(row, $0) }
        let base = table.text(row, "base") ?? "", aligned = table.text(row, "aligned") ?? ""
        return TitledWidget(title: "Count change \(AlignmentPane.shortName(aligned)) - \(AlignmentPane.shortName(base))",
                            content: DivergingBars(labels: labels, values: values, decimals: 0,
                                                   negativeCaption: "fewer in aligned", positiveCaption: "more in aligned"))
    }

    var dataTable: TypedTable {
        let flips = Section3Tables.alignmentFlips(dataset, comparisons: comparisons)
        let methods = Dictionary(comparisons.map { ($0.pair.base + "\u{1F}" + $0.pair.aligned, $0.pair.method) },
                                 uniquingKeysWith: { first, _ in first })
        let ranking = { (row: Int, column: String) -> TableCell in
            .text(AlignmentPane.ranking(flips, row, column).map(\.label).joined(separator: ">"))
        }
        let rows: [[TableCell]] = (0..<flips.rowCount).map { row in
            let base = flips.text(row, "base") ?? "", aligned = flips.text(row, "aligned") ?? ""
            return [.text(base), .text(aligned), .text(methods[base + "\u{1F}" + aligned] ?? ""),
                    .text(configuration.description), .text(flips.text(row, "disease") ?? ""),
                    ranking(row, "base_ranking"), ranking(row, "aligned_ranking"), .value(flips.number(row, "tau")),
                    .value(flips.integer(row, "top_changed")), .value(flips.integer(row, "bottom_changed"))]
        }
        return TypedTable(name: "alignment.csv", header: ["base", "aligned", "method", "configuration", "disease",
                                                        "base_ranking", "aligned_ranking", "tau", "top_changed",
                                                        "bottom_changed"], rows: rows)
    }
}
