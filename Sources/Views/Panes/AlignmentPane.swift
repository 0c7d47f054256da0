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

    func pairRow(_ comparison: AlignmentComparison) -> PaneRow {
        let pair = comparison.pair
        let label = "\(AlignmentPane.shortName(pair.base)) -> \(AlignmentPane.shortName(pair.aligned))"
        let mode = state.filters.mode, other: AnalysisMode = mode == .correct ? .paper : .correct
        let active = comparison.tauRealChange[mode] ?? .nan, beside = comparison.tauRealChange[other] ?? .nan
        let rank = comparison.meanRankTau
        let test = comparison.tauRealTest
        let p = test.p.isFinite ? PaneText.pValue(test.p, tau: test.p) + (test.exact ? "" : " MC")
            : (test.n > 0 ? "n.t." : "-")
        return PaneRow(cells: [label, pair.method, PaneText.number(active, 3), PaneText.number(beside, 3), p,
                               "\(test.n)",
                               "\(comparison.topFlipCount)", "\(comparison.bottomFlipCount)",
                               PaneText.number(rank.value, 3), "\(comparison.flips.count)"],
                       numbers: [nil, nil, active, beside, test.p, Double(test.n), Double(comparison.topFlipCount),
                                 Double(comparison.bottomFlipCount), rank.value, Double(comparison.flips.count)],
                       label: label, drill: .alignmentPair(base: pair.base, aligned: pair.aligned))
    }

    func flipRow(_ flip: AlignmentFlip) -> PaneRow {
        let name = PaneText.diseaseName(dataset, flip.disease)
        return PaneRow(cells: [name, PaneText.ranking(flip.baseRanking), PaneText.ranking(flip.alignedRanking),
                               PaneText.number(flip.tau, 3), flip.topChanged ? "yes" : "no",
                               flip.bottomChanged ? "yes" : "no"],
                       numbers: [nil, nil, nil, flip.tau, flip.topChanged ? 1 : 0, flip.bottomChanged ? 1 : 0],
                       label: name)
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
            return PaneTable(columns: columns, rows: comparisons[0].flips.filter { !state.filters.onlyFlipped || $0.topChanged || $0.bottomChanged }
                .map(flipRow))
                .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
        }
        let paneTable = PaneTable(columns: AlignmentPane.pairColumns(mode: state.filters.mode), rows: comparisons.map(pairRow))
        let (tableArea, figureArea) = AlignmentPane.split(layout.body, tableRows: comparisons.count + 2,
                                                          figureRows: 2 * demographics.count + 2)
        let summary = paneTable.render(state: state, into: &buffer, area: tableArea, options: options,
                                       caption: caption, total: dataset.vocabulary.models.alignmentPairs.count)
        if case .alignmentPair(let base, let aligned)? = paneTable.rowUnderCursor(state)?.drill,
           let comparison = comparisons.first(where: { $0.pair.base == base && $0.pair.aligned == aligned }) {
            // The pair's two means vs real with their intervals (the numbers of `tau_real_summary.csv`).
            buffer.put(meansText(comparison), x: figureArea.x, y: figureArea.y, width: figureArea.width,
                       options: options)
            let barsArea = Rect(x: figureArea.x, y: figureArea.y + 1, width: min(figureArea.width, 100),
                                height: max(0, figureArea.height - 1))
            changeBars(comparison).render(into: &buffer, area: barsArea, options: options)
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

    /// `mean tau vs real: base 0.10 [0.02, 0.18] (n=15) -> aligned 0.15 [0.05, 0.24] (n=15)`, kept per pair.
    func meansText(_ comparison: AlignmentComparison) -> String {
        let pair = comparison.pair, settings = state.filters.uncertainty
        let summaries = queries.memo(PaneKey(.alignmentMeans(settings), configuration, state.filters,
                                             models: [pair.base, pair.aligned])) {
            dataset.realTaus(configuration: configuration, templates: state.filters.templates,
                             mode: state.filters.mode, models: [pair.base, pair.aligned], queries: queries).map {
                ($0.model, $0.summary(settings, configuration: configuration, templates: state.filters.templates))
            }
        }
        let text = { (id: String) -> String in
            guard let summary = summaries.first(where: { $0.0 == id })?.1 else { return "-" }
            return "\(PaneText.interval(summary)) (n=\(summary.mean.count)"
                + (summary.reducedCount > 0 ? ", \(summary.reducedCount) red.)" : ")")
        }
        return "Mean tau vs real [\(PaneText.confidence(settings))]: base \(text(pair.base)) -> aligned "
            + text(pair.aligned)
    }

    /// `◀███│██▶` bars of aligned − base top counts per demographic, then bottom counts.
    func changeBars(_ comparison: AlignmentComparison) -> TitledWidget<DivergingBars> {
        let labels = demographics.map { "top \($0.label)" } + demographics.map { "bottom \($0.label)" }
        let values = (comparison.topCountChange + comparison.bottomCountChange).map(Double.init)
        return TitledWidget(title: "Count change \(AlignmentPane.shortName(comparison.pair.aligned)) - \(AlignmentPane.shortName(comparison.pair.base))",
                            content: DivergingBars(labels: labels, values: values, decimals: 0,
                                                   negativeCaption: "fewer in aligned", positiveCaption: "more in aligned"))
    }

    var dataTable: TypedTable {
        var rows: [[TableCell]] = []
        for comparison in comparisons {
            let prefix: [TableCell] = [.text(comparison.pair.base), .text(comparison.pair.aligned),
                                       .text(comparison.pair.method), .text(configuration.description)]
            for flip in comparison.flips {
                rows.append(prefix + [.text(PaneText.diseaseName(dataset, flip.disease)),
                                      .text(flip.baseRanking.map(\.label).joined(separator: ">")),
                                      .text(flip.alignedRanking.map(\.label).joined(separator: ">")), .value(flip.tau),
                                      .integer(flip.topChanged ? 1 : 0), .integer(flip.bottomChanged ? 1 : 0)])
            }
        }
        return TypedTable(name: "alignment.csv", header: ["base", "aligned", "method", "configuration", "disease",
                                                        "base_ranking", "aligned_ranking", "tau", "top_changed",
                                                        "bottom_changed"], rows: rows)
    }
}
