import Analysis
import Views

extension Explorer {
    /// `s` (again reverses), `[` ascending, `]` descending: sorts by the typed values of the column under the cursor.
    static func sortByColumn(_ command: Command, in state: inout AppState) {
        guard let column = cursorColumnName(state) else {
            state.statusMessage = "this view has no column to sort under the cursor"
            return
        }
        var pane = state.pane
        switch command {
        case .sortAscending: pane.filters.sort = SortOrder(column: column, descending: false)
        case .sortDescending: pane.filters.sort = SortOrder(column: column, descending: true)
        default:
            if let current = pane.filters.sort, current.column == column {
                pane.filters.sort = SortOrder(column: column, descending: !current.descending)
            } else {
                pane.filters.sort = SortOrder(column: column, descending: true)
            }
        }
        state.pane = pane
        state.statusMessage = "sorted by \(sanitizedForTerminal(column)) \(pane.filters.sort?.descending == true ? "descending" : "ascending")"
    }

    /// The snake_case name of the visible column under the cursor.
    static func cursorColumnName(_ state: AppState) -> String? {
        let columns = state.lastSummary.columnNames
        let index = state.pane.cursorColumn
        return index >= 0 && index < columns.count ? columns[index] : nil
    }

    /// `-` hides the column under the cursor, `gv` shows every column again, `_` widens it to its content (again
    /// narrows it).
    static func changeColumns(_ command: Command, in state: inout AppState) {
        if command == .showColumns {
            let hidden = state.pane.filters.hiddenColumns.count
            state.pane.filters.hiddenColumns = []
            state.pane.filters.shownColumns = nil
            state.statusMessage = hidden == 0 ? "no hidden columns" : "showing \(hidden) hidden column(s) again"
            return
        }
        guard let name = cursorColumnName(state) else {
            state.statusMessage = "this view has no column under the cursor"
            return
        }
        if command == .hideColumn {
            guard state.pane.cursorColumn > 0 else {
                state.statusMessage = "the key column stays; gv shows hidden columns"
                return
            }
            state.pane.filters.hiddenColumns.append(name)
            state.pane.cursorColumn = max(0, min(state.pane.cursorColumn, state.lastSummary.columnNames.count - 2))
            state.statusMessage = "hid \(sanitizedForTerminal(name)); gv shows all columns"
            return
        }
        if let index = state.pane.filters.widenedColumns.firstIndex(of: name) {
            state.pane.filters.widenedColumns.remove(at: index)
            state.statusMessage = "\(sanitizedForTerminal(name)) back to its usual width"
        } else {
            state.pane.filters.widenedColumns.append(name)
            state.statusMessage = "\(sanitizedForTerminal(name)) widened to fit; _ again narrows it"
        }
    }

    /// `d`, `|`, `#` open their prompts; `C` clears the row filters; `o` toggles only-flipped rows.
    static func startFilter(_ command: Command, in state: inout AppState) {
        let filters = state.pane.filters
        switch command {
        case .filterDisease:
            guard state.lastSummary.hasDiseaseColumn else {
                state.statusMessage = "this sheet has no disease column to filter"
                return
            }
            let text = filters.disease ?? ""
            state.input = .prompt(Prompt(kind: .disease, text: text, previous: text))
        case .filterValues:
            let text = filters.rowFilter ?? ""
            state.input = .prompt(Prompt(kind: .rowFilter, text: text, previous: text))
            let names = state.lastSummary.columnNames.joined(separator: " ")
            state.statusMessage = names.isEmpty ? nil : "columns: " + names
        case .chooseTemplates:
            state.input = .prompt(Prompt(kind: .templates, text: filters.templates.description))
        case .toggleLanguageAgreement:
            guard state.tab == .languages else {
                state.statusMessage = "rank agreement across languages is in the Languages view (0)"
                return
            }
            let on = !filters.languageAgreement
            state.changeFilters { $0.languageAgreement = on }
            if !on, state.stack.count > 1 { _ = state.pop() }
            state.statusMessage = on ? "rank agreement of \(filters.language.rawValue) with the other languages (L picks)"
                : "top/bottom counts per language"
        case .toggleOnlyFlipped:
            guard state.pane.view == .alignment, case .alignmentPair? = state.pane.drill else {
                state.statusMessage = "only-flipped applies to an alignment pair's detail (Enter on a pair)"
                return
            }
            state.pane.filters.onlyFlipped.toggle()
            state.statusMessage = state.pane.filters.onlyFlipped ? "only flipped diseases" : "every disease"
        default:
            state.changeFilters { target in
                target.disease = nil
                target.rowFilter = nil
                target.models = []
                target.search = nil
                target.onlyFlipped = false
            }
            state.modelFilterText = ""
            state.statusMessage = "filters cleared (disease, value, model, search)"
        }
    }

    /// `P`: pins the view's effective logit type and context on every view (again unpins: views choose their own).
    static func togglePin(in state: inout AppState) {
        if state.pinned != nil {
            state.pinned = nil
            state.changeFilters { $0.logitType = nil; $0.context = nil }
            state.statusMessage = "configuration unpinned: each view uses its own defaults"
            return
        }
        let configuration = Panes.configuration(state.pane)
        let pin = PinnedConfiguration(logitType: configuration?.logitType ?? state.pane.filters.logitType,
                                      context: configuration?.context ?? state.pane.filters.context)
        state.pinned = pin
        state.changeFilters { pin.apply(to: &$0) }
        state.statusMessage = "pinned logit \(pin.logitType?.rawValue ?? "default"), ctx \(pin.context?.rawValue ?? "default") for every view (P unpins)"
    }

    /// `x`: the export dialog, with the default file name for the view and configuration.
    static func openExportDialog(in state: inout AppState) {
        var prompt = Prompt(kind: .export, text: ExportNaming.defaultName(state.pane, format: .txt))
        prompt.exportCharset = state.renderOptions.charset
        state.input = .prompt(prompt)
    }

    /// Keys while an overlay is up: scrolling, `/` (help filter), closing. False lets the key through.
    static func handleOverlay(_ overlay: Overlay, key: Key, in state: inout AppState) -> Bool {
        let page = max(1, state.size.height - 8)
        func scrolled(_ scroll: Int) -> Int? {
            switch key {
            case .down, .character("j"): return scroll + 1
            case .up, .character("k"): return max(0, scroll - 1)
            case .pageDown, .control("f"), .character(" "): return scroll + page
            case .pageUp, .control("b"): return max(0, scroll - page)
            case .home, .character("g"): return 0
            case .end, .character("G"): return Int.max / 2
            default: return nil
            }
        }
        switch key {
        case .escape, .character("q"), .backspace:
            state.overlay = nil
            return true
        default: break
        }
        switch overlay {
        case .help(let scroll, let filter):
            if key == .character("?") { state.overlay = nil; return true }
            if key == .character("/") {
                state.input = .prompt(Prompt(kind: .help, text: filter, previous: filter))
                return true
            }
            if let next = scrolled(scroll) { state.overlay = .help(scroll: next, filter: filter) }
            return true
        case .inspector(let scroll):
            if key == .character("i") { state.overlay = nil; return true }
            if let next = scrolled(scroll) { state.overlay = .inspector(scroll: next); return true }
            return false
        case .glossary(let scroll):
            if key == .character("R") { state.overlay = nil; return true }
            if let next = scrolled(scroll) { state.overlay = .glossary(scroll: next) }
            return true
        }
    }
}
