import Analysis

/// What every analysis pane provides: a drawing that reports its summary, and the unrounded data behind it. Its
/// analyses go through `queries` (the caller's cache and parallel map); the pane keeps nothing itself.
protocol AnalysisPane {
    init(state: PaneState, dataset: Dataset, queries: Queries)
    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary
    /// The numbers behind the figure as a tidy table (one observation per row).
    var dataTable: TypedTable { get }
}
