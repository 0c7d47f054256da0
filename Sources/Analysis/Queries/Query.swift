/// A question about one data set whose answer a caller may keep: the value names the question and every input its
/// answer depends on (analysis, configuration, templates, mode, model list, settings …), so two equal queries have
/// the same answer and a cached answer is exactly what recomputing gives. Typed by its answer, so a cache never
/// hands out a value of another type.
public protocol Query: Hashable, Sendable {
    associatedtype Answer: Sendable
    /// The part of a cache that keeps answers of this kind; each pool has its own budget.
    static var pool: QueryPool { get }
    /// What an answer costs against its pool's budget, in the pool's unit (1 by default: pools count answers).
    static func cost(of answer: Answer) -> Int
}

extension Query {
    public static func cost(of answer: Answer) -> Int { 1 }
}

/// The kinds of answer a query cache keeps apart, each under its own budget: few large analyses must not push out
/// many small shared inputs, nor the other way round.
public enum QueryPool: Hashable, Sendable, CaseIterable {
    /// The analyses behind a pane (a `TauAnalysis`, a comparison of both modes …): tens of them, some large.
    case analyses
    /// Score matrices, shared by the analyses of a configuration (≈ 8 KB each, a thousand or so in a session).
    case scoreMatrices
    /// One configuration's parsed logits of every model (issue 21's lazy loading), costed in bytes: at 50× the
    /// study's size one configuration holds ≈ 150 MB, so a few at most are kept.
    case logits
}

/// Memoises the answers of queries about one data set (make one cache per data set). The composition root makes
/// it and passes it down inside `Queries`; the core never keeps a cache of its own. An implementation may forget
/// any answer at any time (it only trades memory for time) and must be safe to call from several threads at once
/// (analyses call it from the workers of a `ParallelMap`).
public protocol QueryCache: Sendable {
    /// The kept answer to `query`, or `compute()`, kept under it.
    func answer<Q: Query>(_ query: Q, compute: () -> Q.Answer) -> Q.Answer

    /// The kept answer to `query`, or nil, computing nothing.
    func kept<Q: Query>(_ query: Q) -> Q.Answer?
}

extension QueryCache {
    /// A cache that cannot look without computing keeps nothing a caller could find this way.
    public func kept<Q: Query>(_ query: Q) -> Q.Answer? { nil }
}
