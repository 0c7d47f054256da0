import Analysis
import Synchronization

/// A plain, unbounded query cache for the core's tests (the explorer's bounded one lives in TUI): keeps every
/// answer and counts what it holds and how often it computed.
final class TestQueryCache: QueryCache, Sendable {
    private struct Kept: @unchecked Sendable {  // answers are Sendable; `any Sendable` in a dictionary is not
        var answers: [AnyHashable: any Sendable] = [:]
        var computed = 0
    }

    private let kept = Mutex(Kept())

    func answer<Q: Query>(_ query: Q, compute: () -> Q.Answer) -> Q.Answer {
        let key = AnyHashable(query)
        if let answer = kept.withLock({ $0.answers[key] as? Q.Answer }) { return answer }
        let answer = compute()
        kept.withLock {
            $0.answers[key] = answer
            $0.computed += 1
        }
        return answer
    }

    var count: Int { kept.withLock { $0.answers.count } }
    var computed: Int { kept.withLock { $0.computed } }
}
