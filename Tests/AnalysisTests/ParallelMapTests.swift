import Analysis
import Data
import Synchronization
import Testing

/// `ParallelMap`: results in input order whatever the schedule, every element once, serial and concurrent equal.
@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 2, 17, 1_000])
    func serialAndConcurrentGiveEveryResultInInputOrder(count: Int) {
        let elements = Array(0..<count)
        let calls = Mutex(0)
        let concurrent = ParallelMap.concurrent(elements) { element in
            calls.withLock { $0 += 1 }
            return element * element
        }
        #expect(concurrent == elements.map { $0 * $0 })
        #expect(calls.withLock { $0 } == count)
        #expect(ParallelMap.serial(elements) { $0 * $0 } == concurrent)
        #expect(Queries.uncached.map(elements) { $0 * $0 } == concurrent)
    }
}
