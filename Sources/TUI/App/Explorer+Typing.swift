import Analysis
import Views

extension Explorer {
    /// A key typed into a prompt: Enter commits, Esc cancels (a live filter goes back to its previous value),
    /// Backspace, C-u (clear) and C-w (delete a word) edit, Up/Down recall earlier entries, Tab completes a command
    /// or steps the export format, C-t steps the export charset. Live prompts (models, disease, help) apply each edit.
    static func type(_ key: Key, into prompt: Prompt, in state: inout AppState) -> [Effect] {
        var prompt = prompt
        switch key {
        case .enter:
            state.input = .normal
            remember(prompt, in: &state)
            return commit(prompt, in: &state)
        case .escape:
            state.input = .normal
            if prompt.kind.isLive { apply(prompt.kind, prompt.previous, in: &state) }
            state.statusMessage = nil
            return []
        case .backspace: prompt.text = String(prompt.text.dropLast())
        case .control("u"): prompt.text = ""
        case .control("w"): prompt.text = deletingWord(prompt.text)
        case .up, .down: recall(key == .up, into: &prompt, history: state.history[prompt.kind] ?? [])
        case .tab: complete(&prompt, in: &state)
        case .control("t") where prompt.kind == .export:
            prompt.exportCharset = prompt.exportCharset == .unicode ? .ascii : .unicode
        case .character(let character):
            guard prompt.text.count < Prompt.maximumLength else {
                state.statusMessage = "input is capped at \(Prompt.maximumLength) characters"
                state.input = .prompt(prompt)
                return []
            }
            prompt.text.append(character)
        default: return []
        }
        state.input = .prompt(prompt)
        if prompt.kind.isLive { apply(prompt.kind, prompt.text, in: &state) }
        return []
    }

    /// Typed characters in a row, the whole of a paste, as one edit: appended (capped) and applied once.
    static func typeText(_ text: String, into prompt: Prompt, in state: inout AppState) {
        var prompt = prompt
        let room = max(0, Prompt.maximumLength - prompt.text.count)
        prompt.text += text.prefix(room)
        if text.count > room { state.statusMessage = "input is capped at \(Prompt.maximumLength) characters" }
        state.input = .prompt(prompt)
        if prompt.kind.isLive { apply(prompt.kind, prompt.text, in: &state) }
    }

    /// `"a, b c"` → `"a, b "`: drops trailing spaces, then the last word.
    static func deletingWord(_ text: String) -> String {
        var result = text
        while result.last == " " { result.removeLast() }
        while let last = result.last, last != " ", last != ",", last != "&" { result.removeLast() }
        return result
    }

    static func remember(_ prompt: Prompt, in state: inout AppState) {
        let text = prompt.text.trimmingSpaces()
        guard !text.isEmpty, prompt.kind != .export else { return }
        var entries = state.history[prompt.kind] ?? []
        entries.removeAll { $0 == text }
        entries.append(text)
        state.history[prompt.kind] = Array(entries.suffix(50))
    }

    static func recall(_ older: Bool, into prompt: inout Prompt, history: [String]) {
        guard !history.isEmpty else { return }
        let current = prompt.recall ?? history.count
        let next = older ? max(0, current - 1) : current + 1
        if next >= history.count {
            prompt.recall = nil
            prompt.text = ""
        } else {
            prompt.recall = next
            prompt.text = history[next]
        }
    }

    /// Applies a live prompt's text.
    static func apply(_ kind: PromptKind, _ text: String, in state: inout AppState) {
        switch kind {
        case .models: applyModelFilter(text, in: &state)
        case .disease:
            let trimmed = text.trimmingSpaces()
            state.changeFilters { $0.disease = trimmed.isEmpty ? nil : trimmed }
            state.pane.cursorRow = 0
        case .help: state.overlay = .help(scroll: 0, filter: text)
        default: break
        }
    }

    /// Enter in a prompt.
    static func commit(_ prompt: Prompt, in state: inout AppState) -> [Effect] {
        let text = prompt.text
        switch prompt.kind {
        case .search: commitSearch(text, in: &state)
        case .models:
            state.statusMessage = text.isEmpty ? "model filter cleared" : "models: \(sanitizedForTerminal(text))"
        case .disease:
            state.statusMessage = text.isEmpty ? "disease filter cleared" : "diseases: \(sanitizedForTerminal(text))"
        case .rowFilter:
            let trimmed = text.trimmingSpaces()
            state.pane.filters.rowFilter = trimmed.isEmpty ? nil : trimmed
            state.pane.cursorRow = 0
            state.statusMessage = trimmed.isEmpty ? "value filter cleared" : "where \(sanitizedForTerminal(trimmed))"
        case .templates:
            guard let selection = TemplateSelection(parsing: text) else {
                state.statusMessage = "templates '\(sanitizedForTerminal(text))': use 0-9, 10-19, all or a list such as 0,3,5-7"
                return []
            }
            state.changeFilters { $0.templates = selection }
            state.statusMessage = "templates \(selection)"
        case .help: state.overlay = .help(scroll: 0, filter: text)
        case .command: return runCommandLine(text, in: &state)
        case .export:
            let name = text.trimmingSpaces()
            guard !name.isEmpty else {
                state.statusMessage = "export cancelled: no file name"
                return []
            }
            return [.exportFile(state.pane, name: name, format: prompt.exportFormat, charset: prompt.exportCharset)]
        }
        return []
    }

    static func commitSearch(_ text: String, in state: inout AppState) {
        state.changeFilters { $0.search = text.isEmpty ? nil : text }
        state.statusMessage = text.isEmpty ? "search cleared" : "search: \(sanitizedForTerminal(text)) (n/N step)"
        if !text.isEmpty, let match = PaneSearch.nextMatch(in: state.lastSummary.rowLabels, search: text,
                                                           from: state.pane.cursorRow - 1, forward: true) {
            state.pane.cursorRow = match
        }
    }

    static func applyModelFilter(_ text: String, in state: inout AppState) {
        state.modelFilterText = text
        let terms = ModelFilter.terms(text)
        state.changeFilters { $0.models = terms }
    }
}

/// The model filter's text: comma-separated terms, each a substring of the model id or a family name.
public enum ModelFilter {
    /// `" pythia, qwen ,"` → `["pythia", "qwen"]`.
    public static func terms(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
