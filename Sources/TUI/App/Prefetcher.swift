import Analysis
import Dispatch
import Synchronization
import Views

/// Idle warm-up. After a frame whose pane or filters are new, the frames one key away (next language, other mode,
/// next group, logit type, context; the next and previous tab) are drawn off screen on a background queue, which
/// leaves their analyses in the data set's caches: pressing one of those keys then finds them kept and only
/// redraws. Only caches are touched, so what the explorer draws is the same with or without it (a kept analysis
/// equals a recomputed one; `PaneMemoTests` compares warm and cold draws), and the pane on screen keeps its own (the
/// cache forgets the least recently used first). A newer frame cancels the older warm-up between neighbours.
public final class Prefetcher: Sendable {
    /// The keys whose frames are warmed, most used first: the filter keys, then the neighbouring tabs.
    public static let commands: [Command] = [.cycleLanguage, .toggleMode, .cycleGroup, .cycleLogitType, .cycleContext,
                                             .nextView, .previousView]

    private let queue = DispatchQueue(label: "biasexplorer.prefetch", qos: .utility)
    /// Bumped for every new frame; a warm-up stops when it is no longer the newest.
    private let generation = Atomic<Int>(0)
    private let lastWarmed = Mutex<WarmedPane?>(nil)

    public init() {}

    /// Schedules the warm-up of `state`'s neighbours unless its pane (view, filters, drill) was the last one warmed.
    public func frameDrawn(_ state: AppState, dataset: Dataset, keys: KeyTable) {
        let pane = WarmedPane(state)
        let isNew = lastWarmed.withLock { last in
            guard last != pane else { return false }
            last = pane
            return true
        }
        guard isNew else { return }
        let mine = generation.add(1, ordering: .relaxed).newValue
        queue.async { [self] in
            for neighbour in Self.neighbours(of: state, keys: keys) {
                guard generation.load(ordering: .relaxed) == mine else { return }
                _ = Explorer.render(neighbour, dataset: dataset, keys: keys)
            }
        }
    }

    /// Waits until every scheduled warm-up has finished (the benchmark and tests).
    public func waitUntilIdle() {
        queue.sync {}
    }

    /// The states one key of `commands` away from `state` (those that change the pane).
    static func neighbours(of state: AppState, keys: KeyTable) -> [AppState] {
        commands.compactMap { command in
            var next = state
            _ = Explorer.update(&next, .run(command, viewIndex: nil), keys: keys)
            return WarmedPane(next) == WarmedPane(state) ? nil : next
        }
    }
}

/// What decides a pane's analyses (cursor and scroll do not), and the frame size.
struct WarmedPane: Hashable, Sendable {
    let view: ViewID
    let filters: ViewFilters
    let drill: DrillTarget?
    let size: TerminalSize

    init(_ state: AppState) {
        view = state.pane.view
        filters = state.pane.filters
        drill = state.pane.drill
        size = state.size
    }
}
