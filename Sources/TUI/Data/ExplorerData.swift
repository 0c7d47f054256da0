import Analysis
import Dispatch
import Synchronization
import Views

/// What the explorer draws from (issue 21): either a dataset loaded whole (`loaded`, as tests and `render` use), or
/// the lazy path of the explorer: an opening dataset without logits (everything but `logits_results`, so the first
/// frame does not wait on a root's size), then, from a background queue, the catalogue (every model, the logits
/// files by configuration), then each configuration's logits when a pane first reads them (`LogitLoader`).
/// `frame(for:)` gives the dataset a pane draws from, holding exactly the logits it reads
/// (`Panes.logitConfigurations`), or says what the pane waits for; a pane is never drawn from data that lacks a
/// configuration it reads, so the analyses kept in the query cache are those of the whole data.
public final class ExplorerData: Sendable {
    private enum Phase {
        /// The opening dataset; the catalogue is being listed.
        case opening(Dataset)
        /// Every model, and the loader of their logits (nil: the dataset holds every logit already).
        case catalogued(Dataset, LogitLoader?)
        /// Listing the logits failed: the opening dataset, and why.
        case failed(Dataset, String)
    }

    private let phase: Mutex<Phase>
    private let phaseStamp = Atomic<Int>(0)
    /// The last frame dataset made, reused while the pane's configurations and the problems found are the same.
    private let lastFrame = Mutex<(key: FrameKey, dataset: Dataset)?>(nil)
    private let lister = DispatchQueue(label: "biasexplorer.catalogue", qos: .userInitiated)
    /// Lists the catalogue (nil for a dataset loaded whole); started once, by `begin()`.
    private let listing: (@Sendable () -> Phase)?
    private let begun = Atomic<Bool>(false)

    private init(_ phase: Phase, listing: (@Sendable () -> Phase)? = nil) {
        self.phase = Mutex(phase)
        self.listing = listing
    }

    /// A dataset loaded whole: every pane draws from it as it is.
    public static func loaded(_ dataset: Dataset) -> ExplorerData {
        ExplorerData(.catalogued(dataset, nil))
    }

    /// The lazy path: `opening` draws the first frame; `catalogue` then runs on a background queue (from `begin()`,
    /// which the loop calls once that frame is drawn, so that listing never competes with it for the cores); its
    /// dataset (every model, no logits) replaces the opening one and its source feeds a `LogitLoader` on `cache`
    /// and `parallel`, which also parses every configuration in the background if they all fit the cache's logits
    /// budget (`LogitLoader.warmUpPlan`: the study's root does, a grown one does not). A thrown error keeps the opening dataset and is shown where logits would be.
    public static func lazy(opening: Dataset, cache: BoundedQueryCache, parallel: ParallelMap,
                            catalogue: @escaping @Sendable () throws -> (Dataset, any LogitSource)) -> ExplorerData {
        ExplorerData(.opening(opening), listing: {
            do {
                let (dataset, source) = try catalogue()
                let budget = cache.budgets[.logits]?.limit ?? 0
                let warmUp = LogitLoader.warmUpPlan(source, diseaseCount: dataset.diseases.count, budget: budget)
                return .catalogued(dataset, LogitLoader(source: source, cache: cache, parallel: parallel,
                                                        warmUp: warmUp))
            } catch {
                return .failed(opening, "cannot list the logits files: \(error)")
            }
        })
    }

    /// Starts listing the catalogue in the background (once; nothing for a dataset loaded whole).
    public func begin() {
        guard let listing, !begun.exchange(true, ordering: .relaxed) else { return }
        lister.async { [self] in
            let next = listing()
            phase.withLock { $0 = next }
            phaseStamp.add(1, ordering: .relaxed)
        }
    }

    /// The logits loader once the catalogue is listed (nil before, and for a dataset loaded whole).
    public var loader: LogitLoader? {
        phase.withLock { phase in if case .catalogued(_, let loader) = phase { return loader } else { return nil } }
    }

    /// The dataset without the lazily parsed logits: what the chrome draws (the model list).
    public var base: Dataset {
        phase.withLock { phase in
            switch phase {
            case .opening(let dataset), .catalogued(let dataset, _), .failed(let dataset, _): return dataset
            }
        }
    }

    /// Changes whenever there is something new to draw: the catalogue listed, a file read, a configuration parsed.
    public var changeStamp: Int { phaseStamp.load(ordering: .relaxed) &+ (loader?.changeStamp ?? 0) }

    /// Whether listing or parsing is under way (the loop then looks for news more often).
    public var isBusy: Bool {
        phase.withLock { phase in
            switch phase {
            case .opening: return true
            case .catalogued(_, let loader): return loader?.isBusy ?? false
            case .failed: return false
            }
        }
    }

    /// Blocks until the catalogue is listed and nothing is being parsed (tests and the benchmark).
    public func waitUntilIdle() {
        waitUntilCatalogued()
        loader?.waitUntilIdle()
    }

    /// Starts listing the catalogue if it has not started, and blocks until it is listed (or failed to be).
    public func waitUntilCatalogued() {
        begin()
        lister.sync {}
    }

    /// The dataset `pane` draws from, with the logits it reads, asking the loader for those not parsed yet (they
    /// are then parsed in the background, the pane's first); or, while any is missing, the base dataset and what
    /// the pane waits for (`DataStatus.waiting`).
    /// `height`: the pane's rows on screen, for a pane that can draw from a head of its configuration
    /// (`Panes.logitHead`: its first rows or one model's drill-down are drawn as soon as those models are parsed;
    /// `DataStatus.head` says so); 0 draws nothing before the whole configuration is parsed.
    public func frame(for pane: PaneState, height: Int = 0) -> (dataset: Dataset, status: DataStatus) {
        dataset(for: pane, queueing: true, height: height)
    }

    /// The dataset `pane` draws from if every logit it reads is parsed already; nil otherwise. Queues nothing (the
    /// idle warm-up of the neighbouring frames, exports).
    public func readyDataset(for pane: PaneState) -> Dataset? {
        let (dataset, status) = self.dataset(for: pane, queueing: false)
        return status.waiting == nil ? dataset : nil
    }

    private func dataset(for pane: PaneState, queueing: Bool,
                         height: Int = 0) -> (dataset: Dataset, status: DataStatus) {
        let needed = Panes.logitConfigurations(pane)
        switch phase.withLock({ $0 }) {
        case .opening(let dataset):
            return (dataset, DataStatus(waiting: needed.isEmpty ? nil : .catalogue, listing: true))
        case .failed(let dataset, let failure):
            return (dataset, DataStatus(waiting: needed.isEmpty ? nil : .unavailable(failure), failure: failure))
        case .catalogued(let dataset, nil):
            return (dataset, DataStatus())
        case .catalogued(let dataset, let loader?):
            // A head only for a frame whose configurations are not all parsed (the common frame has them).
            let head = height > 0 && queueing && loader.ready(needed) == nil
                ? Self.head(for: pane, base: dataset, source: loader.source, height: height) : nil
            let logits = queueing ? loader.want(needed, head: head?.head) : loader.ready(needed)
            let findings = loader.findings
            var status = DataStatus(parsed: findings.parsed.count, configurations: loader.source.configurations.count)
            guard let logits else {
                if let head, let partial = loader.head(head.head) {
                    status.head = DataStatus.Head(models: head.head.models.count, of: head.candidates,
                                                  progress: loader.progress)
                    return (frameDataset(dataset, logits: [partial], problems: findings.problems, keeping: true,
                                         head: head.head.models), status)
                }
                status.waiting = .parsing(loader.progress)
                return (dataset, status)
            }
            return (frameDataset(dataset, logits: logits, problems: findings.problems, keeping: queueing), status)
        }
    }

    /// The head `pane` can draw from (`Panes.logitHead` over the models with files in its configuration, in the
    /// dataset order of its mode, that pass its model filter), with how many such models there are.
    static func head(for pane: PaneState, base: Dataset, source: any LogitSource,
                     height: Int) -> (head: LogitHead, candidates: Int)? {
        guard let configuration = Panes.configuration(pane), let withFiles = source.models(configuration) else {
            return nil
        }
        let candidates = base.forMode(pane.filters.mode).models
            .filter { withFiles.contains($0.id) && pane.filters.includes($0) }.map(\.id)
        return Panes.logitHead(pane, candidates: candidates, height: height).map { ($0, candidates.count) }
    }

    /// `base` with `logits` and the problems found so far, reused from the last frame when they are the same;
    /// `keeping`: remembered for the next frame (the screen's; the warm-up's neighbours are not); `head`: the
    /// models of the head `logits` is.
    private func frameDataset(_ base: Dataset, logits: [ConfigurationLogits], problems: [DataProblem],
                              keeping: Bool, head: [String]? = nil) -> Dataset {
        let key = FrameKey(phase: phaseStamp.load(ordering: .relaxed), configurations: logits.map(\.configuration),
                           problems: problems.count, head: head)
        if let last = lastFrame.withLock({ $0 }), last.key == key { return last.dataset }
        let dataset = base.replacingLogits(logits.flatMap(\.tables), addingProblems: problems)
        if keeping { lastFrame.withLock { $0 = (key, dataset) } }
        return dataset
    }

    private struct FrameKey: Hashable {
        let phase: Int
        let configurations: [LogitConfiguration]
        let problems: Int
        /// The models of a head (`LogitHead`), nil for whole configurations.
        let head: [String]?
    }
}
