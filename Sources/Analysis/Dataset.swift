/// What was read from a data root: the inputs of every analysis, and every problem met on the way.
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
    /// The paper-mode view when `userData` is not empty.
    private(set) var paperView: DatasetBox?

    private let logitIndex: [LogitKey: Int]
    /// Analyses derived from this data set that views keep between frames (shared by copies; see `DerivedCache`).
    public let derived = DerivedCache()
    /// Score matrices kept for the panes (a pane's analyses share them, and a mode change reuses every matrix that
    /// does not depend on the mode; see `scores(_:templates:mode:)`); nil computes each afresh. About 8 KB each.
    public internal(set) var scoreCache: DerivedCache? = DerivedCache(capacity: 1_200, keepsRecentlyUsed: false)

    /// Forgets every kept analysis and score matrix (the benchmark's cold start).
    public func forgetDerived() {
        derived.removeAll()
        scoreCache?.removeAll()
        paperView?.dataset.forgetDerived()
    }

    /// This data set without the score-matrix cache: for a run that computes each matrix once per use anyway
    /// (every table of both modes), whose thousands of matrices would only churn the cache and add to its memory.
    public var withoutScoreCache: Dataset {
        var copy = self
        copy.scoreCache = nil
        copy.paperView = paperView.map { DatasetBox($0.dataset.withoutScoreCache) }
        return copy
    }

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
        if !userData.isEmpty {
            paperView = DatasetBox(Dataset.paperView(
                rootName: rootName, vocabulary: vocabulary, models: models, cooccurrence: cooccurrence,
                documentTotals: documentTotals, logitTables: logitTables, prevalence: prevalence,
                filesRead: filesRead, problems: problems, userData: userData))
        }
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
