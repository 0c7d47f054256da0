import Analysis
import Views

/// The explorer's pure core: `update` (state × message → state, effects) and `render` (state → buffer).
public enum Explorer {
    /// Applies one message; returns the effects the loop must perform. Never throws: a command that cannot run
    /// leaves the state as it was and says why in the status line.
    public static func update(_ state: inout AppState, _ message: Message, keys: KeyTable = .standard) -> [Effect] {
        switch message {
        case .key(let key): return handle(key, in: &state, keys: keys)
        case .resize(let size):
            state.size = size
            return []
        case .mouse(let mouse): return handle(mouse, in: &state)
        case .tick: return []
        case .quit: return [.quit]
        case .run(let command, let viewIndex): return run(command, viewIndex: viewIndex, in: &state)
        case .report(let text):
            state.statusMessage = text
            return []
        }
    }

    static func handle(_ key: Key, in state: inout AppState, keys: KeyTable) -> [Effect] {
        if key == .control("c") { return [.quit] }
        switch state.input {
        case .searchDisease(let text): return typeSearch(key, text: text, in: &state)
        case .filterModel(let text, let previous): return typeModelFilter(key, text: text, previous: previous, in: &state)
        case .normal: break
        }
        if state.helpVisible, key == .escape || key == .character("q") || key == .character("?") {
            state.helpVisible = false
            return []
        }
        guard let binding = keys.binding(for: key) else {
            state.statusMessage = "\(key.displayName) is not bound; ? shows the keys"
            return []
        }
        state.statusMessage = nil
        return run(binding.command, viewIndex: binding.viewIndex, in: &state)
    }

    static func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect] {
        switch mouse.button {
        case 4: return run(.cursorUp, viewIndex: nil, in: &state)
        case 5: return run(.cursorDown, viewIndex: nil, in: &state)
        default:
            guard mouse.y == 0 else { return [] }
            if let view = Layout.tabs(state, width: state.size.width).first(where: { $0.range.contains(mouse.x) })?.view {
                state.switchTab(to: view)
            }
            return []
        }
    }

    /// Runs a command by name.
    static func run(_ command: Command, viewIndex: Int?, in state: inout AppState) -> [Effect] {
        switch command {
        case .nextView, .previousView, .goToView:
            moveTab(command, viewIndex: viewIndex, in: &state)
        case .cursorDown, .cursorUp, .cursorLeft, .cursorRight, .pageDown, .pageUp, .goTop, .goBottom:
            moveCursor(command, in: &state)
        case .searchDisease:
            state.input = .searchDisease(text: "")
        case .searchNext, .searchPrevious:
            stepSearch(forward: command == .searchNext, in: &state)
        case .filterModel:
            state.input = .filterModel(text: state.modelFilterText, previous: state.modelFilterText)
        case .cycleLanguage, .cycleLogitType, .cycleContext, .toggleMode, .cycleWindow, .cycleTemplates, .cycleGroup,
             .toggleBottom, .toggleReduced:
            cycleFilter(command, in: &state)
        case .sortByColumn: sortByColumn(in: &state)
        case .drillDown: drillDown(in: &state)
        case .goBack:
            if state.helpVisible { state.helpVisible = false; return [] }
            if !state.pop() { return [.quit] }
        case .showHelp: state.helpVisible.toggle()
        case .exportView: return [.export(state.pane)]
        case .suspend: return [.suspend]
        case .quit: return [.quit]
        }
        return []
    }

    static func moveTab(_ command: Command, viewIndex: Int?, in state: inout AppState) {
        let views = state.views
        guard !views.isEmpty else { return }
        let current = views.firstIndex(of: state.tab) ?? 0
        switch command {
        case .nextView: state.switchTab(to: views[(current + 1) % views.count])
        case .previousView: state.switchTab(to: views[(current + views.count - 1) % views.count])
        default:
            guard let index = viewIndex, index < views.count else {
                state.statusMessage = "no view with that number"
                return
            }
            state.switchTab(to: views[index])
        }
    }

    static func drillDown(in state: inout AppState) {
        guard let target = state.lastSummary.drillTarget else {
            state.statusMessage = "nothing to drill into under the cursor"
            return
        }
        state.push(PaneState(view: state.pane.view, filters: state.pane.filters, drill: target))
        state.statusMessage = "Enter opened a detail; q goes back"
    }

    static func sortByColumn(in state: inout AppState) {
        let columns = state.lastSummary.columnNames
        let index = state.pane.cursorColumn
        guard index >= 0, index < columns.count else {
            state.statusMessage = "this view has no column to sort under the cursor"
            return
        }
        let column = columns[index]
        var pane = state.pane
        if let current = pane.filters.sort, current.column == column {
            pane.filters.sort = SortOrder(column: column, descending: !current.descending)
        } else {
            pane.filters.sort = SortOrder(column: column, descending: true)
        }
        state.pane = pane
        state.statusMessage = "sorted by \(sanitizedForTerminal(column)) \(pane.filters.sort?.descending == true ? "descending" : "ascending")"
    }

    /// `n`/`N`: the pane highlights and jumps to matches of `filters.search`; without a search there is nothing to step.
    static func stepSearch(forward: Bool, in state: inout AppState) {
        guard let search = state.pane.filters.search, !search.isEmpty else {
            state.statusMessage = "no search yet: / searches diseases"
            return
        }
        let labels = state.lastSummary.rowLabels
        guard let match = PaneSearch.nextMatch(in: labels, search: search, from: state.pane.cursorRow,
                                               forward: forward) else {
            state.statusMessage = "no match for \(sanitizedForTerminal(search))"
            return
        }
        state.pane.cursorRow = match
        state.statusMessage = "search: \(sanitizedForTerminal(search)) (\(labels[match]))"
    }
}
