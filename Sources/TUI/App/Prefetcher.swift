import Analysis
import Dispatch
import Synchronization
import Views

/// Idle warm-up, the loop's side of the `.prefetchNeighbours` effect. `update` asks for it whenever the pane's
/// analyses may have changed (view, filters or drill-down; `PrefetchScope`); after drawing the next frame the loop
/// hands the state here, and the queries of that frame's own pane that it left for later (the Tau view's intervals
/// of the rows off screen, `RenderOptions.computesRowsOnScreenOnly`), then those of the frames one key away (next language, other mode, next group, logit
/// type, context; the next and previous tab) are computed into the query cache on a background queue, without
/// drawing them (`Panes.prefetch`): pressing one of those keys then finds its analyses kept and only draws. Only
/// the cache is touched, so what the explorer draws is the same with or without it (a kept answer equals a
/// recomputed one), and the pane on screen keeps its own (the analyses pool forgets the least recently used
/// first). A newer request stops an older one between neighbours.
public final class Prefetcher: Sendable {
    /// The keys whose frames are warmed, most used first: the filter keys, then the neighbouring tabs.
    public static let commands: [Command] = [.cycleLanguage, .toggleMode, .cycleGroup, .cycleLogitType, .cycleContext,
                                             .nextView, .previousView]

    private let queue = DispatchQueue(label: "biasexplorer.prefetch", qos: .utility)
    /// Bumped for every request; a warm-up stops when it is no longer the newest.
    private let generation = Atomic<Int>(0)

    public init() {}

    /// Computes the queries of `state`'s neighbours into `queries`' cache in the background (nothing without one).
    public func prefetchNeighbours(of state: AppState, dataset: Dataset, queries: Queries, keys: KeyTable) {
        prefetchNeighbours(of: state, data: .loaded(dataset), queries: queries, keys: keys)
    }

    /// The same over the explorer's data: a neighbour whose logits are not all parsed yet is skipped (its analyses
    /// must never be computed from data that lacks some, and the warm-up parses nothing).
    public func prefetchNeighbours(of state: AppState, data: ExplorerData, queries: Queries, keys: KeyTable) {
        guard queries.cache != nil else { return }
        let mine = generation.add(1, ordering: .relaxed).newValue
        queue.async { [self] in
            // The frame's own pane first: what its frame left to the warm-up (the intervals of the rows off
            // screen); nothing for a pane that drew everything (its analyses are kept).
            if generation.load(ordering: .relaxed) == mine, let dataset = data.readyDataset(for: state.pane) {
                Panes.prefetch(state.pane, dataset: dataset, queries: queries)
            }
            for neighbour in Self.neighbours(of: state, keys: keys) {
                guard generation.load(ordering: .relaxed) == mine else { return }
                guard let dataset = data.readyDataset(for: neighbour.pane) else { continue }
                Panes.prefetch(neighbour.pane, dataset: dataset, queries: queries)
            }
        }
    }

    /// Stops the warm-up under way at its next neighbour: its frame is no longer on screen (the loop calls this as
    /// soon as `update` asks for a new one), so it would only take the cores from what the new frame waits for,
    /// such as the parse of a configuration at 50x (issue 21: a group key pressed on Tau while Tau x Size's and paper
    /// mode's analyses of the old group were still being warmed).
    public func cancel() {
        generation.add(1, ordering: .relaxed)
    }

    /// Runs `body` on the warm-up's queue, in order with the warm-ups (tests: to hold a warm-up back).
    func enqueue(_ body: @escaping @Sendable () -> Void) {
        queue.async(execute: body)
    }

    /// Waits until every requested warm-up has finished (the benchmark and tests).
    public func waitUntilIdle() {
        queue.sync {}
    }

    /// The states one key of `commands` away from `state` (those that change the pane's analyses).
    static func neighbours(of state: AppState, keys: KeyTable) -> [AppState] {
        commands.compactMap { command in
            var next = state
            _ = Explorer.update(&next, .run(command, viewIndex: nil), keys: keys)
            return PrefetchScope(next) == PrefetchScope(state) ? nil : next
        }
    }
}

/// What decides a pane's queries (cursor, scroll and frame size do not): when it changes, `update` asks for the
/// neighbours' queries.
struct PrefetchScope: Hashable, Sendable {
    let view: ViewID
    let filters: ViewFilters
    let drill: DrillTarget?

    init(_ state: AppState) {
        view = state.pane.view
        filters = state.pane.filters
        drill = state.pane.drill
    }
}
