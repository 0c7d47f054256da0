import Analysis
import Dispatch
import Synchronization
import Testing

/// `DerivedCache`: one computation per key, keys of different types kept apart, bounded size, thread safety.
@Suite struct DerivedCacheTests {
    /// Counts how often a computation ran.
    final class Counter: Sendable {
        let value = Mutex(0)
        func next() -> Int { value.withLock { $0 += 1; return $0 } }
        var count: Int { value.withLock { $0 } }
    }

    @Test func computesOncePerKeyAndReturnsTheKeptValue() {
        let cache = DerivedCache(), counter = Counter()
        let first = cache.value("tau/en") { counter.next() * 10 }
        let second = cache.value("tau/en") { counter.next() * 10 }
        let other = cache.value("tau/es") { counter.next() * 10 }
        #expect(first == 10 && second == 10 && other == 20)
        #expect(counter.count == 2)
        #expect(cache.statistics.hits == 1 && cache.statistics.misses == 2 && cache.statistics.count == 2)
    }

    /// An `Int` 1 and a `String` "1" are different keys, and a key kept with one value type is not read as another.
    @Test func keysAndValuesOfDifferentTypesStayApart() {
        let cache = DerivedCache()
        #expect(cache.value(1) { "int" } == "int")
        #expect(cache.value("1") { "string" } == "string")
        #expect(cache.value(1) { 99 } == 99)  // same key, other value type: recomputed, not mis-cast
        #expect(cache.value("1") { "again" } == "string")
    }

    /// The pane on screen hits its values at every redraw: they outlive values inserted after them but not used.
    @Test func forgetsTheLeastRecentlyUsedBeyondCapacity() {
        let cache = DerivedCache(capacity: 3), counter = Counter()
        for key in 0..<3 { _ = cache.value(key) { counter.next() } }
        #expect(cache.value(0) { counter.next() } == 1)  // a hit: 0 is now the most recently used
        _ = cache.value(3) { counter.next() }  // pushes out 1, the least recently used
        #expect(cache.value(0) { counter.next() } == 1)
        #expect(cache.value(2) { counter.next() } == 3)
        #expect(cache.value(1) { counter.next() } == 5)  // recomputed
    }

    @Test func forgetsTheOldestBeyondCapacityAndEverythingOnRemoveAll() {
        let cache = DerivedCache(capacity: 3, keepsRecentlyUsed: false), counter = Counter()
        for key in 0..<4 { _ = cache.value(key) { counter.next() } }  // key 0 is pushed out
        #expect(cache.statistics.count == 3)
        #expect(cache.value(3) { counter.next() } == 4)  // kept
        #expect(cache.value(0) { counter.next() } == 5)  // recomputed
        #expect(cache.value(1) { counter.next() } == 6)  // pushed out by 0's return
        cache.removeAll()
        #expect(cache.statistics.count == 0)
        #expect(cache.value(3) { counter.next() } == 7)
    }

    /// Many threads asking for overlapping keys all get the value of their key.
    @Test func concurrentLookupsGetTheirOwnKeysValue() {
        let cache = DerivedCache(capacity: 16), wrong = Counter()
        DispatchQueue.concurrentPerform(iterations: 2_000) { index in
            let key = index % 24
            if cache.value(key, compute: { key * key }) != key * key { _ = wrong.next() }
        }
        #expect(wrong.count == 0)
        #expect(cache.statistics.count <= 16)
    }
}
