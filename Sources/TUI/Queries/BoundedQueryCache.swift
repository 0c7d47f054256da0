import Analysis
import Synchronization

/// The explorer's query cache (made by the composition root, one per data set, and lent to every analysis through
/// `Queries`). Each `QueryPool` keeps its answers under its own budget, in the pool's cost unit (`Query.cost`), and
/// forgets the least recently used first or the oldest first (`Budget.keepsRecentlyUsed`). An answer is a pure
/// function of the data set and its query, so a kept answer is exactly what recomputing gives; the cache only
/// trades memory for time. Safe to share across threads: answers are computed outside the lock, so two threads
/// asking for the same missing query may both compute it (the same answer), and neither waits on the other.
///
/// Written by hand: no package in the mirror offers a small, thread-safe, bounded memo for value types.
public final class BoundedQueryCache: QueryCache, Sendable {
    /// What a pool may hold and which answer goes first when it is over budget.
    public struct Budget: Sendable, Hashable {
        /// The most the pool's answers may cost together (at least one answer is always kept).
        public var limit: Int
        /// Whether a hit makes its answer the newest (least recently used goes first) rather than keeping the
        /// order of arrival: for the pane analyses, so that a warm-up of neighbouring frames never pushes out the
        /// pane on screen, which hits its answers at every redraw. O(answers) per hit, so off for large pools.
        public var keepsRecentlyUsed: Bool

        public init(limit: Int, keepsRecentlyUsed: Bool) {
            self.limit = max(1, limit)
            self.keepsRecentlyUsed = keepsRecentlyUsed
        }
    }

    /// The explorer's budgets: 48 pane analyses (least recently used first), 1,200 score matrices (≈ 10 MB,
    /// oldest first) and 192 MB of parsed logits (least recently used first; a handful of configurations).
    public static let standardBudgets: [QueryPool: Budget] = [
        .analyses: Budget(limit: 48, keepsRecentlyUsed: true),
        .scoreMatrices: Budget(limit: 1_200, keepsRecentlyUsed: false),
        .logits: Budget(limit: 192 << 20, keepsRecentlyUsed: true),
    ]

    /// Answers held, their cost, and the lookups that found or missed an answer since the start.
    public struct Statistics: Sendable, Hashable {
        public var count = 0
        public var cost = 0
        public var hits = 0
        public var misses = 0

        public init() {}
    }

    /// A query of any type; `@unchecked` because it is only ever made from a `Query` (Hashable and Sendable).
    fileprivate struct StoredKey: Hashable, @unchecked Sendable {
        let base: AnyHashable
    }

    fileprivate struct Entry {
        let answer: any Sendable
        let cost: Int
    }

    fileprivate struct Pool {
        var entries: [StoredKey: Entry] = [:]
        /// Keys in arrival (or use) order, oldest first, for eviction.
        var order: [StoredKey] = []
        var statistics = Statistics()
    }

    public let budgets: [QueryPool: Budget]
    private let pools: Mutex<[QueryPool: Pool]>

    public init(budgets: [QueryPool: Budget] = BoundedQueryCache.standardBudgets) {
        self.budgets = budgets
        pools = Mutex(Dictionary(uniqueKeysWithValues: QueryPool.allCases.map { ($0, Pool()) }))
    }

    public func answer<Q: Query>(_ query: Q, compute: () -> Q.Answer) -> Q.Answer {
        let key = StoredKey(base: AnyHashable(query))
        let budget = budgets[Q.pool] ?? Budget(limit: 1, keepsRecentlyUsed: false)
        let kept: Q.Answer? = pools.withLock { pools in
            // The entry first: a missing entry cast to an optional answer type would read as a kept nil.
            guard let entry = pools[Q.pool]?.entries[key], let answer = entry.answer as? Q.Answer else {
                pools[Q.pool]?.statistics.misses += 1
                return nil
            }
            pools[Q.pool]?.statistics.hits += 1
            if budget.keepsRecentlyUsed { pools[Q.pool]?.touch(key) }
            return answer
        }
        if let kept { return kept }
        let answer = compute()
        let cost = max(0, Q.cost(of: answer))
        pools.withLock { pools in pools[Q.pool]?.insert(Entry(answer: answer, cost: cost), for: key, limit: budget.limit) }
        return answer
    }

    /// Forgets every answer (the benchmark times a cold filter change so); statistics stay.
    public func removeAll() {
        pools.withLock { pools in
            for pool in pools.keys {
                pools[pool]?.entries = [:]
                pools[pool]?.order = []
                pools[pool]?.statistics.count = 0
                pools[pool]?.statistics.cost = 0
            }
        }
    }

    /// One pool's answers held now and its lookups since the start.
    public func statistics(_ pool: QueryPool) -> Statistics {
        pools.withLock { $0[pool]?.statistics ?? Statistics() }
    }

    /// Every pool's statistics summed.
    public var statistics: Statistics {
        pools.withLock { pools in
            pools.values.reduce(into: Statistics()) { sum, pool in
                sum.count += pool.statistics.count
                sum.cost += pool.statistics.cost
                sum.hits += pool.statistics.hits
                sum.misses += pool.statistics.misses
            }
        }
    }
}

extension BoundedQueryCache.Pool {
    /// Makes `key` the newest.
    fileprivate mutating func touch(_ key: BoundedQueryCache.StoredKey) {
        guard order.last != key, let position = order.lastIndex(of: key) else { return }
        order.remove(at: position)
        order.append(key)
    }

    /// Keeps `entry` under `key`, then forgets the oldest answers while the pool is over `limit` (never the last).
    fileprivate mutating func insert(_ entry: BoundedQueryCache.Entry, for key: BoundedQueryCache.StoredKey,
                                     limit: Int) {
        if let old = entries.updateValue(entry, forKey: key) {
            statistics.cost -= old.cost
        } else {
            order.append(key)
        }
        statistics.cost += entry.cost
        while statistics.cost > limit, order.count > 1, let oldest = order.first {
            order.removeFirst()
            statistics.cost -= entries.removeValue(forKey: oldest)?.cost ?? 0
        }
        statistics.count = entries.count
    }
}
