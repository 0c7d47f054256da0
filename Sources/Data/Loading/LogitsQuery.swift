import Analysis

/// The query for one configuration's parsed logits (issue 21): kept in the `.logits` pool of the composition root's
/// cache, costed in bytes, so a configuration is parsed once while it stays within the budget and again (the same
/// answer) after eviction.
public struct LogitsQuery: Query {
    public typealias Answer = ConfigurationLogits
    public let configuration: LogitConfiguration

    public init(_ configuration: LogitConfiguration) { self.configuration = configuration }

    public static var pool: QueryPool { .logits }
    public static func cost(of answer: ConfigurationLogits) -> Int { answer.byteCount }
}

extension LogitCatalogue {
    /// One configuration's logits through `queries`: kept by its cache, else parsed on its parallel map.
    public func logits(_ configuration: LogitConfiguration, queries: Queries) -> ConfigurationLogits {
        queries.answer(LogitsQuery(configuration)) { parse(configuration, parallel: queries.parallel) }
    }
}
