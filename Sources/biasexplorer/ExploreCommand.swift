import Analysis
import ArgumentParser
import Data
import Foundation
import TUI
import Views

/// The full-screen explorer (the default subcommand). Options name the screen it opens on.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Browse every analysis in the terminal (q goes back, ? lists the keys).")

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "View to open: \(ViewNames.all).") var view: String?
    @OptionGroup var screen: ScreenOptions
    @Option(help: "auto, always or never (NO_COLOR is honoured in auto).") var color: String = "auto"
    @Option(help: "auto (from LC_ALL, LC_CTYPE or LANG: UTF-8 → unicode, else ascii), unicode or ascii.")
    var charset: String = "auto"
    @Flag(help: "Enable mouse clicks and the wheel.") var mouse = false
    @Option(help: "Open a screen saved with :save NAME (in $XDG_CONFIG_HOME/biasexplorer/screens.conf).")
    var preset: String?

    func run() throws {
        guard let colorChoice = ColorMode(rawValue: color) else {
            throw ValidationError("--color '\(sanitizedForTerminal(color))': use auto, always or never")
        }
        let screens = SavedScreens.standard(environment: ProcessInfo.processInfo.environment)
        var pane = try screen.paneState(view: view)
        if let preset {
            do { pane = try screens.open(preset) } catch { throw ValidationError("--preset: " + error.description) }
        }
        do { try Explorer.checkTerminal() } catch { return try fail(error.description) }
        // Issue 21: the first frame draws from everything but the logits; the catalogue of logits files is listed
        // in the background and each configuration parsed when a view first reads it (`ExplorerData`).
        let root = try dataOptions.root(), loadOptions = dataOptions.loadOptions
        let opening = try DatasetLoader.loadWithoutLogits(root, options: loadOptions)
        let cache = BoundedQueryCache()
        let data = ExplorerData.lazy(opening: opening, cache: cache, parallel: .concurrent) {
            let (dataset, catalogue) = try DatasetLoader.loadCatalogue(root, options: loadOptions)
            return (dataset, catalogue)
        }
        var state = AppState(pane: pane)
        let environment = ProcessInfo.processInfo.environment
        let chosen = try RenderCommand.charset(charset, environment: environment)
        state.renderOptions = TerminalOptions(color: colorChoice, mouse: mouse)
            .renderOptions(charset: chosen.charset, environment: environment)
        state.statusMessage = chosen.note  // a --model term that matches no model is dropped by the loop, and named
        let reason: ExitReason
        do {
            reason = try Explorer.runInTerminal(
                data: data, state: state, options: TerminalOptions(color: colorChoice, mouse: mouse),
                exportDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), screens: screens,
                queries: Queries(cache: cache, parallel: .concurrent))
        } catch let error as TerminalSetupError {
            return try fail(error.description)
        }
        if reason.status != 0 { throw ExitCode(reason.status) }
    }

    /// Prints a message to stderr and exits 1.
    func fail(_ message: String) throws {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        throw ExitCode(1)
    }
}
