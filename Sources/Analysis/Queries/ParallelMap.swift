/// How a caller runs independent work: `perform(count, body)` calls `body(i)` once for each `i` in `0..<count`,
/// possibly concurrently, and returns when every call has returned. Analysis never starts threads itself: a caller
/// that wants both cores passes a concurrent one (Data's `ParallelMap.concurrent`); the default is `serial`.
public struct ParallelMap: Sendable {
    private let perform: @Sendable (_ count: Int, _ body: @Sendable (Int) -> Void) -> Void

    public init(_ perform: @escaping @Sendable (_ count: Int, _ body: @Sendable (Int) -> Void) -> Void) {
        self.perform = perform
    }

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
}
