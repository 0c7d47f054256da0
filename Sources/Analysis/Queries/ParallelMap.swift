/// How a caller runs independent work: `perform(count, body)` calls `body(i)` once for each `i` in `0..<count`,
/// possibly concurrently, and returns when every call has returned. Analysis never starts threads itself: a caller
/// that wants both cores passes a concurrent one (Data's `ParallelMap.concurrent`); the default is `serial`.
public struct ParallelMap: Sendable {
    public typealias Perform = @Sendable (_ count: Int, _ body: @Sendable (Int) -> Void) -> Void
    private let perform: Perform
    private let performLongTasks: Perform?

    /// `longTasks`: how to run a few long tasks that use this map inside (`forLongTasks`); `perform` without it.
    public init(_ perform: @escaping Perform, longTasks: Perform? = nil) {
        self.perform = perform
        self.performLongTasks = longTasks
    }

    /// The map for a few long tasks of uneven length that use this map inside (the two modes of a table group):
    /// with it, the tasks' own maps keep every core when one task is left alone.
    public var forLongTasks: ParallelMap { ParallelMap(performLongTasks ?? perform) }

    /// One element after the other, on the caller's thread.
    public static let serial = ParallelMap { count, body in
        for index in 0..<count { body(index) }
    }

    /// `transform` of every element, computed as `perform` schedules it, results in input order (so the outcome
    /// never depends on scheduling).
    public func callAsFunction<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard !elements.isEmpty else { return [] }
        let slots = ResultSlots<Result>(count: elements.count)
        perform(elements.count) { slots.store(transform(elements[$0]), at: $0) }
        return slots.results
    }

    /// `transform` of consecutive runs of `length` elements (the last one shorter), a task a run, so that a run
    /// shares what it sets up (a read buffer, a cache of null distributions); the runs' results joined in input
    /// order.
    public func runs<Element: Sendable, Result: Sendable>(
        _ elements: [Element], of length: Int, _ transform: @Sendable ([Element]) -> [Result]) -> [Result] {
        let length = max(1, length)
        let runs = stride(from: 0, to: elements.count, by: length).map {
            Array(elements[$0..<min($0 + length, elements.count)])
        }
        return self(runs, transform).flatMap { $0 }
    }
}
