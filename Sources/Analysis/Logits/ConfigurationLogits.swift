/// One configuration's parsed logits: every model's table and the problems its files had (issue 21's lazy loading:
/// what a `LogitSource` gives for one configuration, and what the explorer keeps in its query cache).
public struct ConfigurationLogits: Sendable {
    public let configuration: LogitConfiguration
    /// By model id.
    public let tables: [LogitTable]
    public let problems: [DataProblem]
    public let filesRead: Int

    public init(configuration: LogitConfiguration, tables: [LogitTable], problems: [DataProblem], filesRead: Int) {
        self.configuration = configuration
        self.tables = tables
        self.problems = problems
        self.filesRead = filesRead
    }

    /// Memory the values hold, in bytes (what a byte budget counts).
    public var byteCount: Int {
        tables.reduce(0) { $0 + $1.values.count * MemoryLayout<Double>.stride + $1.diseasePresent.count }
    }
}
