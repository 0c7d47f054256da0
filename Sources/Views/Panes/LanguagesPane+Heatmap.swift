import Analysis

/// The nested table drawn as a heatmap: a line of language names over their demographic columns, then one shaded
/// row per disease (counts in the cells when they fit), the cursor row marked `>` and search matches `»` (`*`).
struct LanguagesHeatmap {
    let pane: PaneTable
    let languages: [Language]
    /// Demographic columns per language.
    let groupWidth: Int

    func render(state: PaneState, into buffer: inout Buffer, area: Rect, options: RenderOptions,
                caption: String) -> PaneSummary {
        let sortedRows = pane.sorted(by: state.filters.sort).rows
        let ordered = state.filters.top.map { Array(sortedRows.prefix(max(0, $0))) } ?? sortedRows
        guard !ordered.isEmpty, area.height >= 2 else {
            return PaneSummary(shownRows: ordered.count, totalRows: sortedRows.count, columns: pane.columns.map(\.title),
                               caption: caption, rowLabels: ordered.map(\.label))
        }
        let cursor = min(max(0, state.cursorRow), ordered.count - 1)
        let heatArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let capacity = max(0, heatArea.height - 2)
        let first = Table.firstVisible(scroll: state.scrollRow, cursor: cursor, capacity: capacity, total: ordered.count)
        let search = state.filters.search ?? ""
        let match = options.charset == .unicode ? "»" : "*"
        let labels = ordered.enumerated().map { index, row in
            (options.showsCursor && index == cursor ? ">" : " ") + (PaneSearch.matches(row.label, search) ? match : " ")
                + row.label
        }
        let columnCount = pane.columns.count - 1
        let values = ordered.map { row in (1...max(1, columnCount)).map { row.number($0) ?? .nan } }
        let heatmap = self.heatmap(labels: labels, values: values, width: heatArea.width, first: first)
        heatmap.render(into: &buffer, area: heatArea, options: options)
        drawLanguageLine(labels: labels, cell: heatmap.resolvedCellWidth, area: area, into: &buffer, options: options)
        return PaneSummary(shownRows: ordered.count, totalRows: sortedRows.count, columns: pane.columns.map(\.title),
                           caption: caption, rowLabels: ordered.map(\.label))
    }

    /// Counts in the cells when a two-digit count fits, else shades only in narrower cells.
    func heatmap(labels: [String], values: [[Double]], width: Int, first: Int) -> Heatmap {
        let labelWidth = min(labels.map { DisplayWidth.of($0) }.max() ?? 0, width / 3)
        let columns = max(1, languages.count * groupWidth)
        let room = (width - labelWidth - 1) / columns - 1
        let showValues = room >= 3
        let cell = max(1, min(room, 5))
        let codes = pane.columns.dropFirst().map { column in String(column.title.split(separator: " ").last ?? "") }
        return Heatmap(rowLabels: labels, columnLabels: codes, values: values, scale: .linear,
                       valueDecimals: showValues ? 0 : nil, cellWidth: cell, scrollRow: first)
    }

    /// Language names over the first column of their group, with the heatmap's geometry.
    func drawLanguageLine(labels: [String], cell: Int, area: Rect, into buffer: inout Buffer,
                          options: RenderOptions) {
        let labelWidth = min(labels.map { DisplayWidth.of(SafeText.sanitized($0)) }.max() ?? 0, area.width / 3)
        let gridX = area.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        for (index, language) in languages.enumerated() {
            let x = gridX + index * groupWidth * (cell + 1)
            guard x < area.maxX else { break }
            let span = min(groupWidth * (cell + 1) - 1, area.maxX - x)
            let rule = String(repeating: options.charset == .unicode ? "─" : "-", count: max(0, span))
            buffer.put(String((language.rawValue + " " + rule).prefix(span)), x: x, y: area.y, width: span,
                       style: Style(bold: true), options: options)
        }
    }
}
