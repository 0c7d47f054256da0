import Analysis
import Views

extension Explorer {
    /// Moves the cursor within the rows and columns the pane last reported, and scrolls to keep it visible.
    static func moveCursor(_ command: Command, in state: inout AppState) {
        var pane = state.pane
        let lastRow = max(0, state.lastSummary.shownRows - 1)
        let lastColumn = max(0, state.lastSummary.columns.count - 1)
        let page = max(1, Layout.paneRows(state.size) - 2)
        switch command {
        case .cursorDown: pane.cursorRow += 1
        case .cursorUp: pane.cursorRow -= 1
        case .cursorLeft: pane.cursorColumn -= 1
        case .cursorRight: pane.cursorColumn += 1
        case .pageDown: pane.cursorRow += page
        case .pageUp: pane.cursorRow -= page
        case .goTop: pane.cursorRow = 0
        case .goBottom: pane.cursorRow = lastRow
        case .scrollLeftHalf: pane.cursorColumn -= halfColumnPage(state)
        case .scrollRightHalf: pane.cursorColumn += halfColumnPage(state)
        default: break
        }
        pane.cursorRow = min(max(pane.cursorRow, 0), lastRow)
        pane.cursorColumn = min(max(pane.cursorColumn, 0), lastColumn)
        if pane.cursorRow < pane.scrollRow { pane.scrollRow = pane.cursorRow }
        if pane.cursorRow >= pane.scrollRow + page { pane.scrollRow = pane.cursorRow - page + 1 }
        state.pane = pane
    }

    /// Half the scrollable columns on screen (at least 1): the step of `zh`/`zl`.
    static func halfColumnPage(_ state: AppState) -> Int {
        guard let window = state.lastSummary.columnWindow else { return max(1, state.lastSummary.columns.count / 2) }
        return max(1, (window.last - window.first + 1) / 2)
    }

    /// `L`, `t`, `c`, `m`, `w`, `T`, `r`, `b`: steps one filter to its next value on every pane of the stack.
    static func cycleFilter(_ command: Command, in state: inout AppState) {
        let filters = state.pane.filters
        var described = ""
        state.changeFilters { target in
            switch command {
            case .cycleLanguage: target.language = next(filters.language, in: Language.allCases)
            case .cycleLogitType: target.logitType = next(filters.logitType, in: LogitType.allCases)
            case .cycleContext: target.context = next(filters.context, in: PromptContext.allCases)
            case .toggleMode: target.mode = next(filters.mode, in: AnalysisMode.allCases)
            case .cycleWindow: target.window = next(filters.window, in: Window.allCases)
            case .cycleTemplates:
                target.templates = next(filters.templates, in: [.original, .additional, .all])
            case .cycleGroup: target.group = next(filters.group, in: DemographicGroup.allCases)
            case .toggleBottom: target.bottom = !filters.bottom
            case .cycleShade: target.shade = next(filters.shade, in: HeatmapShade.allCases)
            case .toggleReduced: target.uncertainty.includesReduced = !filters.uncertainty.includesReduced
            default: break
            }
        }
        let now = state.pane.filters
        switch command {
        case .cycleLanguage: described = "language \(now.language.rawValue)"
        case .cycleLogitType: described = "logit type \(now.logitType?.rawValue ?? "default")"
        case .cycleContext: described = "context \(now.context?.rawValue ?? "default")"
        case .toggleMode: described = "mode \(now.mode.rawValue)"
        case .cycleWindow: described = "window \(now.window.rawValue)"
        case .cycleTemplates: described = "templates \(now.templates)"
        case .cycleGroup: described = "group \(now.group.rawValue)"
        case .toggleBottom: described = now.bottom ? "bottom counts" : "top counts"
        case .cycleShade: described = "heatmap shading \(now.shade.rawValue)"
        case .toggleReduced:
            described = now.uncertainty.includesReduced ? "means keep reduced taus (flagged)"
                : "means leave out reduced taus"
        default: break
        }
        state.statusMessage = described
    }

    /// The value after `value` in `cases`, wrapping; the first case when `value` is not among them.
    static func next<Value: Equatable>(_ value: Value, in cases: [Value]) -> Value {
        guard let index = cases.firstIndex(of: value) else { return cases[0] }
        return cases[(index + 1) % cases.count]
    }

    /// For optional filters: nil (the view's default) → each case → nil.
    static func next<Value: Equatable>(_ value: Value?, in cases: [Value]) -> Value? {
        guard let value else { return cases.first }
        guard let index = cases.firstIndex(of: value), index + 1 < cases.count else { return nil }
        return cases[index + 1]
    }
}
