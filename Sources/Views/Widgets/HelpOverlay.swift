/// A key and what it does, one line of the help overlay (generated from the key table by the TUI).
public struct HelpEntry: Sendable, Hashable {
    public var key: String
    public var description: String

    public init(key: String, description: String) {
        self.key = key
        self.description = description
    }
}

/// A centred bordered box listing key → description rows over whatever is drawn below (the box is cleared first).
/// Without `scroll`, rows that do not fit are cut and the last visible row says how many more there are; with it
/// (the explorer's help, inspector and glossary), the rows from `scroll` are shown and the bottom edge says which
/// (`k–m/n`). Entries without keys are plain lines.
public struct HelpOverlay: Widget {
    public var title: String
    public var entries: [HelpEntry]
    /// The first entry shown (clamped so the box stays full); nil: no scrolling.
    public var scroll: Int?

    public init(title: String = "Keys", entries: [HelpEntry], scroll: Int? = nil) {
        self.title = title
        self.entries = entries
        self.scroll = scroll
    }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let keyWidth = min(entries.map { DisplayWidth.of(SafeText.sanitized($0.key)) }.max() ?? 0, 16)
        let gap = keyWidth > 0 ? 2 : 0
        let textWidth = entries.map { DisplayWidth.of(SafeText.sanitized($0.description)) }.max() ?? 0
        let box = area.centered(width: max(keyWidth + gap + textWidth + 4, DisplayWidth.of(title) + 6),
                                height: entries.count + 2)
        buffer.fill(box)
        let inner = buffer.border(box, title: title, options: options).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }
        let first = scroll.map { min(max(0, $0), max(0, entries.count - inner.height)) } ?? 0
        let hidden = scroll == nil ? max(0, entries.count - inner.height) : 0
        for (index, entry) in entries[first...].prefix(inner.height).enumerated() {
            let y = inner.y + index
            if hidden > 0 && index == inner.height - 1 {
                buffer.put("\(options.glyphs.ellipsis) \(hidden + 1) more", x: inner.x, y: y, width: inner.width, options: options)
                break
            }
            buffer.put(entry.key, x: inner.x, y: y, width: min(keyWidth, inner.width), style: Style(bold: true),
                       options: options)
            buffer.put(entry.description, x: inner.x + keyWidth + gap, y: y, width: inner.width - keyWidth - gap,
                       options: options)
        }
        if scroll != nil, entries.count > inner.height {
            let dash = options.charset == .ascii ? "-" : "–"
            let position = " \(first + 1)\(dash)\(first + inner.height)/\(entries.count) "
            buffer.put(position, x: box.maxX - 1 - DisplayWidth.of(position), y: box.maxY - 1, style: Style(dim: true),
                       limit: box.maxX - 1)
        }
    }
}
