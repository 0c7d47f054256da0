import Analysis

/// What `check` reports of one logit table (its missing values), kept instead of the table when a root is read
/// without holding its logits (`DatasetLoader.loadInventory`).
public struct LogitTableSummary: Sendable, Hashable {
    public let model: String
    public let configuration: LogitConfiguration
    /// NaN values (absent from the file, `NaN` token, or unparsable).
    public let missing: Int
    /// Literal zeros of a GPT-3.5 `_processed` table (placeholders); 0 for other tables.
    public let zeroPlaceholders: Int
    public let valueCount: Int

    public init(_ table: LogitTable) {
        self.init(model: table.model, configuration: table.configuration, values: table.values,
                  zerosArePlaceholders: table.zerosArePlaceholders)
    }

    init(model: String, configuration: LogitConfiguration, values: [Double], zerosArePlaceholders: Bool) {
        self.model = model
        self.configuration = configuration
        missing = values.reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
        zeroPlaceholders = zerosArePlaceholders ? values.reduce(0) { $0 + ($1 == 0 ? 1 : 0) } : 0
        valueCount = values.count
    }
}
