/// Something that draws itself into an area of a buffer (ratatui's `Widget`). Every widget draws nothing
/// harmful at 0×0 or 1×1, sanitises text from data, and carries its meaning in characters.
public protocol Widget: Sendable {
    /// Draws into `area`; call `render`, which also clips every write to `area`.
    func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions)
}

extension Widget {
    /// Draws the widget into `area` of `buffer`; nothing outside `area` (or the buffer) is touched.
    public func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        buffer.clipping(to: area) { draw(into: &$0, area: area, options: options) }
    }
}
