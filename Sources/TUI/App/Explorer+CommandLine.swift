import Analysis
import Views

extension Explorer {
    /// What `:` accepts: every command by its verb-noun name (but `go-to-view`, which takes a number) and every
    /// view by its name.
    static var commandLineNames: [String] {
        Command.allCases.filter { $0 != .goToView && $0 != .commandLine }.map(\.rawValue)
            + ViewID.allCases.map(\.rawValue) + ["save", "open"]
    }

    /// Tab: completes a command name to its longest unambiguous prefix, listing the candidates; in the export
    /// dialog, steps the format and the file name's extension.
    static func complete(_ prompt: inout Prompt, in state: inout AppState) {
        switch prompt.kind {
        case .command:
            let typed = prompt.text.trimmingSpaces().lowercased()
            let matches = commandLineNames.filter { $0.hasPrefix(typed) }
            guard let first = matches.first else {
                state.statusMessage = "no command starts with \(sanitizedForTerminal(typed))"
                return
            }
            var common = first
            for match in matches.dropFirst() {
                while !match.hasPrefix(common) { common.removeLast() }
            }
            prompt.text = common
            state.statusMessage = matches.count == 1 ? nil : matches.prefix(12).joined(separator: " ")
                + (matches.count > 12 ? " …" : "")
        case .export:
            let formats = ExportFormat.allCases
            let index = formats.firstIndex(of: prompt.exportFormat) ?? 0
            let next = formats[(index + 1) % formats.count]
            prompt.text = ExportNaming.replacingExtension(prompt.text, with: next)
            prompt.exportFormat = next
        default: break
        }
    }

    /// Enter on `:`: opens a view by name or runs a command by name.
    static func runCommandLine(_ text: String, in state: inout AppState) -> [Effect] {
        let words = text.trimmingSpaces().split(separator: " ", maxSplits: 1).map(String.init)
        if let verb = words.first?.lowercased(), verb == "save" || verb == "open" {
            guard words.count == 2 else {
                state.statusMessage = ":\(verb) NAME — a saved screen's name"
                return []
            }
            let name = words[1].trimmingSpaces()
            return verb == "save" ? [.saveScreen(state.pane, name: name)] : [.openScreen(name: name)]
        }
        let name = text.trimmingSpaces().lowercased()
        guard !name.isEmpty else { return [] }
        if let view = ViewID(rawValue: name) {
            state.switchTab(to: view)
            return []
        }
        guard let command = Command(rawValue: name), command != .goToView, command != .commandLine else {
            let close = commandLineNames.filter { $0.hasPrefix(String(name.prefix(2))) }.prefix(6)
            state.statusMessage = "unknown command '\(sanitizedForTerminal(name))'"
                + (close.isEmpty ? "; Tab completes" : "; did you mean " + close.joined(separator: ", "))
            return []
        }
        return run(command, viewIndex: nil, in: &state)
    }
}
