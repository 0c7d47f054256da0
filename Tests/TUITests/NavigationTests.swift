import Analysis
import Testing
@testable import TUI
import Views

@Suite struct NavigationTests {
    @Test func tabVisitsEveryViewInOrderAndWraps() {
        var state = AppState(pane: PaneState(view: .windows))
        var visited = [state.tab]
        for _ in 1..<ViewID.allCases.count {
            _ = Explorer.update(&state, .key(.tab))
            visited.append(state.tab)
        }
        #expect(visited == ViewID.allCases)
        _ = Explorer.update(&state, .key(.tab))
        #expect(state.tab == .windows)
        _ = Explorer.update(&state, .key(.backTab))
        #expect(state.tab == .problems)
    }

    @Test func numberKeysOpenTheFirstTenViews() {
        var state = AppState(pane: PaneState(view: .tau))
        for (index, digit) in "1234567890".enumerated() {
            _ = Explorer.update(&state, .key(.character(digit)))
            #expect(state.tab == ViewID.allCases[index])
        }
    }

    @Test func tabBarShowsTheCurrentViewAndStatusLineItsSettings() {
        var state = AppState(pane: PaneState(view: .windows), size: TerminalSize(width: 120, height: 30))
        _ = Explorer.update(&state, .key(.character("7")))
        let lines = TestDataset.screen(state).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].contains("7 Tau"))
        // The tau view's defaults (Section2Defaults.tau: hf, American context), not "default".
        #expect(lines[28].hasPrefix(" Tau │ correct │ logit hf* │ ctx american* │ lang en │ race │ tmpl 0-9 │ win 250"))
        #expect(lines[29].contains("? show-help"))
    }

    /// The status line names what each view draws: its default logit type and context, the filter when set, the
    /// hf vs hf_tf pair for tf-vs-raw and `n/a` for views without logits.
    @Test func statusLineShowsTheEffectiveLogitTypeAndContext() {
        func status(_ view: ViewID, _ change: (inout ViewFilters) -> Void = { _ in }) -> String {
            var pane = PaneState(view: view)
            change(&pane.filters)
            return StatusText.line(AppState(pane: pane), summary: PaneSummary())
        }
        #expect(status(.topBottom).contains("logit hf_tf* │ ctx plain*"))
        #expect(status(.templates).contains("logit hf* │ ctx plain*"))
        #expect(status(.alignment).contains("logit hf* │ ctx american*"))
        #expect(status(.tfVsRaw).contains("logit hf vs hf_tf* │ ctx american*"))
        #expect(status(.counts).contains("logit n/a │ ctx n/a"))
        #expect(status(.topBottom) { $0.logitType = .hf; $0.context = .american }.contains("logit hf │ ctx american"))
    }

    @Test func bKeyTogglesBottomCountsOnEveryPaneOfTheStack() {
        var state = AppState(pane: PaneState(view: .languages))
        _ = Explorer.update(&state, .key(.character("b")))
        #expect(state.pane.filters.bottom && state.statusMessage == "bottom counts")
        _ = Explorer.update(&state, .key(.character("b")))
        #expect(!state.pane.filters.bottom && state.statusMessage == "top counts")
        #expect(KeyTable.standard.keys(for: .toggleBottom) == [.character("b")])
        #expect(KeyTable.standard.helpLines().contains { $0.contains("toggle-bottom") })
    }

    @Test func drillDownPushesAndGoBackPops() {
        var state = AppState(pane: PaneState(view: .tau))
        _ = Explorer.update(&state, .key(.enter))
        #expect(state.stack.count == 1)
        #expect(state.statusMessage == "nothing to drill into under the cursor")
        state.lastSummary = PaneSummary(shownRows: 3, totalRows: 3, drillTarget: .disease(2))
        _ = Explorer.update(&state, .key(.enter))
        #expect(state.stack.count == 2)
        #expect(state.pane.drill == .disease(2))
        #expect(state.pane.view == .tau)
        #expect(Explorer.update(&state, .key(.character("q"))) == [.prefetchNeighbours])  // back: a new pane
        #expect(state.stack.count == 1)
        // Esc never quits; q quits at the top level.
        #expect(Explorer.update(&state, .key(.escape)).isEmpty)
        #expect(state.statusMessage == "Esc never quits: q or C-c quits")
        #expect(Explorer.update(&state, .key(.character("q"))) == [.quit])
    }

    @Test func cursorStaysInsideTheRowsThePaneReported() {
        var state = AppState(pane: PaneState(view: .counts), size: TerminalSize(width: 80, height: 10))
        state.lastSummary = PaneSummary(shownRows: 20, totalRows: 93, columns: ["disease", "white", "black"])
        _ = TestDataset.drive(&state, [.key(.up), .key(.character("j")), .key(.down)])
        #expect(state.pane.cursorRow == 2)
        _ = Explorer.update(&state, .key(.pageDown))  // page = 10 - 3 - 2 = 5 rows
        #expect(state.pane.cursorRow == 7)
        #expect(state.pane.scrollRow == 3)  // cursor 7 is the last of 5 visible rows 3...7
        _ = Explorer.update(&state, .key(.character("G")))
        #expect(state.pane.cursorRow == 19)
        _ = TestDataset.drive(&state, [.key(.character("l")), .key(.right), .key(.right), .key(.right)])
        #expect(state.pane.cursorColumn == 2)
        _ = TestDataset.drive(&state, [.key(.character("g")), .key(.character("g"))])
        #expect(state.pane.cursorRow == 0)
        #expect(state.pane.scrollRow == 0)
    }

    @Test func sortByTheColumnUnderTheCursorThenReverse() {
        var state = AppState(pane: PaneState(view: .counts))
        _ = Explorer.update(&state, .key(.character("s")))
        #expect(state.pane.filters.sort == nil)
        state.lastSummary = PaneSummary(shownRows: 3, totalRows: 3, columns: ["disease", "white", "black"])
        _ = TestDataset.drive(&state, [.key(.right), .key(.character("s"))])
        #expect(state.pane.filters.sort == SortOrder(column: "white", descending: true))
        _ = Explorer.update(&state, .key(.character("s")))
        #expect(state.pane.filters.sort == SortOrder(column: "white", descending: false))
    }

    @Test func helpOverlayIsGeneratedFromTheKeyTable() {
        var state = AppState(pane: PaneState(view: .windows), size: TerminalSize(width: 100, height: 40))
        _ = Explorer.update(&state, .key(.character("?")))
        let screen = TestDataset.screen(state)
        #expect(screen.contains("Keys — j/k PgUp/PgDn scroll, / filters, Esc closes"))
        #expect(screen.contains("f         filter-model"))  // the HelpOverlay widget: keys, 2 spaces, command
        _ = Explorer.update(&state, .key(.character("G")))
        #expect(TestDataset.screen(state).contains("C-c       quit"))
        _ = Explorer.update(&state, .key(.escape))
        #expect(!TestDataset.screen(state).contains("Keys —"))
        #expect(state.stack.count == 1)
    }

    @Test func everyCommandExceptGoToViewHasAKeyAndEveryKeyIsBoundOnce() {
        let table = KeyTable.standard
        for command in Command.allCases {
            #expect(!table.keys(for: command).isEmpty, "\(command.rawValue) has no key")
        }
        #expect(Set(table.bindings.map(\.displayName)).count == table.bindings.count)
    }

    @Test func unboundKeySaysSoInTheStatusLine() {
        var state = AppState(pane: PaneState(view: .windows))
        _ = Explorer.update(&state, .key(.character("Z")))
        #expect(state.statusMessage == "Z is not bound; ? shows the keys")
    }

    @Test func tooSmallTerminalSaysTheSizeItNeeds() {
        let state = AppState(pane: PaneState(view: .windows), size: TerminalSize(width: 20, height: 5))
        #expect(TestDataset.screen(state) == "Terminal too small\nneed 40x10\nhave 20x5\nC-c quits\n")
        let tiny = AppState(pane: PaneState(view: .windows), size: TerminalSize(width: 0, height: 0))
        #expect(TestDataset.screen(tiny) == "")
    }
}

@Suite struct LayoutTests {
    @Test func narrowTabBarScrollsToKeepTheCurrentTabVisible() {
        var state = AppState(pane: PaneState(view: .problems), size: TerminalSize(width: 40, height: 10))
        let firstRow = TestDataset.screen(state).split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstRow.hasSuffix("[Problems]"))  // the TabBar widget brackets the current tab
        #expect(!firstRow.contains("Windows"))
        state.switchTab(to: .windows)
        #expect(TestDataset.screen(state).hasPrefix("[1 Windows] 2 Counts  3 Ranks"))
    }

    @Test func mouseClickOnATabOpensItAndTheWheelMovesTheCursor() {
        var state = AppState(pane: PaneState(view: .windows), size: TerminalSize(width: 120, height: 30))
        // "[1 Windows]" occupies 0..<11, " 2 Counts " 11..<21 (`TabBar.spans`).
        _ = Explorer.update(&state, .mouse(MouseEvent(x: 15, y: 0, button: 1)))
        #expect(state.tab == .counts)
        state.lastSummary = PaneSummary(shownRows: 5, totalRows: 5)
        _ = Explorer.update(&state, .mouse(MouseEvent(x: 5, y: 10, button: 5)))
        #expect(state.pane.cursorRow == 1)
    }

    /// At 80×24 the help overlay scrolls (j, PgDn) until every binding has been on screen.
    @Test func helpScrollsToEveryBindingAt80x24() {
        var state = AppState(pane: PaneState(view: .windows), size: TerminalSize(width: 80, height: 24))
        _ = Explorer.update(&state, .key(.character("?")))
        var seen = TestDataset.screen(state)
        for _ in 0..<Command.allCases.count {
            _ = Explorer.update(&state, .key(.character("j")))
            seen += TestDataset.screen(state)
        }
        for command in Command.allCases {
            #expect(seen.contains(command.rawValue), "\(command.rawValue) missing from help")
        }
        _ = Explorer.update(&state, .key(.pageUp))
        _ = Explorer.update(&state, .key(.pageUp))
        _ = Explorer.update(&state, .key(.pageUp))
        #expect(TestDataset.screen(state).contains("next-view"))
    }
}
