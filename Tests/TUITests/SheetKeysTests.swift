import Analysis
import Data
import Foundation
import Testing
@testable import TUI
import Views

/// The keys of issue 16 on the embedded data, through `update` and `render` as the loop runs them (a frame after
/// each key, so the summary the next key reads is the one on screen).
@Suite struct SheetKeysTests {
    static let embedded = Result { try DatasetLoader.load(.embedded) }

    struct Session {
        var state: AppState
        let dataset: Dataset
        var effects: [Effect] = []

        init(_ view: ViewID, size: TerminalSize = TerminalSize(width: 80, height: 24)) throws {
            dataset = try SheetKeysTests.embedded.get()
            state = AppState(pane: PaneState(view: view), size: size)
            draw()
        }

        mutating func draw() { state.lastSummary = Explorer.render(state, dataset: dataset).summary }

        mutating func press(_ keys: Key...) { for key in keys { press(key) } }

        mutating func press(_ key: Key) {
            effects += Explorer.update(&state, .key(key)).filter { $0 != .prefetchNeighbours }  // PrefetcherTests'
            draw()
        }

        mutating func type(_ text: String) { for character in text { press(.character(character)) } }

        var screen: String { Explorer.render(state, dataset: dataset).buffer.plainText() }
        var summary: PaneSummary { state.lastSummary }
    }

    @Test func arrowsAndHalfPagesScrollColumnsWithTheKeyColumnFrozen() throws {
        var session = try Session(.templates)
        #expect(session.summary.columnWindow == ColumnWindow(first: 2, last: 5, count: 6))
        #expect(session.screen.contains("cols 2–5/6"))
        session.press(.character("l"), .character("l"), .character("l"), .character("l"), .character("l"))
        #expect(session.state.pane.cursorColumn == 5)
        #expect(session.summary.columnWindow?.last == 6)
        #expect(session.screen.contains("model "))
        session.press(.character("z"))
        #expect(session.state.pendingPrefix == "z")
        #expect(session.screen.contains("z…"))
        session.press(.character("h"))
        #expect(session.state.pane.cursorColumn < 5)
        session.press(.left, .left, .left, .left, .left)
        #expect(session.state.pane.cursorColumn == 0)
        session.press(.character("z"), .character("l"))
        #expect(session.state.pane.cursorColumn > 0)
    }

    @Test func truncatedCellsEndInAnEllipsis() throws {
        var session = try Session(.windows)
        #expect(session.screen.contains("…"))
        session.press(.right, .right, .right, .right, .right, .right, .right, .right)
        session.press(.character("_"))
        #expect(session.state.pane.filters.widenedColumns == ["w250"])
        session.press(.character("_"))
        #expect(session.state.pane.filters.widenedColumns.isEmpty)
    }

    @Test func hideShowAndSortByTypedValue() throws {
        var session = try Session(.tau)
        session.press(.right, .right, .right)
        #expect(session.summary.cursorCell?.columnName == "tau_counts")
        session.press(.character("["))
        #expect(session.state.pane.filters.sort == SortOrder(column: "tau_counts", descending: false))
        let values = session.summary.sheet?.numbers.compactMap { $0[3] }.filter(\.isFinite) ?? []
        #expect(values == values.sorted() && values.count > 5)
        session.press(.character("]"))
        #expect(session.state.pane.filters.sort == SortOrder(column: "tau_counts", descending: true))
        session.press(.character("-"))
        #expect(session.state.pane.filters.hiddenColumns == ["tau_counts"])
        #expect(!session.summary.columnNames.contains("tau_counts"))
        session.press(.character("g"), .character("v"))
        #expect(session.summary.columnNames.contains("tau_counts"))
        session.press(.home)
        session.press(.character("G"))
        #expect(session.state.pane.cursorRow == session.summary.shownRows - 1)
        session.press(.character("g"), .character("g"))
        #expect(session.state.pane.cursorRow == 0)
    }

    @Test func diseaseFilterIsLiveAndTakesARegex() throws {
        var session = try Session(.windows)
        let all = session.summary.shownRows
        session.press(.character("d"))
        session.type("asthma")
        #expect(session.summary.shownRows == 1)
        session.press(.escape)
        #expect(session.summary.shownRows == all)
        session.press(.character("d"))
        session.type("/^a/")
        session.press(.enter)
        #expect(session.summary.rowLabels.allSatisfy { $0.hasPrefix("a") } && session.summary.shownRows > 3)
        #expect(session.screen.contains("disease /^a/"))
        session.press(.character("C"))
        #expect(session.summary.shownRows == all && session.state.pane.filters.disease == nil)
        var noDiseases = try Session(.tau)
        noDiseases.press(.character("d"))
        #expect(noDiseases.state.statusMessage == "this sheet has no disease column to filter")
    }

    @Test func valueFilterComparesTypedNumbersAndSaysWhatIsWrong() throws {
        var session = try Session(.tau)
        session.press(.character("|"))
        session.type("tau_counts < 0.2 & n_counts >= 3")
        session.press(.enter)
        let numbers = session.summary.sheet?.numbers ?? []
        #expect(!numbers.isEmpty && numbers.allSatisfy { ($0[3] ?? 1) < 0.2 && ($0[4] ?? 0) >= 3 })
        #expect(session.screen.contains("where tau_counts < 0.2 & n_counts >= 3"))
        session.press(.character("|"), .control("u"))
        session.type("nope > 1")
        session.press(.enter)
        #expect(session.summary.filterProblem?.contains("'nope' is not a column here") == true)
        session.press(.character("|"), .up, .up)
        guard case .prompt(let prompt) = session.state.input else { Issue.record("no prompt"); return }
        #expect(prompt.text == "tau_counts < 0.2 & n_counts >= 3")
        session.press(.control("w"))
        guard case .prompt(let edited) = session.state.input else { Issue.record("no prompt"); return }
        #expect(edited.text == "tau_counts < 0.2 & n_counts >= ")
        session.press(.escape)
    }

    @Test func alignmentDetailShowsOnlyFlippedDiseases() throws {
        var session = try Session(.alignment, size: TerminalSize(width: 120, height: 40))
        session.press(.enter)
        let all = session.summary.shownRows
        session.press(.character("o"))
        #expect(session.state.pane.filters.onlyFlipped)
        #expect(session.summary.shownRows <= all)
        let flipped = session.summary.sheet?.cells ?? []
        #expect(flipped.allSatisfy { $0[4] == "yes" || $0[5] == "yes" })
    }

    @Test func inspectorShowsTheCellInFullAndClosesWithEsc() throws {
        var session = try Session(.tau)
        session.press(.right, .right, .right, .character("i"))
        #expect(session.screen.contains("column  tau counts  (tau_counts)"))
        #expect(session.screen.contains("config  hf/american/en/race"))
        #expect(session.screen.contains("Kendall tau-b"))
        session.press(.escape)
        #expect(session.state.overlay == nil && session.state.stack.count == 1)
        session.press(.character("R"))
        #expect(session.screen.contains("tie rule"))
        session.press(.character("q"))
        #expect(session.state.overlay == nil && session.effects.isEmpty)
    }

    @Test func inspectorListsThePerTemplateLogitsBehindAModelsDiseaseTau() throws {
        var session = try Session(.tau, size: TerminalSize(width: 160, height: 40))
        guard case .model(let model)? = session.summary.drillTarget else { Issue.record("no model row"); return }
        session.press(.enter, .right, .character("i"))
        let screen = session.screen
        #expect(screen.contains("logits  \(model), "))
        #expect(screen.contains("  t0  ") && screen.contains("  t9  ") && !screen.contains("  t10  "))
        let dataset = session.dataset
        let template = try #require(dataset.vocabulary.templates[.en]?.first)
        #expect(screen.contains(String(template.prefix(20))))
    }

    @Test func escNeverQuitsBackspaceGoesUpQQuitsAtTheTop() throws {
        var session = try Session(.tau)
        session.press(.escape)
        #expect(session.effects.isEmpty)
        session.press(.enter)
        #expect(session.state.stack.count == 2)
        session.press(.backspace)
        #expect(session.state.stack.count == 1)
        session.press(.backspace)
        #expect(session.effects.isEmpty && session.state.statusMessage == "at the top level; q quits")
        session.press(.enter, .escape)
        #expect(session.state.stack.count == 1 && session.effects.isEmpty)
        session.press(.character("q"))
        #expect(session.effects == [.quit])
    }

    @Test func helpScrollsAndFilters() throws {
        var session = try Session(.windows)
        session.press(.character("?"))
        #expect(session.screen.contains("next-view"))
        session.press(.pageDown, .pageDown, .pageDown)
        #expect(session.screen.contains("quit"))
        session.press(.character("/"))
        session.type("column")
        #expect(session.screen.contains("hide-column") && !session.screen.contains("next-view"))
        session.press(.enter, .escape)
        #expect(session.state.overlay == nil)
    }

    @Test func commandLineCompletesAndRunsCommandsAndViews() throws {
        var session = try Session(.windows)
        session.press(.character(":"))
        session.type("align")
        session.press(.tab)
        guard case .prompt(let prompt) = session.state.input else { Issue.record("no prompt"); return }
        #expect(prompt.text == "alignment")
        session.press(.enter)
        #expect(session.state.tab == .alignment)
        session.press(.character(":"))
        session.type("toggle-side-panel")
        session.press(.enter)
        #expect(session.state.sidePanelHidden)
        session.press(.character(":"))
        session.type("frobnicate")
        session.press(.enter)
        #expect(session.state.statusMessage?.hasPrefix("unknown command 'frobnicate'") == true)
    }

    @Test func sidePanelHidesWithBackslashAndBelow100Columns() throws {
        var wide = try Session(.tau, size: TerminalSize(width: 120, height: 30))
        #expect(wide.screen.contains("Models "))
        wide.press(.character("\\"))
        #expect(!wide.screen.contains("Models ") && wide.screen.contains("panel off"))
        wide.press(.character("\\"))
        #expect(wide.screen.contains("Models "))
        let narrow = try Session(.tau, size: TerminalSize(width: 90, height: 30))
        #expect(!narrow.screen.contains("Models ") && narrow.screen.contains("panel off (<100 cols)"))
    }

    @Test func pinTemplatesPromptAndEquivalentCommand() throws {
        var session = try Session(.topBottom)
        session.press(.character("P"))
        #expect(session.state.pinned == PinnedConfiguration(logitType: .hfTF, context: .plain))
        session.press(.character("7"))
        #expect(session.state.pane.filters.logitType == .hfTF && session.screen.contains("pinned"))
        session.press(.character("P"))
        #expect(session.state.pinned == nil && session.state.pane.filters.logitType == nil)
        session.press(.character("#"), .control("u"))
        session.type("0,3,5-7")
        session.press(.enter)
        #expect(session.state.pane.filters.templates == TemplateSelection(parsing: "0,3,5-7"))
        session.press(.character("#"), .control("u"))
        session.type("bogus")
        session.press(.enter)
        #expect(session.state.statusMessage?.hasPrefix("templates 'bogus'") == true)
        session.press(.character("="))
        #expect(session.state.statusMessage == "biasexplorer render tau --templates 0,3,5-7")
    }

    @Test func languageAgreementWithTheLanguageLPicks() throws {
        var session = try Session(.languages, size: TerminalSize(width: 120, height: 30))
        session.press(.character("A"))
        #expect(session.state.pane.filters.languageAgreement)
        #expect(session.summary.columnNames.contains("tau_en_fr"))
        session.press(.character("L"))
        #expect(session.summary.columnNames.contains("tau_es_en"))
        session.press(.enter)
        #expect(session.state.stack.count == 2 && session.summary.columnNames.first == "disease")
        session.press(.character("A"))
        #expect(!session.state.pane.filters.languageAgreement && session.state.stack.count == 1)
        var elsewhere = try Session(.tau)
        elsewhere.press(.character("A"))
        #expect(elsewhere.state.statusMessage?.contains("Languages view") == true)
    }

    @Test func statusLineTakesASecondLineRatherThanCutTheConfiguration() throws {
        var session = try Session(.tau)
        session.press(.character("f"))
        session.type("pythia")
        session.press(.enter)
        let lines = session.screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[21].contains("win 250") || lines[22].contains("win 250"))
        #expect(lines[21].contains("lang en"))
    }
}

/// Per-model rank tables (issue 16): `K` on a model row of Tau, or in its per-disease detail.
@Suite struct RankTableKeyTests {
    @Test func kOpensTheModelsRankTableFromTauAndItsDetail() throws {
        var session = try SheetKeysTests.Session(.tau, size: TerminalSize(width: 120, height: 30))
        guard case .model(let model)? = session.summary.drillTarget else { Issue.record("no model row"); return }
        session.press(.character("K"))
        #expect(session.state.pane.drill == .modelRanks(model))
        #expect(session.screen.contains("Ranks of \(model) vs the Pile at window 250"))
        #expect(session.summary.columnNames.prefix(3) == ["disease", "white", "white_pile"])
        let sheet = try #require(session.summary.sheet)
        // Each row: ranks 1...6 by score and by count; a differing rank is marked and counted.
        for (cells, numbers) in zip(sheet.cells, sheet.numbers).prefix(20) {
            var differing = 0
            for index in stride(from: 1, to: 13, by: 2) {
                guard let mine = numbers[index], let pile = numbers[index + 1] else { continue }
                #expect((1...6).contains(mine) && (1...6).contains(pile))
                #expect(cells[index].hasSuffix("*") == (mine != pile))
                if mine != pile { differing += 1 }
            }
            #expect(numbers[15] == Double(differing))
        }
        session.press(.escape)
        session.press(.enter)
        #expect(session.state.pane.drill == .model(model))
        session.press(.character("K"))
        #expect(session.state.pane.drill == .modelRanks(model) && session.state.stack.count == 3)
        var counts = try SheetKeysTests.Session(.counts)
        counts.press(.character("K"))
        #expect(counts.state.statusMessage?.hasPrefix("no model under the cursor") == true)
    }
}

/// Enter on a model of the side panel (focused with `M`) opens its rank table.
@Suite struct ModelListFocusTests {
    @Test func mFocusesTheModelPanelAndEnterOpensTheRankTable() throws {
        var session = try SheetKeysTests.Session(.tau, size: TerminalSize(width: 120, height: 30))
        let second = try #require(session.summary.sideModels.dropFirst().first)
        session.press(.character("M"), .character("j"))
        #expect(session.state.sideCursor == 1)
        session.press(.enter)
        #expect(session.state.pane.drill == .modelRanks(second) && session.state.sideCursor == nil)
        var narrow = try SheetKeysTests.Session(.tau)
        narrow.press(.character("M"))
        #expect(narrow.state.sideCursor == nil && narrow.state.statusMessage?.contains("model panel is off") == true)
    }
}
