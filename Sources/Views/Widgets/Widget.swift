/// Something that draws itself into an area of a buffer (ratatui's `Widget`). Every widget clips to `area`,
/// draws nothing harmful at 0×0 or 1×1, sanitises text from data, and carries its meaning in characters.
public protocol Widget: Sendable {
    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions)
}
