import Analysis

/// Draws any pane into an area of a buffer. The one entry point used by the explorer, `render` and the golden tests.
public enum Panes {
    /// The smallest area in which every view draws its headline, table header, a row and its caption; `render`
    /// refuses a smaller size instead of printing a cut-off screen.
    public static let minimumSize = (width: 40, height: 8)

    /// Renders `state` for `dataset` into `area` of `buffer` and reports rows, columns and the drill target.
    /// Unicode, monochrome; see `render(_:dataset:into:area:options:queries:)` for other render options.
    public static func render(_ state: PaneState, dataset: Dataset, into buffer: inout Buffer, area: Rect) -> PaneSummary {
        render(state, dataset: dataset, into: &buffer, area: area, options: RenderOptions())
    }

    /// Renders with a charset and colour choice; drawing is clipped to `area`. The pane's analyses go through
    /// `queries`: the caller's cache keeps them between frames (none: computed for this frame only).
    public static func render(_ state: PaneState, dataset: Dataset, into buffer: inout Buffer, area: Rect,
                              options: RenderOptions, queries: Queries = .uncached) -> PaneSummary {
        let dataset = modeData(state, dataset)
        var summary = PaneSummary()
        buffer.clipping(to: area) { buffer in
            if case .modelRanks(let model)? = state.drill {
                summary = ModelRanksPane(state: state, dataset: dataset, queries: queries, model: model)
                    .render(into: &buffer, area: area, options: options)
            } else if case .disease(let disease)? = state.drill, drillsIntoDiseases(state.view) {
                summary = DiseaseModelsPane(state: state, dataset: dataset, queries: queries, disease: disease)
                    .render(into: &buffer, area: area, options: options)
            } else if let pane = analysisPane(state.view) {
                summary = pane.init(state: state, dataset: dataset, queries: queries)
                    .render(into: &buffer, area: area, options: options)
            } else {  // `analysisPane` is nil only for `problems`
                summary = ProblemsPane(state: state, dataset: dataset).render(into: &buffer, area: area, options: options)
            }
        }
        return summary
    }

    /// The data a pane draws from: the filter mode's (`Dataset.forMode`), except for `paper-vs-correct`, which
    /// compares both modes and takes each mode's data itself.
    static func modeData(_ state: PaneState, _ dataset: Dataset) -> Dataset {
        state.view == .paperVsCorrect ? dataset : dataset.forMode(state.filters.mode)
    }

    /// The pane type drawing an analysis view; nil for `problems`.
    static func analysisPane(_ view: ViewID) -> (any AnalysisPane.Type)? {
        switch view {
        case .windows: return WindowsPane.self
        case .counts: return CountsPane.self
        case .ranks: return RanksPane.self
        case .prevalence: return PrevalencePane.self
        case .topBottom: return TopBottomPane.self
        case .templates: return TemplatesPane.self
        case .tau: return TauPane.self
        case .tauSize: return TauSizePane.self
        case .uncorrelated: return UncorrelatedPane.self
        case .languages: return LanguagesPane.self
        case .tfVsRaw: return TrueFalsePane.self
        case .alignment: return AlignmentPane.self
        case .paperVsCorrect: return PaperVsCorrectPane.self
        case .problems: return nil
        }
    }

    /// Views whose disease drill-down opens `DiseaseModelsPane` (the Section 1 and 2 views; the Section 3 panes
    /// drill into models, pairs and tables themselves).
    static func drillsIntoDiseases(_ view: ViewID) -> Bool {
        switch view {
        case .languages, .tfVsRaw, .alignment, .paperVsCorrect, .problems: return false
        default: return analysisPane(view) != nil
        }
    }

}

extension Panes {
    /// The data behind a pane's figure as a tidy table (`render --format csv`, CSV exports): the same numbers the
    /// pane draws, unrounded.
    public static func dataTable(_ state: PaneState, dataset: Dataset, queries: Queries = .uncached) -> TypedTable {
        let dataset = modeData(state, dataset)
        if case .modelRanks(let model)? = state.drill {
            return ModelRanksPane(state: state, dataset: dataset, queries: queries, model: model).dataTable
        }
        if case .disease(let disease)? = state.drill, drillsIntoDiseases(state.view) {
            return DiseaseModelsPane(state: state, dataset: dataset, queries: queries, disease: disease).dataTable
        }
        if let pane = analysisPane(state.view) {
            return pane.init(state: state, dataset: dataset, queries: queries).dataTable
        }
        // `analysisPane` is nil only for `problems`.
        return TypedTable(name: "problems.csv", header: ["severity", "path", "place", "reason"],
                        rows: ProblemsPane(state: state, dataset: dataset).orderedProblems.map {
                            [.text($0.severity.rawValue), .text($0.path), $0.place.map { .text($0) } ?? .missing,
                             .text($0.reason)]
                        })
    }
}

extension Panes {
    /// The logit configuration a pane actually draws: the view's default (decision 4, `Section2Defaults`) with the
    /// filters laid over it; nil for views without logits (Section 1, `problems`). A disease drill-down of a
    /// Section 1 view reads `hf`, plain context (`DiseaseModelsPane`). For `tf-vs-raw` this is the `hf` side.
    public static func configuration(_ state: PaneState) -> LogitConfiguration? {
        let filters = state.filters, group = filters.group
        let section3 = LogitConfiguration(logitType: .hf, context: .american, language: .en, group: group)
        if case .modelRanks? = state.drill { return filters.configuration(default: Section2Defaults.tau(group: group)) }
        switch state.view {
        case .topBottom: return filters.configuration(default: Section2Defaults.topBottom(group: group))
        case .templates: return filters.configuration(default: Section2Defaults.robustness(group: group))
        case .tau, .tauSize, .uncorrelated: return filters.configuration(default: Section2Defaults.tau(group: group))
        case .languages, .alignment, .paperVsCorrect: return filters.configuration(default: section3)
        case .tfVsRaw: return TrueFalsePane.configuration(filters)
        case .windows, .counts, .ranks, .prevalence, .problems:
            guard case .disease? = state.drill, drillsIntoDiseases(state.view) else { return nil }
            return filters.configuration(default: Section2Defaults.robustness(group: group))
        }
    }
}
