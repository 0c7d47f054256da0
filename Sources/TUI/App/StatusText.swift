import Analysis
import Views

/// The status line's text: view, mode, logit type, context, language, templates, window, filters, rows.
enum StatusText {
    static func line(_ state: AppState, summary: PaneSummary) -> String {
        let filters = state.pane.filters
        var parts = [
            " " + state.pane.view.title + (state.stack.count > 1 ? " ›\(state.stack.count - 1)" : ""),
            filters.mode.rawValue,
            "logit " + effectiveLogitType(state.pane),
            "ctx " + effectiveContext(state.pane),
            "lang " + filters.language.rawValue,
            filters.group.rawValue,
            "tmpl " + filters.templates.description,
            "win \(filters.window.rawValue)",
        ]
        if !filters.models.isEmpty { parts.append("models " + sanitizedForTerminal(filters.models.joined(separator: ","))) }
        if let search = filters.search { parts.append("/" + sanitizedForTerminal(search)) }
        if let sort = filters.sort {
            parts.append("sort " + sanitizedForTerminal(sort.column) + (sort.descending ? "↓" : "↑"))
        }
        parts.append("\(summary.shownRows)/\(summary.totalRows) rows")
        return parts.joined(separator: " │ ")
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
