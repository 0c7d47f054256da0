extension Table {
    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty, !columns.isEmpty else { return }
        let view = viewport(in: area, options: options)
        let glyphs = options.glyphs
        drawRow(into: &buffer, y: area.y, x: area.x, view: view, options: options, style: Style(bold: true)) {
            headerText($0, glyphs: glyphs)
        }
        var y = area.y + 1
        if area.height >= 3 {
            buffer.horizontalLine(glyphs.horizontal, x: area.x, y: y, count: area.width)
            y += 1
        }
        for offset in 0..<view.shownRows {
            let row = view.firstRow + offset
            let isCursor = row == cursorRow
            drawRow(into: &buffer, y: y + offset, x: area.x, view: view, options: options,
                    style: Style(reverse: isCursor)) { column in
                column < rows[row].count ? rows[row][column] : ""
            }
            if isCursor, let cursorColumn, let position = view.columns.firstIndex(of: cursorColumn) {
                let x = area.x + view.widths[..<position].reduce(0) { $0 + $1 + 1 }
                buffer.restyle(Rect(x: x, y: y + offset, width: view.widths[position], height: 1)) {
                    $0.underline = true
                    $0.bold = true
                }
            }
        }
    }

    /// Draws one line of cells; the frozen columns are followed by a vertical rule instead of a space.
    private func drawRow(into buffer: inout Buffer, y: Int, x: Int, view: TableViewport, options: RenderOptions,
                         style: Style, text: (Int) -> String) {
        var column = x
        let lastFrozen = min(frozenColumns, columns.count) - 1
        for (position, index) in view.columns.enumerated() {
            if position > 0 {
                let separator: Character = view.columns[position - 1] == lastFrozen ? options.glyphs.vertical : " "
                buffer.set(x: column, y: y, Cell(separator, style: style))
                column += 1
            }
            let width = view.widths[position]
            buffer.put(text(index), x: column, y: y, width: width, alignment: columns[index].alignment,
                       style: style, options: options)
            column += width
        }
    }

    /// The table as Markdown (all rows and columns, not just the visible ones).
    public func markdown() -> String {
        MarkdownEncoder.table(header: columns.map(\.title), alignments: columns.map(\.alignment), rows: rows)
    }
}
