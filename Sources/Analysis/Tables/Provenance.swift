/// How a table folder was made, written by `tables` as `provenance.json`: the tool's version and commit
/// ('unknown' when the build did not record one), the data root, the mode, the templates, the uncertainty settings
/// (seed included), a user prevalence table if any, and the date. The date makes it differ run to run, so nothing
/// compares it byte for byte; the composition root supplies the date (the core reads no clock).
public struct Provenance: Sendable, Hashable {
    public static let fileName = "provenance.json"

    public var version: String
    public var commit: String
    public var dataRoot: String
    public var mode: AnalysisMode
    public var settings: UncertaintySettings
    public var prevalenceTable: String
    /// ISO 8601, UTC.
    public var date: String

    public init(version: String, commit: String, dataRoot: String, mode: AnalysisMode,
                settings: UncertaintySettings, prevalenceTable: String, date: String) {
        self.version = version
        self.commit = commit
        self.dataRoot = dataRoot
        self.mode = mode
        self.settings = settings
        self.prevalenceTable = prevalenceTable
        self.date = date
    }

    /// The templates the tables use.
    public static let templates = "0-9 (the paper's choice); top_bottom.csv also all 20; top_bottom_by_template.csv each one"

    public var json: String {
        let string = DataDictionary.json
        let fields: [(String, String)] = [
            ("tool", string("biasexplorer")), ("version", string(version)), ("commit", string(commit)),
            ("data_root", string(dataRoot)), ("mode", string(mode.rawValue)), ("templates", string(Provenance.templates)),
            ("real_prevalence", string(prevalenceTable)),
            ("uncertainty", "{\"resampling\": \(settings.resampling), \"seed\": \(settings.seed), "
                + "\"resamples\": \(settings.resamples), \"template_resamples\": \(settings.templateResamples), "
                + "\"monte_carlo_flips\": \(settings.monteCarloFlips), \"confidence\": \(settings.confidence), "
                + "\"includes_reduced\": \(settings.includesReduced), \"top_stability\": \(settings.topStability)}"),
            ("paper_vs_correct_tolerance", "\(PaperVsCorrect.tolerance)"),
            ("date", string(date)),
        ]
        return "{\n" + fields.map { "  \(string($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }
}
