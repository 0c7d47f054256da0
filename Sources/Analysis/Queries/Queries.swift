/// What the caller of an analysis lends it: a query cache to keep answers in (none: every query is computed
/// afresh, as `tables` runs) and a parallel map for its independent parts (serial unless the caller supplies one).
/// Analysis holds no cache, starts no thread and takes no lock of its own; both come from here.
public struct Queries: Sendable {
    public let cache: (any QueryCache)?
    public let parallel: ParallelMap

    public init(cache: (any QueryCache)? = nil, parallel: ParallelMap = .serial) {
        self.cache = cache
        self.parallel = parallel
    }

    /// No cache, serial: the default of every analysis.
    public static let uncached = Queries()

    /// The same parallel map without the cache.
    public var withoutCache: Queries { Queries(parallel: parallel) }

    /// The answer to `query`: kept by the cache, or `compute()` when there is none.
    public func answer<Q: Query>(_ query: Q, compute: () -> Q.Answer) -> Q.Answer {
        guard let cache else { return compute() }
        return cache.answer(query, compute: compute)
    }

    /// The kept answer to `query`, or nil (none kept, or no cache), computing nothing.
    public func kept<Q: Query>(_ query: Q) -> Q.Answer? { cache?.kept(query) }

    /// `transform` of every element through `parallel`, results in input order.
    public func map<Element: Sendable, Result: Sendable>(_ elements: [Element],
                                                         _ transform: @Sendable (Element) -> Result) -> [Result] {
        parallel(elements, transform)
    }
}
