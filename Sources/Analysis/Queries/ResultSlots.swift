/// One slot per concurrent task; each task writes only its own slot (raw memory, so no two tasks ever access the
/// same Swift variable), and `results` is read after all finished (`ParallelMap`'s
/// `perform` returns only then), so the slots need no lock.
final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Result?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<Result?>.allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ result: Result, at index: Int) { slots[index] = result }

    var results: [Result] { (0..<count).compactMap { slots[$0] } }
}
