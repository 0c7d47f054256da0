import Analysis
import Views

extension Explorer {
    /// Typing after `/`: Enter sets the search, Esc cancels.
    static func typeSearch(_ key: Key, text: String, in state: inout AppState) -> [Effect] {
        switch key {
        case .enter:
            state.input = .normal
            state.changeFilters { $0.search = text.isEmpty ? nil : text }
            state.statusMessage = text.isEmpty ? "search cleared" : "search: \(sanitizedForTerminal(text)) (n/N step)"
            if !text.isEmpty, let match = PaneSearch.nextMatch(in: state.lastSummary.rowLabels, search: text,
                                                               from: state.pane.cursorRow - 1, forward: true) {
                state.pane.cursorRow = match
            }
        case .escape:
            state.input = .normal
        case .backspace:
            state.input = .searchDisease(text: String(text.dropLast()))
        case .character(let character):
            state.input = .searchDisease(text: text + String(character))
        default:
            break
        }
        return []
    }

    /// Typing after `f`: the model filter applies live; Enter keeps it, Esc restores the previous one.
    static func typeModelFilter(_ key: Key, text: String, previous: String, in state: inout AppState) -> [Effect] {
        var newText = text
        switch key {
        case .enter:
            state.input = .normal
            state.statusMessage = text.isEmpty ? "model filter cleared" : "models: \(sanitizedForTerminal(text))"
            return []
        case .escape:
            state.input = .normal
            applyModelFilter(previous, in: &state)
            return []
        case .backspace: newText = String(text.dropLast())
        case .character(let character): newText = text + String(character)
        default: return []
        }
        state.input = .filterModel(text: newText, previous: previous)
        applyModelFilter(newText, in: &state)
        return []
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
