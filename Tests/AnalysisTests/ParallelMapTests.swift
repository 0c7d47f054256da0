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

    /// The long-task map (a thread per task) gives each task's result in order, runs each once, and lets the tasks
    /// use the concurrent map inside, as the two modes of a table group do.
    @Test(arguments: [0, 1, 2, 5])
    func longTasksGiveEveryResultInInputOrderAndNestConcurrentMaps(count: Int) {
        let tasks = Array(0..<count)
        let calls = Mutex(0)
        let results = ParallelMap.concurrent.forLongTasks(tasks) { task in
            calls.withLock { $0 += 1 }
            return ParallelMap.concurrent(Array(0..<100)) { task * 1_000 + $0 }.reduce(0, +)
        }
        #expect(results == tasks.map { task in (0..<100).reduce(0) { $0 + task * 1_000 + $1 } })
        #expect(calls.withLock { $0 } == count)
        #expect(ParallelMap.serial.forLongTasks(tasks) { $0 * 2 } == tasks.map { $0 * 2 })
    }
}
