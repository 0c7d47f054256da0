import Analysis
import Testing
@testable import TUI
import Views

/// `/` then `n`/`N` jump between the rows whose label matches, wrapping, using the labels the pane reported.
struct SearchJumpTests {
    @Test func nextAndPreviousJumpToMatchingRows() {
        var state = AppState(pane: PaneState(view: .ranks), size: TerminalSize(width: 80, height: 24))
        state.lastSummary = PaneSummary(shownRows: 5, totalRows: 5,
                                        rowLabels: ["acne", "asthma", "flu", "cardiac asthma", "mi"])
        _ = TestDataset.drive(&state, [.key(.character("/"))] + "asth".map { .key(.character($0)) } + [.key(.enter)])
        #expect(state.pane.filters.search == "asth")
        #expect(state.pane.cursorRow == 1)  // Enter jumps to the first match at or after the cursor
        _ = Explorer.update(&state, .key(.character("n")))
        #expect(state.pane.cursorRow == 3)
        _ = Explorer.update(&state, .key(.character("n")))
        #expect(state.pane.cursorRow == 1)  // wraps
        _ = Explorer.update(&state, .key(.character("N")))
        #expect(state.pane.cursorRow == 3)
    }

    @Test func noMatchLeavesTheCursorAndSaysSo() {
        var state = AppState(pane: PaneState(view: .ranks), size: TerminalSize(width: 80, height: 24))
        state.lastSummary = PaneSummary(shownRows: 2, totalRows: 2, rowLabels: ["acne", "flu"])
        state.pane.filters.search = "zzz"
        _ = Explorer.update(&state, .key(.character("n")))
        #expect(state.pane.cursorRow == 0)
        #expect(state.statusMessage?.contains("no match") == true)
    }
}
