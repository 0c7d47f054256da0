import Synchronization

/// Results derived from one data set, kept so that a pane redrawn for every key press (cursor, scroll, search) does
/// not recompute the analysis behind it. A value is a pure function of the data set and its key, so a cached value
/// is exactly what recomputing would give; the cache only trades memory for time. It holds at most `capacity`
/// values and forgets the least recently used first (or the oldest, `keepsRecentlyUsed: false`). Safe to share
/// across threads: values are computed outside the lock, so two threads asking for the same missing key may both
/// compute it (the same value), and neither waits on the other.
///
/// Written by hand: no package in the mirror offers a small, thread-safe, bounded memo for value types.
public final class DerivedCache: Sendable {
    /// A key of any type; `@unchecked` because it is only ever made from a `Hashable & Sendable` key.
    private struct StoredKey: Hashable, @unchecked Sendable {
        let base: AnyHashable
    }

    private struct Storage {
        var values: [StoredKey: any Sendable] = [:]
        /// Keys in insertion order, oldest first, for eviction.
        var order: [StoredKey] = []
        var hits = 0
        var misses = 0
    }

    public let capacity: Int
    /// Whether a hit makes its value the newest (least recently used goes first) rather than keeping insertion order:
    /// for the panes' analyses, so that a warm-up of neighbouring frames never pushes out the pane on screen, which
    /// hits its values at every redraw. O(capacity) per hit, so off for large caches.
    public let keepsRecentlyUsed: Bool
    private let storage = Mutex(Storage())

    public init(capacity: Int = 48, keepsRecentlyUsed: Bool = true) {
        self.capacity = max(1, capacity)
        self.keepsRecentlyUsed = keepsRecentlyUsed
    }

    /// The cached value for `key`, or `compute()` stored under it. `key` should name the analysis and every input
    /// the value depends on (configuration, templates, mode, model list …).
    public func value<Key: Hashable & Sendable, Value: Sendable>(_ key: Key, compute: () -> Value) -> Value {
        let boxed = StoredKey(base: AnyHashable(key))
        let cached: Value? = storage.withLock { storage in
            guard let value = storage.values[boxed] as? Value else { storage.misses += 1; return nil }
            storage.hits += 1
            if keepsRecentlyUsed, storage.order.last != boxed, let position = storage.order.lastIndex(of: boxed) {
                storage.order.remove(at: position)
                storage.order.append(boxed)
            }
            return value
        }
        if let cached { return cached }
        let value = compute()
        storage.withLock { storage in
            if storage.values.updateValue(value, forKey: boxed) == nil { storage.order.append(boxed) }
            while storage.order.count > capacity {
                storage.values[storage.order.removeFirst()] = nil
            }
        }
        return value
    }

    /// Forgets every value (the benchmark uses this to time a cold filter change).
    public func removeAll() {
        storage.withLock { $0 = Storage() }
    }

    /// Values held now, and lookups that found or missed a value since the start.
    public var statistics: (count: Int, hits: Int, misses: Int) {
        storage.withLock { ($0.values.count, $0.hits, $0.misses) }
    }
}
