import Analysis
import Testing
@testable import TUI
import Views

@Suite struct FilterTests {
    @Test func filterKeysChangeThePaneFiltersOnEveryPaneOfTheStack() {
        var state = AppState(pane: PaneState(view: .tau))
        state.lastSummary = PaneSummary(drillTarget: .model("Qwen/Qwen1.5-7B"))
        _ = Explorer.update(&state, .key(.enter))
        _ = TestDataset.drive(&state, "LtcmwTr".map { .key(.character($0)) })
        for pane in state.stack {
            #expect(pane.filters.language == .es)
            #expect(pane.filters.logitType == .hf)
            #expect(pane.filters.context == .plain)
            #expect(pane.filters.mode == .paper)
            #expect(pane.filters.window == .w10)  // 250 wraps to 10
            #expect(pane.filters.templates == .additional)
            #expect(pane.filters.group == .gender)
        }
        _ = TestDataset.drive(&state, "ttLLL".map { .key(.character($0)) })
        #expect(state.pane.filters.logitType == nil)  // hf → hf_tf → view default
        #expect(state.pane.filters.language == .en)  // es → fr → zh → en
        #expect(state.statusMessage == "language en")
    }

    @Test func modelFilterNarrowsTheSideListLiveAndEscRestores() {
        var state = AppState(pane: PaneState(view: .tau), size: TerminalSize(width: 120, height: 20))
        #expect(TestDataset.screen(state).contains("Models 4/4"))
        _ = TestDataset.drive(&state, [.key(.character("f"))] + TestDataset.typing("pyth"))
        #expect(state.pane.filters.models == ["pyth"])
        var screen = TestDataset.screen(state)
        #expect(screen.contains("Models 2/4"))
        #expect(screen.contains("pythia-70m-deduped"))
        #expect(screen.contains("pythia 70M"))
        #expect(screen.contains("pythia 1.4B"))
        #expect(!screen.contains("Qwen1.5-7B"))
        #expect(screen.contains("models: pyth"))
        _ = TestDataset.drive(&state, [.key(.backspace), .key(.backspace), .key(.backspace), .key(.backspace)]
                              + TestDataset.typing("qwen, 70m") + [.key(.enter)])
        #expect(state.pane.filters.models == ["qwen", "70m"])
        screen = TestDataset.screen(state)
        #expect(screen.contains("Models 2/4"))
        #expect(screen.contains("Qwen1.5-7B"))
        #expect(!screen.contains("pythia-1.4b"))
        _ = TestDataset.drive(&state, [.key(.character("f"))] + TestDataset.typing("zzz") + [.key(.escape)])
        #expect(state.pane.filters.models == ["qwen", "70m"])
        #expect(state.modelFilterText == "qwen, 70m")
    }

    @Test func searchSetsTheDiseaseSearchAndKeysTypeIntoIt() {
        var state = AppState(pane: PaneState(view: .counts))
        _ = Explorer.update(&state, .key(.character("n")))
        #expect(state.statusMessage == "no search yet: / searches diseases")
        _ = TestDataset.drive(&state, [.key(.character("/"))] + TestDataset.typing("asthmq") + [.key(.backspace)]
                              + TestDataset.typing("a") + [.key(.enter)])
        #expect(state.pane.filters.search == "asthma")
        #expect(state.pane.filters.language == .en)  // the L of "asthma" was typed, not run
        #expect(state.input == .normal)
    }

    @Test func dataTextIsEscapedOnScreen() {
        var state = AppState(pane: PaneState(view: .tau), size: TerminalSize(width: 120, height: 20))
        _ = TestDataset.drive(&state, [.key(.character("f"))] + TestDataset.typing("evil") + [.key(.enter)])
        let screen = TestDataset.screen(state)
        #expect(screen.contains("\\x1b[2Jwipe\\u202e"))
        #expect(!screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(sanitizedForTerminal("a\u{0}b\u{9B}c\u{2066}") == "a\\x00b\\x9bc\\u2066")
    }

    @Test func presetOpensExactlyThere() throws {
        var preset = Preset()
        preset.view = "tau"
        preset.models = ["pythia"]
        preset.language = "zh"
        preset.mode = "paper"
        preset.logitType = "hf_tf"
        preset.context = "american"
        preset.group = "gender"
        preset.templates = "0-4"
        preset.window = 50
        let pane = try preset.paneState()
        #expect(pane.view == .tau)
        #expect(pane.filters.models == ["pythia"])
        #expect(pane.filters.language == .zh)
        #expect(pane.filters.mode == .paper)
        #expect(pane.filters.logitType == .hfTF)
        #expect(pane.filters.context == .american)
        #expect(pane.filters.group == .gender)
        #expect(pane.filters.templates == TemplateSelection([0, 1, 2, 3, 4]))
        #expect(pane.filters.window == .w50)
        #expect(!pane.filters.bottom)
        preset.bottom = true
        #expect(try preset.paneState().filters.bottom)
        preset.language = "de"
        #expect(throws: PresetError(description: "--language 'de': use one of en, es, fr, zh")) {
            try preset.paneState()
        }
    }
}
