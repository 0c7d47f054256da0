import Analysis
import Views

/// A screen named on the command line (`--view tau --model pythia --language zh --mode paper …`), so any screen
/// can be reached again with one command. Values are the option texts; `paneState()` validates them.
public struct Preset: Sendable, Hashable {
    public var view: String?
    public var models: [String] = []
    public var language: String?
    public var mode: String?
    public var logitType: String?
    public var context: String?
    public var group: String?
    public var templates: String?
    public var window: Int?
    /// Bottom instead of top counts where a view has both (`languages`).
    public var bottom = false
    /// Heatmap shading, `global` or `row`.
    public var shade: String?
    /// Interval and test settings (`--bootstrap-resamples`, `--seed`, `--confidence`, `--drop-reduced`).
    public var uncertainty = UncertaintySettings.standard

    public init() {}

    /// The pane the explorer opens on; throws a message naming the bad value and the accepted ones.
    public func paneState() throws(PresetError) -> PaneState {
        var filters = ViewFilters()
        let view = try parse(self.view, as: "--view", default: ViewID.windows, ViewID.allCases) { $0.rawValue }
        filters.language = try parse(language, as: "--language", default: .en, Language.allCases) { $0.rawValue }
        filters.mode = try parse(mode, as: "--mode", default: .correct, AnalysisMode.allCases) { $0.rawValue }
        filters.group = try parse(group, as: "--group", default: .race, DemographicGroup.allCases) { $0.rawValue }
        if let logitType {
            filters.logitType = try parse(logitType, as: "--logit-type", default: .hf, LogitType.allCases) { $0.rawValue }
        }
        if let context {
            filters.context = try parse(context, as: "--context", default: .plain, PromptContext.allCases) { $0.rawValue }
        }
        if let templates {
            guard let selection = TemplateSelection(parsing: templates) else {
                throw PresetError(description: "--templates '\(sanitizedForTerminal(templates))': use 0-9, 10-19, all or a list such as 0,3,5-7 (0 to 19)")
            }
            filters.templates = selection
        }
        if let window {
            guard let value = Window(rawValue: window) else {
                throw PresetError(description: "--window \(window): use one of 10, 50, 100, 250")
            }
            filters.window = value
        }
        filters.models = models.flatMap(ModelFilter.terms)
        filters.bottom = bottom
        filters.shade = try parse(shade, as: "--shade", default: .global, HeatmapShade.allCases) { $0.rawValue }
        filters.uncertainty = uncertainty
        return PaneState(view: view, filters: filters)
    }

    func parse<Value>(_ text: String?, as option: String, default fallback: Value, _ cases: [Value],
                      name: (Value) -> String) throws(PresetError) -> Value {
        guard let text else { return fallback }
        let wanted = text.trimmingSpaces().lowercased()
        if let match = cases.first(where: { name($0) == wanted }) { return match }
        let accepted = cases.map(name).joined(separator: ", ")
        throw PresetError(description: "\(option) '\(sanitizedForTerminal(text))': use one of \(accepted)")
    }
}

/// A preset option with a value the explorer does not know.
public struct PresetError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String
}

/// The views by stable name, for option help texts.
public enum ViewNames {
    public static let all = ViewID.allCases.map(\.rawValue).joined(separator: ", ")
}
