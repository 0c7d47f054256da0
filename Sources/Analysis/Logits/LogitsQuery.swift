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
