import Analysis
import Views

/// The explorer's pure core: `update` (state × message → state, effects) and `render` (state → buffer).
public enum Explorer {
    /// Applies one message; returns the effects the loop must perform. Never throws: a command that cannot run
    /// leaves the state as it was and says why in the status line. Depends on the state alone: when the message
    /// changes what the pane's analyses depend on (view, filters, drill-down), the effects end with
    /// `.prefetchNeighbours`.
    public static func update(_ state: inout AppState, _ message: Message, keys: KeyTable = .standard) -> [Effect] {
        let scope = PrefetchScope(state)
        let effects = apply(message, to: &state, keys: keys)
        return PrefetchScope(state) == scope ? effects : effects + [.prefetchNeighbours]
    }

    /// The message's own effects (`update` without the prefetch request).
    static func apply(_ message: Message, to state: inout AppState, keys: KeyTable) -> [Effect] {
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
        if case .prompt(let prompt) = state.input { return type(key, into: prompt, in: &state) }
        if let overlay = state.overlay, handleOverlay(overlay, key: key, in: &state) { return [] }
        if let cursor = state.sideCursor, handleModelList(cursor, key: key, in: &state) { return [] }
        if let prefix = state.pendingPrefix {
            state.pendingPrefix = nil
            guard let binding = keys.binding(for: key, prefix: prefix) else {
                state.statusMessage = "\(prefix)\(key.displayName) is not bound; ? shows the keys"
                return []
            }
            state.statusMessage = nil
            return run(binding.command, viewIndex: binding.viewIndex, in: &state)
        }
        if keys.isPrefix(key), case .character(let character) = key {
            state.pendingPrefix = character
            let seconds = keys.bindings.filter { $0.prefix == character }.map { "\(character)\($0.key.displayName)" }
            state.statusMessage = "\(character)… (" + seconds.joined(separator: " ") + ")"
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
        case .cursorDown, .cursorUp, .cursorLeft, .cursorRight, .pageDown, .pageUp, .goTop, .goBottom,
             .scrollLeftHalf, .scrollRightHalf:
            moveCursor(command, in: &state)
        case .searchDisease:
            state.input = .prompt(Prompt(kind: .search))
        case .searchNext, .searchPrevious:
            stepSearch(forward: command == .searchNext, in: &state)
        case .filterModel:
            state.input = .prompt(Prompt(kind: .models, text: state.modelFilterText, previous: state.modelFilterText))
        case .cycleLanguage, .cycleLogitType, .cycleContext, .toggleMode, .cycleWindow, .cycleTemplates, .cycleGroup,
             .toggleBottom, .cycleShade, .toggleReduced:
            cycleFilter(command, in: &state)
        case .sortByColumn, .sortAscending, .sortDescending: sortByColumn(command, in: &state)
        case .hideColumn, .showColumns, .widenColumn: changeColumns(command, in: &state)
        case .filterDisease, .filterValues, .clearFilters, .toggleOnlyFlipped, .chooseTemplates, .toggleLanguageAgreement:
            startFilter(command, in: &state)
        case .pinConfiguration: togglePin(in: &state)
        case .toggleSidePanel:
            state.sidePanelHidden.toggle()
            state.statusMessage = state.sidePanelHidden ? "model panel hidden (\\ shows it)" : "model panel shown"
        case .inspectCell:
            guard state.lastSummary.cursorCell != nil else {
                state.statusMessage = "no cell under the cursor to inspect"
                return []
            }
            state.overlay = .inspector(scroll: 0)
        case .showGlossary: state.overlay = .glossary(scroll: 0)
        case .commandLine: state.input = .prompt(Prompt(kind: .command))
        case .drillDown: drillDown(in: &state)
        case .openRankTable: openRankTable(in: &state)
        case .focusModelList:
            guard Layout.sideWidth(state.size, hidden: state.sidePanelHidden) > 0,
                  !state.lastSummary.sideModels.isEmpty else {
                state.statusMessage = "the model panel is off (\\ shows it from 100 columns)"
                return []
            }
            state.sideCursor = 0
            state.statusMessage = "model panel: j/k pick a model, Enter opens its ranks, Esc returns"
        case .close: close(in: &state)
        case .goUp:
            if state.overlay != nil { state.overlay = nil } else if !state.pop() {
                state.statusMessage = "at the top level; q quits"
            }
        case .goBack:
            if state.overlay != nil { state.overlay = nil; return [] }
            if !state.pop() { return [.quit] }
        case .showHelp: state.overlay = state.helpVisible ? nil : .help(scroll: 0, filter: "")
        case .showCommand: state.statusMessage = EquivalentCommand.text(state.pane)
        case .exportView: openExportDialog(in: &state)
        case .suspend: return [.suspend]
        case .quit: return [.quit]
        }
        return []
    }

    /// Esc: closes the overlay, else the drill-down; at the top level it only says how to quit.
    static func close(in state: inout AppState) {
        state.pendingPrefix = nil
        if state.overlay != nil {
            state.overlay = nil
        } else if !state.pop() {
            state.statusMessage = "Esc never quits: q or C-c quits"
        }
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
        var filters = state.pane.filters
        filters.sort = nil
        filters.rowFilter = nil
        filters.hiddenColumns = []
        filters.shownColumns = nil
        filters.widenedColumns = []
        state.push(PaneState(view: state.pane.view, filters: filters, drill: target))
        state.statusMessage = "Enter opened a detail; Esc or q goes back"
    }

    /// Keys while the model panel has the focus: j/k move, Enter opens the rank table, Esc/M return the focus.
    /// False lets the key through (Ctrl-C, ?, and the rest act as usual).
    static func handleModelList(_ cursor: Int, key: Key, in state: inout AppState) -> Bool {
        let models = state.lastSummary.sideModels
        switch key {
        case .down, .character("j"): state.sideCursor = min(cursor + 1, max(0, models.count - 1))
        case .up, .character("k"): state.sideCursor = max(0, cursor - 1)
        case .escape, .character("M"), .character("q"): state.sideCursor = nil
        case .enter:
            state.sideCursor = nil
            guard cursor < models.count else { return true }
            pushRankTable(models[cursor], in: &state)
        default: return false
        }
        return true
    }

    /// `K`: the rank table of the model under the cursor, or of the model whose detail is open (the Tau view's
    /// per-disease taus), or of the only model the filter keeps.
    static func openRankTable(in state: inout AppState) {
        var model: String?
        if case .model(let id)? = state.pane.drill { model = id }
        if model == nil, case .model(let id)? = state.lastSummary.drillTarget { model = id }
        if model == nil, case .modelRanks(let id)? = state.pane.drill { model = id }
        guard let model else {
            state.statusMessage = "no model under the cursor: K works on a model row or a model's detail (M: panel)"
            return
        }
        pushRankTable(model, in: &state)
    }

    static func pushRankTable(_ model: String, in state: inout AppState) {
        var filters = state.pane.filters
        filters.sort = nil
        filters.rowFilter = nil
        filters.hiddenColumns = []
        filters.shownColumns = nil
        state.push(PaneState(view: state.pane.view, filters: filters, drill: .modelRanks(model)))
        state.statusMessage = "ranks of \(sanitizedForTerminal(model)) vs the Pile; w changes the window, Esc goes back"
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
