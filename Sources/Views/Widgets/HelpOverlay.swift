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
/// Rows that do not fit are cut; the last visible row then says how many more there are.
public struct HelpOverlay: Widget {
    public var title: String
    public var entries: [HelpEntry]

    public init(title: String = "Keys", entries: [HelpEntry]) {
        self.title = title
        self.entries = entries
    }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let keyWidth = min(entries.map { DisplayWidth.of(SafeText.sanitized($0.key)) }.max() ?? 0, 16)
        let textWidth = entries.map { DisplayWidth.of(SafeText.sanitized($0.description)) }.max() ?? 0
        let box = area.centered(width: max(keyWidth + textWidth + 6, DisplayWidth.of(title) + 6),
                                height: entries.count + 2)
        buffer.fill(box)
        let inner = buffer.border(box, title: title, options: options).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }
        let hidden = max(0, entries.count - inner.height)
        for (index, entry) in entries.prefix(inner.height).enumerated() {
            let y = inner.y + index
            if hidden > 0 && index == inner.height - 1 {
                buffer.put("\(options.glyphs.ellipsis) \(hidden + 1) more", x: inner.x, y: y, width: inner.width, options: options)
                break
            }
            buffer.put(entry.key, x: inner.x, y: y, width: min(keyWidth, inner.width), style: Style(bold: true),
                       options: options)
            buffer.put(entry.description, x: inner.x + keyWidth + 2, y: y, width: inner.width - keyWidth - 2,
                       options: options)
        }
    }
}
