import Analysis
import Data
import Dispatch
import Foundation
import Synchronization
import Testing
import TUI

/// `BoundedQueryCache`: one computation per query, queries of different types kept apart, each pool bounded by its
/// own budget, thread safety.
@Suite struct QueryCacheTests {
    /// Counts how often a computation ran.
    final class Counter: Sendable {
        let value = Mutex(0)
        func next() -> Int { value.withLock { $0 += 1; return $0 } }
        var count: Int { value.withLock { $0 } }
    }

    struct Square: Query {
        typealias Answer = Int
        let number: Int
        static var pool: QueryPool { .analyses }
    }

    struct Name: Query {
        typealias Answer = String
        let number: Int
        static var pool: QueryPool { .analyses }
    }

    struct MaybeSquare: Query {
        typealias Answer = Int?
        let number: Int
        static var pool: QueryPool { .analyses }
    }

    struct Matrix: Query {
        typealias Answer = Int
        let number: Int
        static var pool: QueryPool { .scoreMatrices }
    }

    /// A query whose answers cost their value against the budget (as parsed logits will cost bytes, issue 21).
    struct Weighed: Query {
        typealias Answer = Int
        let number: Int
        static var pool: QueryPool { .scoreMatrices }
        static func cost(of answer: Int) -> Int { answer }
    }

    static func budgets(analyses: Int = 48, recent: Bool = true, matrices: Int = 1_200) -> [QueryPool: BoundedQueryCache.Budget] {
        [.analyses: .init(limit: analyses, keepsRecentlyUsed: recent),
         .scoreMatrices: .init(limit: matrices, keepsRecentlyUsed: false)]
    }

    @Test func computesOncePerQueryAndReturnsTheKeptAnswer() {
        let cache = BoundedQueryCache(), counter = Counter()
        let first = cache.answer(Square(number: 1)) { counter.next() * 10 }
        let second = cache.answer(Square(number: 1)) { counter.next() * 10 }
        let other = cache.answer(Square(number: 2)) { counter.next() * 10 }
        #expect(first == 10 && second == 10 && other == 20)
        #expect(counter.count == 2)
        let statistics = cache.statistics(.analyses)
        #expect(statistics.hits == 1 && statistics.misses == 2 && statistics.count == 2)
        #expect(cache.statistics(.scoreMatrices) == BoundedQueryCache.Statistics())
    }

    /// An optional answer is computed on a miss, not read as a kept nil (a missing entry cast to `Int?` succeeds).
    @Test func optionalAnswersAreComputedThenKept() {
        let cache = BoundedQueryCache()
        #expect(cache.answer(MaybeSquare(number: 3)) { 9 } == 9)
        #expect(cache.answer(MaybeSquare(number: 3)) { 99 } == 9)
        #expect(cache.answer(MaybeSquare(number: 4)) { nil } == nil)
        #expect(cache.answer(MaybeSquare(number: 4)) { 16 } == nil)
    }

    /// Two query types with equal fields are different queries, each with its own answer type.
    @Test func queriesOfDifferentTypesStayApart() {
        let cache = BoundedQueryCache()
        #expect(cache.answer(Square(number: 1)) { 1 } == 1)
        #expect(cache.answer(Name(number: 1)) { "one" } == "one")
        #expect(cache.answer(Matrix(number: 1)) { 7 } == 7)
        #expect(cache.answer(Square(number: 1)) { 99 } == 1)
        #expect(cache.answer(Name(number: 1)) { "again" } == "one")
    }

    /// The pane on screen hits its answers at every redraw: they outlive answers inserted after them but not used.
    @Test func forgetsTheLeastRecentlyUsedBeyondTheBudget() {
        let cache = BoundedQueryCache(budgets: Self.budgets(analyses: 3)), counter = Counter()
        for number in 0..<3 { _ = cache.answer(Square(number: number)) { counter.next() } }
        #expect(cache.answer(Square(number: 0)) { counter.next() } == 1)  // a hit: 0 is now the most recent
        _ = cache.answer(Square(number: 3)) { counter.next() }  // pushes out 1, the least recently used
        #expect(cache.answer(Square(number: 0)) { counter.next() } == 1)
        #expect(cache.answer(Square(number: 2)) { counter.next() } == 3)
        #expect(cache.answer(Square(number: 1)) { counter.next() } == 5)  // recomputed
    }

    @Test func forgetsTheOldestBeyondTheBudgetAndEverythingOnRemoveAll() {
        let cache = BoundedQueryCache(budgets: Self.budgets(matrices: 3)), counter = Counter()
        for number in 0..<4 { _ = cache.answer(Matrix(number: number)) { counter.next() } }  // 0 is pushed out
        #expect(cache.statistics(.scoreMatrices).count == 3)
        #expect(cache.answer(Matrix(number: 3)) { counter.next() } == 4)  // kept
        #expect(cache.answer(Matrix(number: 0)) { counter.next() } == 5)  // recomputed
        #expect(cache.answer(Matrix(number: 1)) { counter.next() } == 6)  // pushed out by 0's return
        cache.removeAll()
        #expect(cache.statistics.count == 0 && cache.statistics.cost == 0)
        #expect(cache.answer(Matrix(number: 3)) { counter.next() } == 7)
    }

    /// A pool's budget bounds the sum of its answers' costs; one pool filling up never pushes out another's.
    @Test func aPoolsBudgetBoundsTheCostOfItsAnswersOnly() {
        let cache = BoundedQueryCache(budgets: Self.budgets(analyses: 2, matrices: 9))
        _ = cache.answer(Square(number: 0)) { 0 }
        for number in 1...4 { _ = cache.answer(Weighed(number: number)) { number } }  // 1+2+3+4 > 9: 1 goes
        #expect(cache.statistics(.scoreMatrices).cost == 9 && cache.statistics(.scoreMatrices).count == 3)
        _ = cache.answer(Weighed(number: 20)) { 20 }  // over the budget alone: kept, everything older goes
        #expect(cache.statistics(.scoreMatrices).count == 1)
        #expect(cache.answer(Square(number: 0)) { 99 } == 0)
    }

    /// Many threads asking for overlapping queries all get the answer of their query.
    @Test func concurrentLookupsGetTheirOwnQuerysAnswer() {
        let cache = BoundedQueryCache(budgets: Self.budgets(analyses: 16)), wrong = Counter()
        _ = ParallelMap.concurrent(Array(0..<2_000)) { index in
            let number = index % 24
            if cache.answer(Square(number: number), compute: { number * number }) != number * number { _ = wrong.next() }
        }
        #expect(wrong.count == 0)
        #expect(cache.statistics(.analyses).count <= 16)
    }
}

extension QueryCacheTests {
    struct Slow: Query {
        typealias Answer = Int
        let number: Int
        static var pool: QueryPool { .logits }
    }

    /// A single-flight pool computes a query once even when a second thread asks while the first computes; the
    /// second gets the first's answer.
    @Test func aSingleFlightPoolComputesOnceWhileAskedTwice() {
        let cache = BoundedQueryCache(budgets: [.logits: .init(limit: 10, keepsRecentlyUsed: true, singleFlight: true)])
        let counter = Counter(), gate = Gate(), started = DispatchSemaphore(value: 0)
        let answers = Mutex<[Int]>([])
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            let answer = cache.answer(Slow(number: 1)) {
                started.signal()
                gate.pass()
                return counter.next() * 10
            }
            answers.withLock { $0.append(answer) }
        }
        started.wait()
        DispatchQueue.global().async(group: group) {
            let answer = cache.answer(Slow(number: 1)) { counter.next() * 100 }
            answers.withLock { $0.append(answer) }
        }
        while cache.statistics(.logits).joined == 0 { sched_yield() }  // the second asker waits on the first
        gate.open()
        group.wait()
        #expect(counter.count == 1)
        #expect(answers.withLock { $0 } == [10, 10])
        #expect(cache.kept(Slow(number: 1)) == 10 && cache.kept(Slow(number: 2)) == nil)
    }
}
