import Dispatch

/// Result slots written by `concurrentPerform` workers; each index is written by exactly one worker.
private struct ResultSlots<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element?>
}

/// `body(0..<count)` evaluated on all cores; results in index order, so the outcome never depends on scheduling.
func parallelMap<Element: Sendable>(count: Int, _ body: @Sendable (Int) -> Element) -> [Element] {
    guard count > 0 else { return [] }
    let base = UnsafeMutablePointer<Element?>.allocate(capacity: count)
    base.initialize(repeating: nil, count: count)
    defer {
        base.deinitialize(count: count)
        base.deallocate()
    }
    let slots = ResultSlots(base: base)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots.base[index] = body(index)
    }
    return UnsafeBufferPointer(start: base, count: count).compactMap { $0 }
}
