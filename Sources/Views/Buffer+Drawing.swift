extension Buffer {
    /// Writes text fitted into `width` columns at (x, y): truncated with the charset's ellipsis, padded to the
    /// alignment. Nothing is drawn for a non-positive width.
    public mutating func put(_ text: String, x: Int, y: Int, width: Int, alignment: TextFit.Alignment = .left,
                             style: Style = .plain, options: RenderOptions) {
        guard width > 0 else { return }
        let fitted = TextFit.fit(text, width: width, alignment: alignment, ellipsis: options.glyphs.ellipsis)
        put(fitted, x: x, y: y, style: style, limit: x + width)
    }

    /// Draws one character repeated along a row from x for `count` cells (clipped).
    public mutating func horizontalLine(_ character: Character, x: Int, y: Int, count: Int, style: Style = .plain) {
        guard count > 0 else { return }
        for column in x..<(x + count) { set(x: column, y: y, Cell(character, style: style)) }
    }

    /// Draws one character repeated down a column from y for `count` cells (clipped).
    public mutating func verticalLine(_ character: Character, x: Int, y: Int, count: Int, style: Style = .plain) {
        guard count > 0 else { return }
        for row in y..<(y + count) { set(x: x, y: row, Cell(character, style: style)) }
    }

    /// Draws a box on the edge of `rect` (box drawing or `+-|`), with an optional title in the top edge, and
    /// returns the inner area. A rect smaller than 2×2 gets no border and is returned as is.
    @discardableResult
    public mutating func border(_ rect: Rect, title: String? = nil, style: Style = .plain,
                                options: RenderOptions) -> Rect {
        let clipped = rect.intersection(area)
        guard clipped == rect, rect.width >= 2, rect.height >= 2 else { return rect.intersection(area) }
        let glyph = options.glyphs
        horizontalLine(glyph.horizontal, x: rect.x + 1, y: rect.y, count: rect.width - 2, style: style)
        horizontalLine(glyph.horizontal, x: rect.x + 1, y: rect.maxY - 1, count: rect.width - 2, style: style)
        verticalLine(glyph.vertical, x: rect.x, y: rect.y + 1, count: rect.height - 2, style: style)
        verticalLine(glyph.vertical, x: rect.maxX - 1, y: rect.y + 1, count: rect.height - 2, style: style)
        set(x: rect.x, y: rect.y, Cell(glyph.topLeft, style: style))
        set(x: rect.maxX - 1, y: rect.y, Cell(glyph.topRight, style: style))
        set(x: rect.x, y: rect.maxY - 1, Cell(glyph.bottomLeft, style: style))
        set(x: rect.maxX - 1, y: rect.maxY - 1, Cell(glyph.bottomRight, style: style))
        if let title, rect.width >= 5 {
            let room = rect.width - 4
            let fitted = TextFit.truncate(title, width: room, ellipsis: glyph.ellipsis)
            put(" " + fitted + " ", x: rect.x + 1, y: rect.y, style: Style(bold: true), limit: rect.maxX - 1)
        }
        return rect.inset(top: 1, left: 1, bottom: 1, right: 1)
    }
}

extension Buffer {
    /// Every non-ASCII character folded to ASCII (box drawing to `- | +`, dashes to `-`, the middle dot to `.`,
    /// anything else to `?`), for a terminal whose locale cannot show UTF-8: what the ASCII charset's widgets
    /// already draw stays as it is, and chrome or data text cannot slip a multi-byte character through.
    public mutating func foldToASCII() {
        for y in 0..<height {
            for x in 0..<width {
                let cell = self[x, y]
                guard !cell.character.isASCII else { continue }
                set(x: x, y: y, Cell(Buffer.asciiFallback(cell.character), style: cell.style))
            }
        }
    }

    static func asciiFallback(_ character: Character) -> Character {
        switch character {
        case "─", "━", "┄", "╌": return "-"
        case "│", "┃", "┆", "╎": return "|"
        case "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼": return "+"
        case "—", "–", "‐": return "-"
        case "·", "•": return "."
        case "…": return "~"
        case "×": return "x"
        case "−": return "-"
        default: return "?"
        }
    }
}
