import Analysis
import Testing
@testable import TUI
import Views

/// `LogitLoader` (issue 21): each wanted configuration parsed once through the cache, held while wanted whatever the
/// pool's budget evicts, the screen's configurations first, progress while parsing, problems collected once.
@Suite struct LogitLoaderTests {
    static let tau = Section2Defaults.tau(group: .race)
    static let robustness = Section2Defaults.robustness(group: .race)
    static let topBottom = Section2Defaults.topBottom(group: .race)

    /// A cache whose logits pool keeps one configuration at a time (each costs more than the budget).
    static func tinyCache() -> BoundedQueryCache {
        BoundedQueryCache(budgets: [.logits: .init(limit: 1, keepsRecentlyUsed: true, singleFlight: true)])
    }

    static func source(gate: Gate? = nil) -> FakeLogitSource {
        let dataset = TestDataset.make()
        let problem = DataProblem(.warning, path: "logits_results/x.json", reason: "odd")
        return FakeLogitSource([.fake(tau, dataset: dataset, problems: [problem]), .fake(robustness, dataset: dataset),
                                .fake(topBottom, dataset: dataset, problems: [problem])], gate: gate)
    }

    @Test func parsesEachWantedConfigurationOnceAndHoldsWhatIsWanted() {
        let source = Self.source(), loader = LogitLoader(source: source, cache: Self.tinyCache(), parallel: .concurrent)
        #expect(loader.want([Self.tau]) == nil)
        loader.waitUntilIdle()
        #expect(loader.want([Self.tau])?.map(\.configuration) == [Self.tau])
        #expect(loader.want([Self.tau, Self.robustness]) == nil)
        loader.waitUntilIdle()
        // Robustness pushed tau out of the one-answer pool, but tau is still wanted, so it is still held.
        #expect(loader.want([Self.tau, Self.robustness])?.map(\.configuration) == [Self.tau, Self.robustness])
        #expect(source.parses(Self.tau) == 1 && source.parses(Self.robustness) == 1)
        #expect(loader.want([Self.robustness]) != nil)  // tau no longer held
        #expect(loader.want([Self.tau]) == nil)  // evicted: parsed again
        loader.waitUntilIdle()
        #expect(loader.want([Self.tau]) != nil)
        #expect(source.parses(Self.tau) == 2)
        #expect(loader.findings.parsed == [Self.tau, Self.robustness])  // recorded once each
        #expect(loader.findings.problems.count == 1)
    }

    /// A head goes before its configuration's whole parse, is given (its models' tables only) while that parse
    /// runs, is not parsed again for a subset, is not parsed at all once the whole parse has started (it would
    /// come after it), and is dropped once the configuration is held.
    @Test func aHeadIsParsedFirstAndServedUntilTheWholeConfigurationIs() throws {
        let gate = Gate(), dataset = TestDataset.make()
        let source = FakeLogitSource([.fake(Self.tau, dataset: dataset)], gate: gate, readsHeads: true)
        let loader = LogitLoader(source: source, cache: BoundedQueryCache(), parallel: .concurrent)
        let ids = dataset.models.map(\.id)
        let head = LogitHead(configuration: Self.tau, models: Array(ids.prefix(2)))
        #expect(loader.want([Self.tau], head: head) == nil)
        source.started.wait()  // the whole parse started: the head is parsed by then
        let served = try #require(loader.head(head))
        #expect(served.tables.map(\.model) == Array(ids.prefix(2)))
        #expect(loader.head(LogitHead(configuration: Self.tau, models: [ids[1]]))?.tables.map(\.model) == [ids[1]])
        let other = LogitHead(configuration: Self.tau, models: [ids[3]])
        #expect(loader.head(other) == nil)
        #expect(loader.want([Self.tau], head: other) == nil)
        #expect(loader.head(LogitHead(configuration: Self.robustness, models: [ids[0]])) == nil)
        gate.open()
        loader.waitUntilIdle()
        #expect(source.headsParsed == [LogitHead(configuration: Self.tau, models: Array(ids.prefix(2)).sorted())])
        #expect(loader.want([Self.tau], head: head)?.first?.tables.count == ids.count)
        #expect(loader.head(head) == nil)
        #expect(source.parses(Self.tau) == 1)
    }

    /// A head no longer wanted when the worker gets to it is not parsed.
    @Test func aHeadNoLongerOnScreenIsNotParsed() {
        let gate = Gate(), dataset = TestDataset.make()
        let source = FakeLogitSource([.fake(Self.tau, dataset: dataset), .fake(Self.robustness, dataset: dataset)],
                                     gate: gate, readsHeads: true)
        let loader = LogitLoader(source: source, cache: BoundedQueryCache(), parallel: .concurrent)
        #expect(loader.want([Self.robustness]) == nil)
        source.started.wait()  // the worker is busy with robustness
        #expect(loader.want([Self.tau], head: LogitHead(configuration: Self.tau, models: [dataset.models[0].id])) == nil)
        _ = loader.want([])  // the screen moved on before the worker got to the head
        gate.open()
        loader.waitUntilIdle()
        #expect(source.headsParsed.isEmpty && source.parses(Self.tau) == 0)
    }

    @Test func askingAgainWhileParsingParsesOnceAndShowsProgress() {
        let gate = Gate(), source = Self.source(gate: gate)
        let loader = LogitLoader(source: source, cache: BoundedQueryCache(), parallel: .concurrent)
        #expect(loader.want([Self.tau]) == nil)
        source.started.wait()
        #expect(loader.want([Self.tau]) == nil)
        #expect(loader.ready([Self.robustness]) == nil)  // asks without queueing
        let progress = loader.progress
        #expect(progress.parsing == Self.tau && progress.waiting == [Self.tau])
        #expect(progress.waitingFiles == 3 && progress.filesTotal == 3 && progress.filesDone == 0)
        #expect(loader.isBusy)
        gate.open()
        loader.waitUntilIdle()
        #expect(loader.want([Self.tau]) != nil)
        #expect(source.parses(Self.tau) == 1 && source.parses(Self.robustness) == 0)
        #expect(loader.ready([Self.tau]) != nil)
    }

    /// What the new screen wants goes first; what no screen wants any more is dropped from the queue.
    @Test func theScreensConfigurationsGoFirstAndStaleOnesAreDropped() {
        let gate = Gate(), source = Self.source(gate: gate)
        let loader = LogitLoader(source: source, cache: BoundedQueryCache(), parallel: .concurrent)
        _ = loader.want([Self.tau, Self.robustness])
        source.started.wait()  // tau is being parsed, robustness queued
        _ = loader.want([Self.topBottom])
        #expect(loader.progress.waiting == [Self.topBottom])
        gate.open()
        loader.waitUntilIdle()
        #expect(source.parses(Self.tau) == 1 && source.parses(Self.topBottom) == 1)
        #expect(source.parses(Self.robustness) == 0)
        #expect(loader.want([Self.topBottom]) != nil)
        #expect(loader.findings.parsed == [Self.tau, Self.topBottom])
        #expect(loader.findings.problems.count == 1)  // the same problem from two configurations, listed once
        #expect(loader.findings.added.map(\.problems.count) == [1, 0])
    }

    /// A configuration the root has no file of is not waited for.
    @Test func aConfigurationWithoutFilesIsReadyAtOnce() {
        let loader = LogitLoader(source: Self.source(), cache: BoundedQueryCache(), parallel: .serial)
        var missing = Self.tau
        missing.language = .zh
        #expect(loader.want([missing])?.isEmpty == true)
        #expect(!loader.isBusy)
    }
}

extension LogitLoaderTests {
    /// The warm-up plan: every configuration, the views' own first in tab order, only if all fit the budget.
    @Test func aRootIsWarmedUpOnlyIfItsLogitsFitTheBudget() {
        let source = Self.source()
        let plan = LogitLoader.warmUpPlan(source, diseaseCount: 3, budget: 1 << 20)
        #expect(plan == [Self.topBottom, Self.robustness, Self.tau])
        // 3 configurations × 3 files × 3 diseases × (6 × 20 × 8 + 1) bytes = 25,947.
        #expect(LogitLoader.warmUpPlan(source, diseaseCount: 3, budget: 25_947).count == 3)
        #expect(LogitLoader.warmUpPlan(source, diseaseCount: 3, budget: 25_946).isEmpty)
        let loader = LogitLoader(source: source, cache: BoundedQueryCache(), parallel: .concurrent, warmUp: plan)
        loader.waitUntilIdle()
        #expect(loader.findings.parsed == plan)
        #expect(loader.ready(plan)?.count == 3)
        #expect(plan.allSatisfy { source.parses($0) == 1 })
    }
}
