import Analysis

/// `counts` (Section 1a-D): disease × (gender + race) co-occurrence heatmap at the filter's window, rows by Pile
/// frequency (the top N with `filters.top`), shaded on a log scale with the counts in the cells when they fit.
/// The cursor row is marked `>`, search matches `»` (`*`); Enter opens that disease across models.
struct CountsPane: AnalysisPane {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries

    /// Every disease's row at the filter's window, kept per window and mode.
    var fullMatrix: CooccurrenceMatrix {
        queries.memo(PaneKey(analysis: .cooccurrence(state.filters.window), configuration: nil, templates: .original,
                             mode: state.filters.mode, models: nil)) {
            CooccurrenceMatrix(dataset, window: state.filters.window, mode: state.filters.mode)
        }
    }

    var matrix: CooccurrenceMatrix {
        let full = fullMatrix
        return state.filters.top.map { full.top($0) } ?? full
    }

    /// `cooccurrence.csv`'s rows at the window: the counts drawn.
    var counts: CooccurrenceRows {
        dataset.cooccurrenceRows(window: state.filters.window, mode: state.filters.mode, queries: queries)
    }

    /// The matrix's rows and columns (order by Pile frequency, documents, Pile rank), each count from
    /// `cooccurrence.csv`.
    func table(_ matrix: CooccurrenceMatrix) -> PaneTable {
        let counts = self.counts
        let columns = [TableColumn("disease", maxWidth: 28)]
            + matrix.columns.map { TableColumn($0.label, alignment: .right) }
            + [TableColumn("documents", alignment: .right), TableColumn("pile rank", alignment: .right)]
        let rows = matrix.rows.map { row -> PaneRow in
            let name = PaneText.diseaseName(dataset, row.disease)
            let numbers = matrix.columns.map { Double(counts.count(name, $0)) }
                + [Double(row.totalEntityCount), Double(row.pileRank)]
            return PaneRow(cells: [name] + numbers.map { String(Int($0)) }, numbers: [nil] + numbers, label: name,
                           drill: .disease(row.disease))
        }
        return PaneTable(columns: columns, rows: rows)
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let caption = Caption.countsText(filters: state.filters, dataset: dataset, options: options)
        let matrix = self.matrix
        let all = fullMatrix.rows.count
        let topText = state.filters.top.map { "top \(min($0, matrix.rows.count)) of \(all)" } ?? "all \(all)"
        layout.drawFrame(headline: "Co-occurrences at window \(matrix.window.rawValue): \(topText) diseases by Pile frequency (\(state.filters.shade == .row ? "shades: each row's shares" : "log shades per group"))",
                         caption: caption, into: &buffer, options: options)
        guard !matrix.rows.isEmpty else {
            layout.drawMessage("No co-occurrence counts at window \(matrix.window.rawValue): w changes the window.",
                               into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        let paneTable = table(matrix)
        let ordered = paneTable.sorted(by: state.filters.sort).rows
        let cursor = min(max(0, state.cursorRow), ordered.count - 1)
        let capacity = max(0, layout.body.height - 2)
        let first = Table.firstVisible(scroll: state.scrollRow, cursor: cursor, capacity: capacity, total: ordered.count)
        let search = state.filters.search ?? ""
        let match = options.charset == .unicode ? "»" : "*"
        let labels = ordered.map { row in
            (options.showsCursor && row.drill == ordered[cursor].drill ? ">" : " ")
                + (PaneSearch.matches(row.label, search) ? match : " ")
                + row.label
        }
        let values = ordered.map { row in matrix.columns.indices.map { row.number($0 + 1) ?? .nan } }
        heatmap(labels: labels, columns: matrix.columns, values: values, width: layout.body.width, first: first)
            .render(into: &buffer, area: layout.body, options: options)
        return PaneSummary(shownRows: ordered.count, totalRows: all,
                           columns: paneTable.columns.map(\.title), columnNames: paneTable.columns.map(\.name),
                           drillTarget: ordered[cursor].drill,
                           caption: caption, rowLabels: ordered.map(\.label))
    }

    /// Counts in the cells when every column fits at its widest value, else shades only in narrower cells.
    func heatmap(labels: [String], columns: [Demographic], values: [[Double]], width: Int, first: Int) -> Heatmap {
        let labelWidth = min(labels.map { DisplayWidth.of($0) }.max() ?? 0, width / 3)
        let widest = values.flatMap { $0 }.map { NumberText.fixed($0, decimals: 0).count }.max() ?? 1
        let room = (width - labelWidth - 1) / max(1, columns.count) - 1
        let showValues = room >= max(widest + 1, 4)
        let cell = showValues ? max(widest + 1, min(room, 10)) : max(1, min(room, 10))
        let fits = columns.allSatisfy { DisplayWidth.of($0.label) <= cell }
        let blocks = DemographicGroup.allCases.sorted().compactMap { group -> (name: String, columns: Range<Int>)? in
            let indices = columns.indices.filter { columns[$0].group == group }
            guard let low = indices.first, let high = indices.last else { return nil }
            return (group.rawValue, low..<(high + 1))
        }
        return Heatmap(rowLabels: labels, columnLabels: columns.map { fits ? $0.label : PaneText.code($0) },
                       values: values, scale: .log, valueDecimals: showValues ? 0 : nil, cellWidth: cell,
                       scrollRow: first, blocks: blocks, shade: state.filters.shade, marksRowMaximum: true)
    }

    var dataTable: TypedTable {
        let matrix = self.matrix, counts = self.counts
        var rows: [[TableCell]] = []
        for row in matrix.rows {
            let name = PaneText.diseaseName(dataset, row.disease)
            for demographic in matrix.columns {
                rows.append([.text(name), .text(demographic.group.rawValue), .text(demographic.label),
                             .integer(matrix.window.rawValue), .integer(counts.count(name, demographic)),
                             .integer(row.totalEntityCount), .integer(row.pileRank)])
            }
        }
        return TypedTable(name: "counts.csv", header: ["disease", "group", "demographic", "window", "count",
                                                     "total_entity_count", "pile_rank"], rows: rows)
    }
}
