import Analysis

/// What a drill-down opened (Enter): a disease across models, a model's per-template table, a pair's flips.
public enum DrillTarget: Sendable, Hashable {
    case disease(DiseaseID)
    case model(String)
    case alignmentPair(base: String, aligned: String)
    /// A contract table's differing cells (`paper-vs-correct`), by file name.
    case table(String)
    /// A model's rank table against the Pile (`ModelRanksPane`).
    case modelRanks(String)
}

/// The state one pane is drawn from: which view, the filters, the scroll position and cursor.
public struct PaneState: Sendable, Hashable {
    public var view: ViewID
    public var filters: ViewFilters
    public var drill: DrillTarget?
    /// First visible data row and column (after frozen header/first column).
    public var scrollRow = 0
    public var scrollColumn = 0
    /// Cursor position in data rows/columns.
    public var cursorRow = 0
    public var cursorColumn = 0

    public init(view: ViewID, filters: ViewFilters = ViewFilters(), drill: DrillTarget? = nil) {
        self.view = view
        self.filters = filters
        self.drill = drill
    }
}

/// What a pane reports about itself after drawing, for the status line and for key handling.
public struct PaneSummary: Sendable, Hashable {
    public var shownRows: Int
    public var totalRows: Int
    /// Column headers as drawn.
    public var columns: [String]
    /// The columns' snake_case names (`TableColumn.name`): what a sort names, from `s` or `render --sort`.
    public var columnNames: [String]
    /// The drill-down target under the cursor, if Enter would open one.
    public var drillTarget: DrillTarget?
    /// One-line provenance caption (data root, mode, logit type, context, language, templates, window, models).
    public var caption: String
    /// The label (disease or model) of every row in display order, so `/`, `n`, `N` can jump to matches
    /// (`PaneSearch.nextMatch`); empty for panes without rows.
    public var rowLabels: [String]
    /// The sheet as drawn: visible columns, filtered and sorted rows (export, the inspector); nil for panes
    /// without a table.
    public var sheet: SheetSnapshot?
    /// The cell under the cursor (the inspector, `i`).
    public var cursorCell: InspectedCell?
    /// Which columns are on screen: 1-based first and last of the scrollable ones drawn, of `columnCount`
    /// (`cols 3–7/12`); nil when every column fits.
    public var columnWindow: ColumnWindow?
    /// Why the value filter did not apply (unknown column, bad value), for the status line.
    public var filterProblem: String?
    /// Whether the sheet has a disease column (the disease filter applies).
    public var hasDiseaseColumn = false
    /// The model ids the side panel lists (the explorer fills it in), so Enter there can open a model's rank table.
    public var sideModels: [String] = []

    public init(shownRows: Int = 0, totalRows: Int = 0, columns: [String] = [], columnNames: [String]? = nil,
                drillTarget: DrillTarget? = nil, caption: String = "", rowLabels: [String] = []) {
        self.shownRows = shownRows
        self.totalRows = totalRows
        self.columns = columns
        self.columnNames = columnNames ?? columns.map(TableColumn.snakeCase)
        self.drillTarget = drillTarget
        self.caption = caption
        self.rowLabels = rowLabels
    }
}
