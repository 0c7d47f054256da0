import Analysis

/// Draws any pane into an area of a buffer. The one entry point used by the explorer, `render` and the golden tests.
public enum Panes {
    /// Renders `state` for `dataset` into `area` of `buffer` and reports rows, columns and the drill target.
    /// Placeholder drawing until the views issue lands: the view's title and the caption.
    public static func render(_ state: PaneState, dataset: Dataset, into buffer: inout Buffer, area: Rect) -> PaneSummary {
        buffer.put(state.view.title, x: area.x, y: area.y, style: Style(bold: true), limit: area.maxX)
        return PaneSummary(caption: dataset.rootName)
    }
}
