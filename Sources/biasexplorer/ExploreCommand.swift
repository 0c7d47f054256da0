import ArgumentParser
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
    @Option(name: .customLong("model"), help: "Model filter: substring or family; repeat or comma-separate.")
    var models: [String] = []
    @Option(help: "Prompt language: en, es, fr, zh.") var language: String?
    @Option(help: "correct or paper.") var mode: String?
    @Option(name: .customLong("logit-type"), help: "hf or hf_tf (default: the view's).") var logitType: String?
    @Option(help: "plain or american (default: the view's).") var context: String?
    @Option(help: "race or gender.") var group: String?
    @Option(help: "Templates: 0-9, 10-19, all, or a list such as 0,3,5-7.") var templates: String?
    @Option(help: "Co-occurrence window: 10, 50, 100 or 250.") var window: Int?
    @Option(help: "auto, always or never (NO_COLOR is honoured in auto).") var color: String = "auto"
    @Flag(help: "Enable mouse clicks and the wheel.") var mouse = false

    func run() throws {
        guard let colorChoice = ColorChoice(rawValue: color) else {
            throw ValidationError("--color '\(color)': use auto, always or never")
        }
        let pane: PaneState
        do { pane = try preset.paneState() } catch { throw ValidationError(error.description) }
        do { try Explorer.checkTerminal() } catch { return try fail(error.description) }
        let dataset = try dataOptions.load()
        let state = AppState(pane: pane)
        let reason: ExitReason
        do {
            reason = try Explorer.runInTerminal(
                dataset: dataset, state: state, options: TerminalOptions(color: colorChoice, mouse: mouse),
                exportDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } catch let error as TerminalSetupError {
            return try fail(error.description)
        }
        if reason.status != 0 { throw ExitCode(reason.status) }
    }

    var preset: Preset {
        var preset = Preset()
        preset.view = view
        preset.models = models
        preset.language = language
        preset.mode = mode
        preset.logitType = logitType
        preset.context = context
        preset.group = group
        preset.templates = templates
        preset.window = window
        return preset
    }

    /// Prints a message to stderr and exits 1.
    func fail(_ message: String) throws {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        throw ExitCode(1)
    }
}
