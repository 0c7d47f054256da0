import Analysis
import Views

/// The `biasexplorer render …` command that prints a pane as the explorer shows it (view, configuration, filters,
/// columns, sort): the export's provenance line and `=` (show-command).
public enum EquivalentCommand {
    /// `dataset` names a drilled disease (without it, by its id: `disease:#12`).
    public static func text(_ pane: PaneState, format: String? = nil, dataset: Dataset? = nil) -> String {
        let filters = pane.filters
        var words = ["biasexplorer", "render", pane.view.rawValue]
        func option(_ name: String, _ value: String) { words += ["--" + name, quoted(value)] }
        if filters.mode != .correct { option("mode", filters.mode.rawValue) }
        if let logitType = filters.logitType { option("logit-type", logitType.rawValue) }
        if let context = filters.context { option("context", context.rawValue) }
        if filters.language != .en { option("language", filters.language.rawValue) }
        if filters.group != .race { option("group", filters.group.rawValue) }
        if filters.templates != .original { option("templates", filters.templates.description) }
        if filters.window != .w250 { option("window", "\(filters.window.rawValue)") }
        if !filters.models.isEmpty { option("model", filters.models.joined(separator: ",")) }
        if filters.bottom { words.append("--bottom") }
        if filters.languageAgreement { words.append("--agreement") }
        if filters.shade != .global { option("shade", filters.shade.rawValue) }
        if let disease = filters.disease { option("disease", disease) }
        if let rowFilter = filters.rowFilter { option("where", rowFilter) }
        if !filters.hiddenColumns.isEmpty { option("hide-columns", filters.hiddenColumns.joined(separator: ",")) }
        if let shown = filters.shownColumns { option("columns", shown.joined(separator: ",")) }
        if let sort = filters.sort { option("sort", (sort.descending ? "" : "+") + sort.column) }
        if let top = filters.top { option("top", "\(top)") }
        if let drill = pane.drill { option("detail", drill.argument(dataset: dataset)) }
        if let format { option("format", format) }
        return sanitizedForTerminal(words.joined(separator: " "))
    }

    /// A shell word: as is when it is plain, else in single quotes.
    static func quoted(_ value: String) -> String {
        let plain = value.allSatisfy { $0.isLetter || $0.isNumber || "-_.,/+:=".contains($0) }
        if plain, !value.isEmpty { return value }
        return "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
