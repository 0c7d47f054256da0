import Analysis

/// Everything that selects what a pane shows; shared by `render` options, `--view` presets and the explorer keys.
public struct ViewFilters: Sendable, Hashable {
    public var mode: AnalysisMode = .correct
    /// nil = the view's default (decision 4: `hf`, or `hf_tf` where a view says so).
    public var logitType: LogitType?
    /// nil = the view's default (decision 4: plain for Section 2 views, American for Section 3 views).
    public var context: PromptContext?
    public var language: Language = .en
    public var group: DemographicGroup = .race
    public var templates: TemplateSelection = .original
    public var window: Window = .w250
    /// Substring or family matches (case-insensitive); empty = every model.
    public var models: [String] = []
    /// Rows to show (e.g. the top 25 diseases); nil = all.
    public var top: Int?
    /// Column to sort by (its header text) and direction.
    public var sort: SortOrder?
    /// Disease search text (`/`), highlighted and jumped to.
    public var search: String?
    /// Show bottom instead of top counts where a view has both (`languages`; key `b`, `toggle-bottom`).
    public var bottom = false
    /// Heatmap shading: one scale per column block, or each row's shares (`--shade`; key `S`, `cycle-shade`).
    public var shade: HeatmapShade = .global
    /// Disease filter (`d`, `--disease`): rows whose disease column contains this text (case-insensitive), or
    /// matches it when written `/regex/`; nil = every disease.
    public var disease: String?
    /// Value filter (`|`, `--where`): clauses on the sheet's columns by snake_case name, joined by `&`
    /// (`tau_counts < 0.2 & n_counts >= 3`, `top_changed`); see `RowFilter`.
    public var rowFilter: String?
    /// Columns hidden by `-` (snake_case names); `gv` shows them again.
    public var hiddenColumns: [String] = []
    /// The only columns shown besides the frozen key columns (`--columns`); nil = all.
    public var shownColumns: [String]?
    /// Columns widened to their full content by `_`.
    public var widenedColumns: [String] = []
    /// The alignment drill-down shows only diseases whose top or bottom demographic changed (`o`).
    public var onlyFlipped = false
    /// The Languages view shows each model's rank agreement between `language` and the other languages (`A`).
    public var languageAgreement = false
    /// Resamples, seed, confidence level and the reduced-tau switch behind every interval and p (docs/uncertainty.md;
    /// key `E` toggles `includesReduced`).
    public var uncertainty = UncertaintySettings.standard

    public init() {}

    /// Whether a model passes the model filter: empty filter, or any term is a substring of the id (case-insensitive)
    /// or equals its family.
    public func includes(_ model: ModelInfo) -> Bool {
        guard !models.isEmpty else { return true }
        let id = model.id.lowercased()
        return models.contains { term in
            let needle = term.lowercased()
            return id.contains(needle) || model.family.lowercased() == needle
        }
    }
}

/// A sort request: column header and direction.
public struct SortOrder: Sendable, Hashable {
    public var column: String
    public var descending: Bool

    public init(column: String, descending: Bool = true) {
        self.column = column
        self.descending = descending
    }
}
