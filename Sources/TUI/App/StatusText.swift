import Analysis
import Views

/// The status line's text: view, mode, logit type, context, language, templates, window, filters, rows.
enum StatusText {
    /// The status line's parts: the configuration first (a value the view chose rather than the user is marked
    /// `*`), then the active filters, the sort, the columns shown, the rows; a pending prefix and the side panel's
    /// state last.
    static func parts(_ state: AppState, summary: PaneSummary) -> [String] {
        let filters = state.pane.filters
        var parts = [
            " " + state.pane.view.title + (state.stack.count > 1 ? " ›\(state.stack.count - 1)" : ""),
            filters.mode.rawValue,
            "logit " + effectiveLogitType(state.pane) + (chosenByView(state.pane, filters.logitType) ? "*" : ""),
            "ctx " + effectiveContext(state.pane) + (chosenByView(state.pane, filters.context) ? "*" : ""),
            "lang " + filters.language.rawValue,
            filters.group.rawValue,
            "tmpl " + filters.templates.description,
            "win \(filters.window.rawValue)",
        ]
        if state.pinned != nil { parts.append("pinned") }
        if !filters.models.isEmpty { parts.append("models " + short(filters.models.joined(separator: ","))) }
        if let disease = filters.disease { parts.append("disease " + short(disease)) }
        if let rowFilter = filters.rowFilter { parts.append("where " + short(rowFilter)) }
        if filters.onlyFlipped { parts.append("only flipped") }
        if filters.languageAgreement { parts.append("agreement") }
        if let search = filters.search { parts.append("/" + short(search)) }
        if let sort = filters.sort {
            parts.append("sort " + sanitizedForTerminal(sort.column) + (sort.descending ? "↓" : "↑"))
        }
        if !filters.hiddenColumns.isEmpty { parts.append("\(filters.hiddenColumns.count) hidden") }
        if let window = summary.columnWindow { parts.append(window.text(state.renderOptions.charset)) }
        parts.append(waitingText(state.data.waiting) ?? state.data.head.map(headText)
            ?? "\(summary.shownRows)/\(summary.totalRows) rows")
        if let problem = summary.filterProblem { parts.append(sanitizedForTerminal(problem)) }
        if state.sidePanelHidden || Layout.sideWidth(state.size) == 0 {
            parts.append(state.sidePanelHidden ? "panel off" : "panel off (<100 cols)")
        }
        if let prefix = state.pendingPrefix { parts.append("\(prefix)…") }
        return parts
    }

    /// In place of the row count while the pane waits for its logits: what it waits for.
    static func waitingText(_ waiting: DataStatus.Waiting?) -> String? {
        switch waiting {
        case nil: return nil
        case .catalogue?: return "listing logits…"
        case .unavailable?: return "no logits"
        case .parsing(let progress)?: return "parsing \(progress.waitingFilesDone)/\(progress.waitingFiles) files"
        }
    }

    /// In place of the row count while the pane draws from a head: how much of the list is read, and the rest's
    /// parse (`first 52/1751 models; rest 300/1751 files`).
    static func headText(_ head: DataStatus.Head) -> String {
        let rest = head.progress
        return "first \(head.models)/\(head.of) models; rest \(rest.waitingFilesDone)/\(rest.waitingFiles) files"
    }

    /// The parts on one line, or wrapped at a part boundary onto a second; a part never is cut in two, only the
    /// second line's tail when even two lines are too short.
    static func lines(_ state: AppState, summary: PaneSummary, width: Int) -> [String] {
        let all = parts(state, summary: summary)
        let separator = " │ "
        let one = all.joined(separator: separator)
        guard DisplayWidth.of(one) > width else { return [one] }
        var first: [String] = [], rest: [String] = []
        var used = 0
        for part in all {
            let extra = (first.isEmpty ? 0 : DisplayWidth.of(separator)) + DisplayWidth.of(part)
            if rest.isEmpty, used + extra <= width {
                first.append(part)
                used += extra
            } else {
                rest.append(part)
            }
        }
        return [first.joined(separator: separator), " " + rest.joined(separator: separator)]
    }

    /// The first status line (tests, and the one-line status of short terminals).
    static func line(_ state: AppState, summary: PaneSummary) -> String {
        parts(state, summary: summary).joined(separator: " │ ")
    }

    /// A filter's text for the status line: sanitised, at most 40 characters (a longer one ends in `…`).
    static func short(_ text: String) -> String {
        let safe = sanitizedForTerminal(text)
        return safe.count > 40 ? String(safe.prefix(39)) + "…" : safe
    }

    /// Whether the view picked a value because the filter leaves it to the view's default.
    static func chosenByView<Value>(_ pane: PaneState, _ filter: Value?) -> Bool {
        filter == nil && Panes.configuration(pane) != nil
    }

    /// The logit type the pane draws (its default when the filter is unset); `hf vs hf_tf` for `tf-vs-raw`;
    /// the filter (or `n/a`) for views without logits.
    static func effectiveLogitType(_ pane: PaneState) -> String {
        if pane.view == .tfVsRaw { return "hf vs hf_tf" }
        let type: LogitType? = Panes.configuration(pane)?.logitType ?? pane.filters.logitType
        return type?.rawValue ?? "n/a"
    }

    /// The context the pane draws (its default when the filter is unset); the filter (or `n/a`) without logits.
    static func effectiveContext(_ pane: PaneState) -> String {
        let context: PromptContext? = Panes.configuration(pane)?.context ?? pane.filters.context
        return context?.rawValue ?? "n/a"
    }
}

/// Parameter counts for the model list: `70M`, `1.4B`, `?` when unknown.
enum ModelSizeText {
    static func format(_ millions: Double?) -> String {
        guard let millions, millions.isFinite, millions > 0 else { return "?" }
        if millions < 1000 { return "\(Int(millions.rounded()))M" }
        let billions = millions / 1000
        let rounded = (billions * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded))B" : "\(rounded)B"
    }
}
