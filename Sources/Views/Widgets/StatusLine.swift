/// One reversed line: text on the left (mode, filters, message), text on the right (position, hints); the left
/// text wins when both do not fit.
public struct StatusLine: Widget {
    public var left: String
    public var right: String

    public init(left: String, right: String = "") {
        self.left = left
        self.right = right
    }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let line = area.row(0)
        let style = Style(reverse: true)
        buffer.fill(line, with: Cell(" ", style: style))
        let rightWidth = DisplayWidth.of(SafeText.sanitized(right))
        let leftRoom = rightWidth > 0 && rightWidth + 2 < line.width ? line.width - rightWidth - 1 : line.width
        buffer.put(left, x: line.x, y: line.y, width: leftRoom, style: style, options: options)
        if leftRoom < line.width {
            buffer.put(right, x: line.maxX - rightWidth, y: line.y, width: rightWidth, style: style, options: options)
        }
    }
}
