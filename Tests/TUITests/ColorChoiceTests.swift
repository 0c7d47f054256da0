import Analysis
import Data
import Testing
@testable import TUI
import Views

/// `explore --color` and NO_COLOR reach every pane of the explorer's frame (issue 15 item 5): the render options
/// come from the same decision as the terminal's palette (`TerminalOptions.renderOptions`), and every view is drawn
/// through `Explorer.render` on the embedded data with each choice.
@Suite struct ColorChoiceTests {
    static let embedded = Result { try DatasetLoader.load(.embedded) }
    static let size = TerminalSize(width: 120, height: 40)

    /// Whether any cell of the frame has a colour (foreground or background other than the terminal's default).
    static func hasColor(_ buffer: Buffer) -> Bool {
        buffer.cells.contains { $0.style.foreground != .default || $0.style.background != .default }
    }

    static func frame(_ view: ViewID, options: RenderOptions, dataset: Dataset) -> Buffer {
        var state = AppState(pane: PaneState(view: view), size: size)
        state.renderOptions = options
        state.lastSummary = Explorer.render(state, dataset: dataset).summary
        return Explorer.render(state, dataset: dataset).buffer
    }

    @Test func theChoiceIsTheTerminalsDecision() {
        let terminal = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]
        #expect(!TerminalOptions(color: .never).renderOptions(charset: .unicode, environment: terminal).color)
        let noColor = terminal.merging(["NO_COLOR": "1"]) { $1 }
        #expect(!TerminalOptions(color: .auto).renderOptions(charset: .unicode, environment: noColor).color)
        #expect(TerminalOptions(color: .auto).renderOptions(charset: .unicode, environment: terminal).color)
        #expect(TerminalOptions(color: .always).renderOptions(charset: .ascii,
                                                              environment: ["NO_COLOR": "1"]).color)
        #expect(TerminalOptions(color: .always).renderOptions(charset: .ascii, environment: [:]).charset == .ascii)
    }

    /// `--color never` and NO_COLOR: no colour anywhere in any view's frame (pane and chrome). `--color always`:
    /// the same characters, and the views that draw figures carry colour.
    @Test func neverAndNoColorLeaveEveryPaneUncolouredAndAlwaysColoursThem() throws {
        let dataset = try Self.embedded.get()
        let environment = ["TERM": "xterm-256color", "NO_COLOR": "1"]
        let never = TerminalOptions(color: .never).renderOptions(charset: .unicode, environment: environment)
        let noColor = TerminalOptions(color: .auto).renderOptions(charset: .unicode, environment: environment)
        let always = TerminalOptions(color: .always).renderOptions(charset: .unicode, environment: environment)
        var coloured: Set<ViewID> = []
        for view in ViewID.allCases {
            let plain = Self.frame(view, options: never, dataset: dataset)
            #expect(!Self.hasColor(plain), "\(view.rawValue) has colour with --color never")
            #expect(!Self.hasColor(Self.frame(view, options: noColor, dataset: dataset)),
                    "\(view.rawValue) has colour under NO_COLOR")
            let colour = Self.frame(view, options: always, dataset: dataset)
            #expect(colour.plainText() == plain.plainText(), "\(view.rawValue): colour changes characters")
            if Self.hasColor(colour) { coloured.insert(view) }
        }
        #expect(coloured.isSuperset(of: [.counts, .tauSize, .languages]), "coloured views: \(coloured)")
    }
}
