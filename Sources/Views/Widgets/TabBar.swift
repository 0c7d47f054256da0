/// The row of pane titles; the selected one is bracketed and reversed (`[Counts]`), so it reads in monochrome.
/// When the titles do not fit, the bar scrolls so the selected title is visible. The explorer's tab bar, whose mouse
/// clicks find their tab through `spans`.
public struct TabBar: Widget {
    public var titles: [String]
    public var selected: Int

    public init(titles: [String], selected: Int) {
        self.titles = titles
        self.selected = selected
    }

    func label(_ index: Int) -> String { index == selected ? "[\(titles[index])]" : " \(titles[index]) " }

    /// The titles drawn in `width` columns and the columns each occupies, counted from the bar's left edge:
    /// scrolled so the selected title is visible; the last one may be cut short.
    public func spans(width: Int) -> [(index: Int, columns: Range<Int>)] {
        guard width > 0, !titles.isEmpty else { return [] }
        let widths = titles.indices.map { DisplayWidth.of(SafeText.sanitized(label($0))) }
        var first = 0
        let chosen = min(max(0, selected), titles.count - 1)
        while first < chosen, widths[first...chosen].reduce(0, +) > width { first += 1 }
        var spans: [(index: Int, columns: Range<Int>)] = []
        var x = 0
        for index in first..<titles.count where x < width {
            let end = min(width, x + widths[index])
            spans.append((index, x..<end))
            x = end
        }
        return spans
    }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        for (index, columns) in spans(width: area.width) {
            let style = Style(bold: index == selected, reverse: index == selected)
            let text = TextFit.truncate(label(index), width: columns.count, ellipsis: options.glyphs.ellipsis)
            buffer.put(text, x: area.x + columns.lowerBound, y: area.y, style: style, limit: area.maxX)
        }
    }
}
