import Analysis
import ArgumentParser
import TUI
import Views

/// The options that name a screen: shared by the explorer (`--view …` presets) and `render`, so that any screen can
/// be reached again with one command and printed exactly as the explorer shows it.
struct ScreenOptions: ParsableArguments {
    @Option(name: .customLong("model"), help: "Model filter: substring or family; repeat or comma-separate.")
    var models: [String] = []
    @Option(help: "Prompt language: en, es, fr, zh.") var language: String?
    @Option(help: "correct or paper.") var mode: String?
    @Option(name: .customLong("logit-type"), help: "hf or hf_tf (default: the view's).") var logitType: String?
    @Option(help: "plain or american (default: the view's).") var context: String?
    @Option(help: "race or gender.") var group: String?
    @Option(help: "Templates: 0-9, 10-19, all, or a list such as 0,3,5-7.") var templates: String?
    @Option(help: "Co-occurrence window: 10, 50, 100 or 250.") var window: Int?
    @Flag(help: "Bottom instead of top counts where a view has both (languages).") var bottom = false
    @Option(help: "Heatmap shading: global (one scale per gender and race block) or row (each row's shares).")
    var shade: String?
    @Flag(help: "The Languages view's rank agreement between --language and the other languages.")
    var agreement = false
    @Option(help: "Disease filter: a substring of the disease column, or /regex/.") var disease: String?
    @Option(help: "A drill-down (render): disease:NAME, model:ID, pair:BASE>ALIGNED, table:FILE or ranks:ID.")
    var detail: String?
    @Option(name: .customLong("where"), help: "Value filter on the sheet's columns by snake_case name: 'tau_counts < 0.2 & n_counts >= 3', 'top_changed'.")
    var rowFilter: String?
    @Option(help: "Only these columns besides the key column (snake_case names, comma-separated).") var columns: String?
    @Option(name: .customLong("hide-columns"), help: "Hide these columns (snake_case names, comma-separated).")
    var hideColumns: String?
    @OptionGroup var uncertainty: UncertaintyOptions

    /// The preset for a view name (nil = the explorer's first view).
    func preset(view: String?) -> Preset {
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
        preset.bottom = bottom
        preset.shade = shade
        return preset
    }

    /// The validated pane state, or a usage error naming the bad value.
    func paneState(view: String?) throws -> PaneState {
        var preset = preset(view: view)
        preset.uncertainty = try uncertainty.settings()
        var pane: PaneState
        do { pane = try preset.paneState() } catch { throw ValidationError(error.description) }
        func names(_ text: String?) -> [String]? {
            text.map { $0.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty } }
        }
        pane.filters.disease = disease.flatMap { $0.trimmingSpaces().isEmpty ? nil : $0 }
        pane.filters.rowFilter = rowFilter.flatMap { $0.trimmingSpaces().isEmpty ? nil : $0 }
        pane.filters.shownColumns = names(columns)
        pane.filters.hiddenColumns = names(hideColumns) ?? []
        pane.filters.languageAgreement = agreement
        return pane
    }
}
