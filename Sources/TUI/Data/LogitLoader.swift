import Analysis
import Dispatch
import Synchronization
import Views

/// The explorer's lazy logits (issue 21): parses the configurations the pane on screen reads, in the background,
/// one configuration at a time on the lent parallel map (both cores), through the `.logits` pool of the query cache
/// (single-flight, least recently used first under its byte budget). The loop says which configurations the screen
/// wants (`want`) at every frame; those are held while wanted, so the pool's eviction never takes what is on screen,
/// and a configuration no longer wanted is dropped from the queue before it starts. Every configuration is parsed
/// once while it stays in the pool; the problems of its files are collected once, in the order found. With a warm-up
/// list (`warmUp`: a root whose logits all fit the pool's budget, such as the study's), the worker parses those
/// configurations too whenever nothing wanted is waiting, so that a small root ends up parsed whole shortly after the
/// first frame, as it was before lazy loading, while a large one stays lazy. A frame that can draw from a head of
/// its configuration (`LogitHead`: the models on screen) asks for it with the configuration; the worker parses the
/// head first, then the whole configuration, and `head(_:)` gives the head's tables meanwhile.
public final class LogitLoader: Sendable {
    /// What the loader is doing, for the progress the pane shows and for the loop's redraws.
    public struct Progress: Sendable, Hashable {
        /// Files read of the configuration being parsed, and how many it has.
        public var filesDone = 0
        public var filesTotal = 0
        /// The configuration being parsed.
        public var parsing: LogitConfiguration?
        /// Wanted configurations not parsed yet (the one being parsed included).
        public var waiting: [LogitConfiguration] = []
        /// Files of the wanted configurations (the screen's), and how many of them are read: the parsed ones' and
        /// those read so far of the one being parsed (so the count only grows while the screen stays).
        public var waitingFiles = 0
        public var waitingFilesDone = 0
    }

    /// Configurations parsed at least once, with the problems their files had (the first parse's).
    public struct Findings: Sendable {
        public var parsed: [LogitConfiguration] = []
        public var problems: [DataProblem] = []
        /// Per configuration parsed, in order, the problems it added (the loop names them in the status line).
        public var added: [(configuration: LogitConfiguration, problems: [DataProblem])] = []
    }

    fileprivate struct State {
        var wanted: [LogitConfiguration] = []
        var held: [LogitConfiguration: ConfigurationLogits] = [:]
        var queue: [LogitConfiguration] = []
        /// Configurations to parse when nothing wanted is waiting, first first.
        var warmUp: [LogitConfiguration] = []
        var parsing: LogitConfiguration?
        /// The head the screen asked for last, not parsed yet; the head being parsed; the last head parsed (with
        /// its models), kept while its configuration is wanted and not held.
        var headRequest: LogitHead?
        var headParsing: LogitHead?
        var head: (models: Set<String>, logits: ConfigurationLogits)?
        var working = false
        var findings = Findings()
        var seen = Set<DataProblem>()
    }

    public let source: any LogitSource
    private let cache: BoundedQueryCache
    private let parallel: ParallelMap
    private let state = Mutex(State())
    private let filesDone = Atomic<Int>(0)
    /// Bumped whenever a parse ends (and after each file): the loop redraws when it changed.
    private let stamp = Atomic<Int>(0)
    private let worker = DispatchQueue(label: "biasexplorer.logits", qos: .userInitiated)

    public init(source: any LogitSource, cache: BoundedQueryCache, parallel: ParallelMap,
                warmUp: [LogitConfiguration] = []) {
        self.source = source
        self.cache = cache
        self.parallel = parallel
        state.withLock { $0.warmUp = warmUp.filter { source.fileCount($0) > 0 } }
        if !warmUp.isEmpty { _ = want([]) }
    }

    /// Every configuration of `source`, the views' own first (tab order), if all of them together fit `budget`
    /// bytes (each file one table of `diseaseCount` diseases × the group's demographics × 20 logits); else none.
    public static func warmUpPlan(_ source: any LogitSource, diseaseCount: Int, budget: Int) -> [LogitConfiguration] {
        let all = source.configurations
        let bytes = all.reduce(0) { total, configuration in
            total + source.fileCount(configuration) * diseaseCount
                * (configuration.group.demographics.count * LogitTable.templateCount * 8 + 1)
        }
        guard bytes <= budget else { return [] }
        var order: [LogitConfiguration] = []
        for view in ViewID.allCases {
            for configuration in Panes.logitConfigurations(PaneState(view: view))
            where all.contains(configuration) && !order.contains(configuration) {
                order.append(configuration)
            }
        }
        return order + all.filter { !order.contains($0) }.sorted { $0.description < $1.description }
    }

    /// Makes `configurations` the ones on screen: each is held from the cache or queued (in this order, before
    /// anything queued earlier that is no longer wanted, which is dropped); the worker starts if idle. Returns every
    /// one's logits when all are parsed, else nil. Configurations the source has no file of count as parsed (empty).
    /// `head`, of a wanted configuration not parsed yet: parsed before anything else unless the last head covers it.
    public func want(_ configurations: [LogitConfiguration], head: LogitHead? = nil) -> [ConfigurationLogits]? {
        let wanted = configurations.filter { source.fileCount($0) > 0 }
        let (ready, start) = state.withLock { state -> ([ConfigurationLogits]?, Job?) in
            state.wanted = wanted
            state.held = state.held.filter { wanted.contains($0.key) }
            for configuration in wanted where state.held[configuration] == nil {
                if let kept = cache.kept(LogitsQuery(configuration)) { state.held[configuration] = kept }
            }
            state.queue = wanted.filter { state.held[$0] == nil && $0 != state.parsing }
            if let kept = state.head?.logits.configuration, !state.queue.contains(kept), kept != state.parsing {
                state.head = nil  // its configuration is held now, or no longer wanted
            }
            state.headRequest = head.flatMap { head in
                guard state.queue.contains(head.configuration), state.headParsing != head, !state.covers(head)
                else { return nil }  // once the whole configuration parses, its head would come after it
                return head
            }
            let ready = wanted.allSatisfy { state.held[$0] != nil } ? wanted.compactMap { state.held[$0] } : nil
            guard !state.working, let first = state.takeJob(cache) else { return (ready, nil) }
            state.working = true
            filesDone.store(0, ordering: .relaxed)
            return (ready, first)
        }
        if let start { worker.async { self.work(from: start) } }
        return ready
    }

    /// The tables of `head`'s models once a head covering them is parsed (and its configuration is not held yet),
    /// else nil.
    public func head(_ head: LogitHead) -> ConfigurationLogits? {
        state.withLock { state in
            guard state.covers(head), let kept = state.head?.logits else { return nil }
            let models = Set(head.models)
            return ConfigurationLogits(configuration: kept.configuration,
                                       tables: kept.tables.filter { models.contains($0.model) },
                                       problems: kept.problems, filesRead: kept.filesRead)
        }
    }

    /// `configurations`' logits if all are held or kept, without queueing anything (the idle warm-up, exports).
    public func ready(_ configurations: [LogitConfiguration]) -> [ConfigurationLogits]? {
        let needed = configurations.filter { source.fileCount($0) > 0 }
        var result: [ConfigurationLogits] = []
        for configuration in needed {
            let held = state.withLock { $0.held[configuration] }
            guard let logits = held ?? cache.kept(LogitsQuery(configuration)) else { return nil }
            result.append(logits)
        }
        return result
    }

    public var progress: Progress {
        let done = filesDone.load(ordering: .relaxed)
        return state.withLock { state in
            var progress = Progress()
            progress.parsing = state.parsing
            progress.filesDone = state.parsing == nil ? 0 : done
            progress.filesTotal = state.parsing.map(source.fileCount) ?? 0
            progress.waiting = state.wanted.filter { state.held[$0] == nil }
            progress.waitingFiles = state.wanted.reduce(0) { $0 + source.fileCount($1) }
            progress.waitingFilesDone = state.wanted.reduce(0) { $0 + (state.held[$1] == nil ? 0 : source.fileCount($1)) }
                + (state.parsing.map(state.wanted.contains) == true ? progress.filesDone : 0)
            return progress
        }
    }

    /// Whether a parse is running or queued.
    public var isBusy: Bool { state.withLock { $0.working } }

    /// Changes whenever there is something new to draw (a file read, a configuration parsed).
    public var changeStamp: Int { stamp.load(ordering: .relaxed) }

    public var findings: Findings { state.withLock { $0.findings } }

    /// Blocks until the queue is empty (tests and the benchmark; the explorer never waits).
    public func waitUntilIdle() {
        while isBusy { worker.sync {} }
    }

    /// What the worker does next: a head of the screen's configuration, or a whole configuration.
    fileprivate enum Job {
        case head(LogitHead)
        case whole(LogitConfiguration)
    }

    /// The worker: does `first`, then each head asked for and each queued configuration (through the cache) until
    /// there is none.
    private func work(from first: Job) {
        var current: Job? = first
        while let job = current {
            switch job {
            case .head(let head):
                let logits = source.parse(head.configuration, models: Set(head.models), parallel: parallel)
                state.withLock { state in
                    state.headParsing = nil
                    if let logits, state.held[head.configuration] == nil, state.wanted.contains(head.configuration) {
                        state.head = (Set(head.models), logits)
                    }
                }
            case .whole(let configuration):
                let logits = cache.answer(LogitsQuery(configuration)) {
                    source.parse(configuration, parallel: parallel, fileDone: { self.fileRead() })
                }
                state.withLock { state in
                    state.parsing = nil
                    if state.wanted.contains(configuration) { state.held[configuration] = logits }
                    if state.head?.logits.configuration == configuration { state.head = nil }
                    state.record(logits)
                }
            }
            stamp.add(1, ordering: .relaxed)
            current = next()
        }
    }

    private func fileRead() {
        filesDone.add(1, ordering: .relaxed)
        stamp.add(1, ordering: .relaxed)
    }

    /// Takes the head asked for, else the next queued configuration, else the next to warm up (nil, and idle,
    /// when there is none).
    private func next() -> Job? {
        state.withLock { state in
            guard let job = state.takeJob(cache) else {
                state.working = false
                return nil
            }
            filesDone.store(0, ordering: .relaxed)
            return job
        }
    }
}

extension LogitLoader.State {
    /// The head asked for (marked as being parsed), else the next configuration (marked as being parsed: shown so
    /// from this frame on).
    mutating func takeJob(_ cache: BoundedQueryCache) -> LogitLoader.Job? {
        if let head = headRequest {
            headRequest = nil
            if held[head.configuration] == nil, wanted.contains(head.configuration) {
                headParsing = head
                return .head(head)
            }
        }
        guard let configuration = takeNext(cache) else { return nil }
        parsing = configuration
        return .whole(configuration)
    }

    /// Whether the last head parsed holds every model of `head` (of the same configuration).
    func covers(_ head: LogitHead) -> Bool {
        guard let kept = self.head, kept.logits.configuration == head.configuration else { return false }
        return head.models.allSatisfy(kept.models.contains)
    }

    /// The first queued configuration, else the first of the warm-up list not kept in `cache` already.
    mutating func takeNext(_ cache: BoundedQueryCache) -> LogitConfiguration? {
        if !queue.isEmpty { return queue.removeFirst() }
        while !warmUp.isEmpty {
            let configuration = warmUp.removeFirst()
            if held[configuration] == nil, cache.kept(LogitsQuery(configuration)) == nil { return configuration }
        }
        return nil
    }

    /// Adds a configuration's problems the first time it is parsed, each problem once (an API model's file serves
    /// both logit types, so its problems come with either).
    mutating func record(_ logits: ConfigurationLogits) {
        guard !findings.parsed.contains(logits.configuration) else { return }
        findings.parsed.append(logits.configuration)
        let new = logits.problems.filter { seen.insert($0).inserted }
        findings.problems += new
        findings.added.append((logits.configuration, new))
    }
}
