import Analysis
import Foundation
import Views

/// Options of the real terminal (`--color`, `--mouse`).
public struct TerminalOptions: Sendable, Hashable {
    public var color: ColorMode
    public var mouse: Bool

    public init(color: ColorMode = .auto, mouse: Bool = false) {
        self.color = color
        self.mouse = mouse
    }
}

extension TerminalOptions {
    /// The render options of every frame the explorer draws (panes, chrome, exports): `charset`, and colour exactly
    /// when the curses adapter colours its palette (`ColorMode.isEnabled` on a terminal: `always`, or `auto`
    /// without NO_COLOR and with a usable TERM), so `--color` and NO_COLOR reach every pane.
    public func renderOptions(charset: Charset, environment: [String: String]) -> RenderOptions {
        RenderOptions(charset: charset, color: color.isEnabled(environment: environment, isTerminal: true))
    }
}

extension Explorer {
    /// Runs the explorer on the real terminal and always restores it: after quit, a signal, or a thrown error.
    /// Throws `TerminalSetupError` (before touching the screen) when there is no usable terminal.
    public static func runInTerminal(data: ExplorerData, state: AppState, options: TerminalOptions,
                                     exportDirectory: URL, screens: SavedScreens? = nil,
                                     queries: Queries = .uncached) throws -> ExitReason {
        let terminal = try CursesTerminal(color: options.color, mouse: options.mouse)
        defer { terminal.shutdown() }
        return try run(terminal: terminal, data: data, state: state,
                       exporter: ExportWriter(directory: exportDirectory, queries: queries), queries: queries,
                       screens: screens)
    }

    /// Checks stdout/stdin and TERM without starting curses (the command calls it before loading data).
    public static func checkTerminal() throws(TerminalSetupError) {
        try CursesTerminal.preflight(environment: ProcessInfo.processInfo.environment)
    }
}
