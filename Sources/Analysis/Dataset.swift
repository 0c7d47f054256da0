/// What was read from a data root: the inputs of every analysis, and every problem met on the way. A value: it
/// holds no cache and nothing mutable, so copies share nothing that either could change (the paper-mode view is
/// immutable too). What is derived from it is memoised by the caller's query cache (`Queries`).
public struct Dataset: Sendable {
    /// Display name of the data root (its folder name, or `embedded`).
    public let rootName: String
    public let vocabulary: Vocabulary
    /// Models that have at least one logit table, in catalog order then by id.
    public let models: [ModelInfo]
    public let cooccurrence: [CooccurrenceKey: CooccurrenceTable]
    /// n-gram document count of each disease alone (`total_entity_count`), nil when absent.
    public let documentTotals: [Int?]
    public let logitTables: [LogitTable]
    public let prevalence: [PrevalenceSource: PrevalenceTable]
    /// Relative paths of the files that were read, sorted.
    public let filesRead: [String]
    public let problems: [DataProblem]
    /// A user's catalogue and prevalence table, if any (correct-mode data; see `forMode(_:)`).
    public let userData: UserData
    /// The paper-mode view when `userData` is not empty (an immutable box: a struct cannot hold its own type).
    let paperView: DatasetBox?

    private let logitIndex: [LogitKey: Int]

    public init(rootName: String, vocabulary: Vocabulary, models: [ModelInfo],
                cooccurrence: [CooccurrenceKey: CooccurrenceTable], documentTotals: [Int?],
                logitTables: [LogitTable], prevalence: [PrevalenceSource: PrevalenceTable],
                filesRead: [String], problems: [DataProblem], userData: UserData = UserData()) {
        self.rootName = rootName
        self.vocabulary = vocabulary
        self.models = models
        self.cooccurrence = cooccurrence
        self.documentTotals = documentTotals
        self.logitTables = logitTables
        self.prevalence = prevalence
        self.filesRead = filesRead
        self.problems = problems
        var index: [LogitKey: Int] = [:]
        for (position, table) in logitTables.enumerated() {
            index[LogitKey(model: table.model, configuration: table.configuration)] = position
        }
        self.logitIndex = index
        self.userData = userData
        paperView = userData.isEmpty ? nil : DatasetBox(Dataset.paperView(
            rootName: rootName, vocabulary: vocabulary, models: models, cooccurrence: cooccurrence,
            documentTotals: documentTotals, logitTables: logitTables, prevalence: prevalence,
            filesRead: filesRead, problems: problems, userData: userData))
    }

    public var diseases: [Disease] { vocabulary.diseases }

    /// The logits of a model in a configuration, nil when the data has none.
    public func logits(model: String, configuration: LogitConfiguration) -> LogitTable? {
        logitIndex[LogitKey(model: model, configuration: configuration)].map { logitTables[$0] }
    }

    /// Models with logits in a configuration, in `models` order.
    public func models(with configuration: LogitConfiguration) -> [ModelInfo] {
        models.filter { logitIndex[LogitKey(model: $0.id, configuration: configuration)] != nil }
    }

    public func counts(window: Window, group: DemographicGroup) -> CooccurrenceTable? {
        cooccurrence[CooccurrenceKey(window: window, group: group)]
    }

    public func model(id: String) -> ModelInfo? { models.first { $0.id == id } }

    struct LogitKey: Hashable, Sendable {
        let model: String
        let configuration: LogitConfiguration
    }
}
