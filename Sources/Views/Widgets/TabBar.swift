/// The row of pane titles; the selected one is bracketed and reversed (`[Counts]`), so it reads in monochrome.
/// When the titles do not fit, the bar scrolls so the selected title is visible.
public struct TabBar: Widget {
    public var titles: [String]
    public var selected: Int

    public init(titles: [String], selected: Int) {
        self.titles = titles
        self.selected = selected
    }

    func label(_ index: Int) -> String { index == selected ? "[\(titles[index])]" : " \(titles[index]) " }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty, !titles.isEmpty else { return }
        let widths = titles.indices.map { DisplayWidth.of(SafeText.sanitized(label($0))) }
        var first = 0
        let chosen = min(max(0, selected), titles.count - 1)
        while first < chosen, widths[first...chosen].reduce(0, +) > area.width { first += 1 }
        var x = area.x
        for index in first..<titles.count where x < area.maxX {
            let style = Style(bold: index == selected, reverse: index == selected)
            let text = TextFit.truncate(label(index), width: area.maxX - x, ellipsis: options.glyphs.ellipsis)
            x = buffer.put(text, x: x, y: area.y, style: style, limit: area.maxX)
        }
    }
}
