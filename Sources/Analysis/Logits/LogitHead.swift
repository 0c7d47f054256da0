/// The models of one configuration a frame shows, read before the rest of it (issue 21): a pane whose rows are one
/// model each, in a fixed order, shows the first rows (or one model's drill-down) as soon as those models' files
/// are parsed, while the configuration's other files parse behind it. Every number of such a row is the model's
/// own (nothing of it depends on the other models), so it equals the complete frame's.
public struct LogitHead: Sendable, Hashable {
    public let configuration: LogitConfiguration
    /// In the pane's row order.
    public let models: [String]

    public init(configuration: LogitConfiguration, models: [String]) {
        self.configuration = configuration
        self.models = models
    }
}
