import Analysis
import Foundation
import Views

/// Saved screens (`:save NAME`, `:open NAME`, `--preset NAME`): view, configuration, filters, columns and sort in
/// a small text file, `$XDG_CONFIG_HOME/biasexplorer/screens.conf` (else `~/.config/…`), one `[NAME]` section of
/// `key = value` lines per screen. Values are validated on the way back in as `--view …` options are (`Preset`).
public struct SavedScreens: Sendable {
    public let file: URL

    public init(file: URL) { self.file = file }

    /// The file under the user's config folder.
    public static func standard(environment: [String: String]) -> SavedScreens {
        let base: URL
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg)
        } else {
            base = URL(fileURLWithPath: environment["HOME"] ?? NSTemporaryDirectory()).appendingPathComponent(".config")
        }
        return SavedScreens(file: base.appendingPathComponent("biasexplorer").appendingPathComponent("screens.conf"))
    }

    /// The `key = value` lines of a pane.
    public static func encode(_ pane: PaneState) -> [String] {
        let filters = pane.filters
        var lines = ["view = \(pane.view.rawValue)", "mode = \(filters.mode.rawValue)",
                     "language = \(filters.language.rawValue)", "group = \(filters.group.rawValue)",
                     "templates = \(filters.templates)", "window = \(filters.window.rawValue)",
                     "shade = \(filters.shade.rawValue)"]
        if let logitType = filters.logitType { lines.append("logit_type = \(logitType.rawValue)") }
        if let context = filters.context { lines.append("context = \(context.rawValue)") }
        if !filters.models.isEmpty { lines.append("models = " + filters.models.joined(separator: ",")) }
        if filters.bottom { lines.append("bottom = yes") }
        if filters.languageAgreement { lines.append("agreement = yes") }
        if let disease = filters.disease { lines.append("disease = " + disease) }
        if let rowFilter = filters.rowFilter { lines.append("where = " + rowFilter) }
        if !filters.hiddenColumns.isEmpty { lines.append("hide_columns = " + filters.hiddenColumns.joined(separator: ",")) }
        if let shown = filters.shownColumns { lines.append("columns = " + shown.joined(separator: ",")) }
        if let sort = filters.sort { lines.append("sort = " + (sort.descending ? "" : "+") + sort.column) }
        return lines.map { $0.replacingOccurrences(of: "\n", with: " ") }
    }

    /// A pane from its lines; the error names the bad value.
    public static func decode(_ lines: [String]) throws(PresetError) -> PaneState {
        var values: [String: String] = [:]
        for line in lines {
            guard let equals = line.firstIndex(of: "=") else { continue }
            values[String(line[..<equals]).trimmingSpaces()] = String(line[line.index(after: equals)...]).trimmingSpaces()
        }
        var preset = Preset()
        preset.view = values["view"]
        preset.mode = values["mode"]
        preset.language = values["language"]
        preset.group = values["group"]
        preset.templates = values["templates"]
        preset.window = values["window"].flatMap { Int($0) }
        preset.shade = values["shade"]
        preset.logitType = values["logit_type"]
        preset.context = values["context"]
        preset.models = values["models"].map { [$0] } ?? []
        preset.bottom = values["bottom"] == "yes"
        var pane = try preset.paneState()
        func list(_ key: String) -> [String]? {
            values[key].map { $0.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty } }
        }
        pane.filters.languageAgreement = values["agreement"] == "yes"
        pane.filters.disease = values["disease"]
        pane.filters.rowFilter = values["where"]
        pane.filters.hiddenColumns = list("hide_columns") ?? []
        pane.filters.shownColumns = list("columns")
        if let sort = values["sort"], !sort.isEmpty {
            let ascending = sort.hasPrefix("+")
            pane.filters.sort = SortOrder(column: ascending ? String(sort.dropFirst()) : sort, descending: !ascending)
        }
        return pane
    }

    /// The sections of the file, in order (none when it does not exist).
    func sections() -> [(name: String, lines: [String])] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        var result: [(name: String, lines: [String])] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
            let trimmed = line.trimmingSpaces()
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                result.append((String(trimmed.dropFirst().dropLast()), []))
            } else if !result.isEmpty, !trimmed.hasPrefix("#") {
                result[result.count - 1].lines.append(trimmed)
            }
        }
        return result
    }

    /// Whether a name can be a section: letters, digits, `-`, `_`, `.`, at most 64.
    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) }
    }

    /// Saves (or replaces) the screen `name`; returns the status-line text.
    public func save(_ pane: PaneState, as name: String) -> String {
        guard SavedScreens.isValid(name) else { return "save: name screens with letters, digits, - _ . (e.g. :save tau-low)" }
        var all = sections().filter { $0.name != name }
        all.append((name, SavedScreens.encode(pane)))
        let text = "# biasexplorer saved screens (:save NAME, :open NAME, --preset NAME)\n"
            + all.map { "[\($0.name)]\n" + $0.lines.joined(separator: "\n") + "\n" }.joined(separator: "\n")
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file, options: .atomic)
            return "saved screen \(name) in \(file.path)"
        } catch {
            return "save: cannot write \(file.path)"
        }
    }

    /// The pane saved as `name`.
    public func open(_ name: String) throws(PresetError) -> PaneState {
        guard let section = sections().last(where: { $0.name == name }) else {
            let names = sections().map(\.name)
            throw PresetError(description: "no saved screen '\(sanitizedForTerminal(name))'"
                              + (names.isEmpty ? " (:save NAME saves one)" : "; saved: " + names.joined(separator: ", ")))
        }
        return try SavedScreens.decode(section.lines)
    }
}
