import Analysis
import Views

/// The export dialog's default file name: view, detail and configuration, all from stable names (never data text).
public enum ExportNaming {
    public static func defaultName(_ pane: PaneState, format: ExportFormat) -> String {
        let filters = pane.filters
        let configuration = Panes.configuration(pane)
        var parts = [pane.view.rawValue]
        if pane.drill != nil { parts.append("detail") }
        parts.append(filters.mode.rawValue)
        if let configuration {
            parts += [configuration.logitType.rawValue, configuration.context.rawValue, configuration.language.rawValue]
        }
        parts += [filters.group.rawValue, "tmpl" + filters.templates.description, "w\(filters.window.rawValue)"]
        let stem = parts.joined(separator: "-").map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
        return String(stem) + "." + format.rawValue
    }

    /// `a.txt` → `a.csv`; a name without a known extension gets one appended.
    public static func replacingExtension(_ name: String, with format: ExportFormat) -> String {
        for known in ExportFormat.allCases where name.hasSuffix("." + known.rawValue) {
            return String(name.dropLast(known.rawValue.count)) + format.rawValue
        }
        return name + "." + format.rawValue
    }
}
