import Analysis
import Dispatch
import Synchronization

/// The explorer's query cache (made by the composition root, one per data set, and lent to every analysis through
/// `Queries`). Each `QueryPool` keeps its answers under its own budget, in the pool's cost unit (`Query.cost`), and
/// forgets the least recently used first or the oldest first (`Budget.keepsRecentlyUsed`). An answer is a pure
/// function of the data set and its query, so a kept answer is exactly what recomputing gives; the cache only
/// trades memory for time. Safe to share across threads: answers are computed outside the lock. In most pools two
/// threads asking for the same missing query may both compute it (the same answer), and neither waits on the other;
/// a single-flight pool (`Budget.singleFlight`: parsed logits, seconds of work) computes it once and the second
/// asker waits for that answer.
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
        /// Whether a query asked again while its answer is being computed waits for that answer instead of
        /// computing it a second time (for answers that take long: one configuration's logits).
        public var singleFlight: Bool

        public init(limit: Int, keepsRecentlyUsed: Bool, singleFlight: Bool = false) {
            self.limit = max(1, limit)
            self.keepsRecentlyUsed = keepsRecentlyUsed
            self.singleFlight = singleFlight
        }
    }

    /// The explorer's budgets: 48 pane analyses (least recently used first), 1,200 score matrices (≈ 10 MB,
    /// oldest first) and 192 MB of parsed logits (least recently used first, each configuration parsed once at a
    /// time; a handful of configurations).
    public static let standardBudgets: [QueryPool: Budget] = [
        .analyses: Budget(limit: 48, keepsRecentlyUsed: true),
        .scoreMatrices: Budget(limit: 1_200, keepsRecentlyUsed: false),
        .logits: Budget(limit: 192 << 20, keepsRecentlyUsed: true, singleFlight: true),
    ]

    /// Answers held, their cost, and the lookups that found or missed an answer since the start.
    public struct Statistics: Sendable, Hashable {
        public var count = 0
        public var cost = 0
        public var hits = 0
        public var misses = 0
        /// Lookups that found their answer being computed and waited for it (single-flight pools).
        public var joined = 0

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
        /// Answers being computed in a single-flight pool, for the askers that wait on them.
        var inFlight: [StoredKey: Flight] = [:]
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
        let found: Lookup<Q.Answer> = pools.withLock { pools in
            // The entry first: a missing entry cast to an optional answer type would read as a kept nil.
            if let stored = pools[Q.pool]?.hit(key, touching: budget.keepsRecentlyUsed),
               let answer = stored as? Q.Answer {
                return .kept(answer)
            }
            guard budget.singleFlight else { return .compute(nil) }
            if let flight = pools[Q.pool]?.inFlight[key] {
                pools[Q.pool]?.statistics.joined += 1
                return .wait(flight)
            }
            let flight = Flight()
            pools[Q.pool]?.inFlight[key] = flight
            return .compute(flight)
        }
        switch found {
        case .kept(let answer): return answer
        case .wait(let flight):
            if let answer = flight.wait() as? Q.Answer { return answer }
            return compute()  // not reached: a flight always ends with an answer of its query's type
        case .compute(let flight):
            let answer = compute()
            let cost = max(0, Q.cost(of: answer))
            pools.withLock { pools in
                pools[Q.pool]?.insert(Entry(answer: answer, cost: cost), for: key, limit: budget.limit)
                pools[Q.pool]?.inFlight[key] = nil
            }
            flight?.land(answer)
            return answer
        }
    }

    /// The kept answer to `query` (a hit, which makes it the newest in a least-recently-used pool), or nil without
    /// computing anything: for a caller that computes elsewhere (the explorer parses logits in the background).
    public func kept<Q: Query>(_ query: Q) -> Q.Answer? {
        let key = StoredKey(base: AnyHashable(query))
        let touching = budgets[Q.pool]?.keepsRecentlyUsed ?? false
        return pools.withLock { pools in pools[Q.pool]?.hit(key, touching: touching).flatMap { $0 as? Q.Answer } }
    }

    /// Forgets every answer (the benchmark times a cold filter change so); statistics stay.
    public func removeAll() {
        pools.withLock { pools in
            for pool in pools.keys {
                pools[pool]?.entries = [:]
                pools[pool]?.order = []  // computations in flight still land (and are kept)
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
                sum.joined += pool.statistics.joined
            }
        }
    }
}

extension BoundedQueryCache {
    /// What a lookup found: a kept answer, a computation to wait for, or nothing (compute it, landing `flight`).
    fileprivate enum Lookup<Answer> {
        case kept(Answer)
        case wait(Flight)
        case compute(Flight?)
    }

    /// One answer being computed in a single-flight pool: the askers that came meanwhile wait until it lands.
    fileprivate final class Flight: Sendable {
        private let answer = Mutex<(any Sendable)?>(nil)
        private let landed = DispatchSemaphore(value: 0)

        func land(_ value: any Sendable) {
            answer.withLock { $0 = value }
            landed.signal()
        }

        /// Blocks until the answer lands, then passes the signal on to the next waiter.
        func wait() -> any Sendable {
            landed.wait()
            landed.signal()
            return answer.withLock { $0 } ?? ()
        }
    }
}

extension BoundedQueryCache.Pool {
    /// The kept answer for `key`, counted as a hit (made the newest when `touching`) or a miss.
    fileprivate mutating func hit(_ key: BoundedQueryCache.StoredKey, touching: Bool) -> (any Sendable)? {
        guard let answer = entries[key]?.answer else {
            statistics.misses += 1
            return nil
        }
        statistics.hits += 1
        if touching { touch(key) }
        return answer
    }

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
