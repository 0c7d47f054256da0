import Analysis
import Foundation
import Testing
@testable import TUI
import Views

/// Saved screens (issue 16): `:save NAME` and `:open NAME` through the loop, the file's round trip, bad names.
@Suite struct SavedScreensTests {
    func pane() -> PaneState {
        var pane = PaneState(view: .tau)
        pane.filters.mode = .paper
        pane.filters.logitType = .hfTF
        pane.filters.language = .zh
        pane.filters.templates = TemplateSelection(parsing: "0,3,5-7") ?? .all
        pane.filters.models = ["pythia", "qwen"]
        pane.filters.disease = "/^a/"
        pane.filters.rowFilter = "tau_counts < 0.2 & n_counts >= 3"
        pane.filters.hiddenColumns = ["family"]
        pane.filters.sort = SortOrder(column: "tau_counts", descending: false)
        return pane
    }

    @Test func encodeDecodeRoundTrip() throws {
        let decoded = try SavedScreens.decode(SavedScreens.encode(pane()))
        #expect(decoded == pane())
    }

    @Test func saveThenOpenThroughTheCommandLine() throws {
        let directory = try TemporaryDirectory()
        let screens = SavedScreens(file: directory.url.appendingPathComponent("cfg/biasexplorer/screens.conf"))
        var events: [TerminalEvent] = [.key(.character("7")), .key(.character("|"))]
        events += "tau_counts < 0.2".map { .key(.character($0)) } + [.key(.enter), .key(.character(":"))]
        events += "save low".map { .key(.character($0)) } + [.key(.enter), .key(.character("1")), .key(.character(":"))]
        events += "open low".map { .key(.character($0)) } + [.key(.enter)]
        let terminal = MemoryTerminal(size: TerminalSize(width: 100, height: 30), events: events)
        _ = try Explorer.run(terminal: terminal, dataset: TestDataset.make(),
                             state: AppState(pane: PaneState(view: .windows)),
                             exporter: ExportWriter(directory: directory.url), idleLimit: 1, prefetcher: nil,
                             screens: screens)
        let text = try String(contentsOf: screens.file, encoding: .utf8)
        #expect(text.contains("[low]\nview = tau\n") && text.contains("where = tau_counts < 0.2"))
        #expect(terminal.screen.contains("opened screen low"))
        #expect(terminal.screen.contains(" Tau │"))
        #expect(screens.save(pane(), as: "../evil").hasPrefix("save: name screens with"))
        #expect(throws: PresetError.self) { try screens.open("missing") }
    }

    @Test func xdgConfigHomeIsHonoured() {
        let screens = SavedScreens.standard(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/u"])
        #expect(screens.file.path == "/x/cfg/biasexplorer/screens.conf")
        #expect(SavedScreens.standard(environment: ["HOME": "/home/u"]).file.path
                == "/home/u/.config/biasexplorer/screens.conf")
    }
}
