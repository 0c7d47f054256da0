/// One worker's buffer for the files it reads one after the other (issue 21). A fresh array for every 240 kB logits
/// file came from the heap top, which glibc returns to the kernel at each free (its trim threshold), so every file's
/// pages were faulted in and zeroed again: about 13% of a configuration's parse at 50x. Reused, the pages stay
/// mapped. Not shared between threads: each task of `FileJob.runAll` makes its own (`FileReader.read(path:)` one
/// for its single file).
final class ReadBuffer {
    private(set) var storage: UnsafeMutableRawBufferPointer

    init(capacity: Int = 1 << 20) {
        storage = .allocate(byteCount: max(1, capacity), alignment: 16)
    }

    deinit { storage.deallocate() }

    /// Makes room for `count` bytes, keeping the first `kept` bytes.
    func reserve(_ count: Int, keeping kept: Int = 0) {
        guard storage.count < count else { return }
        let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, storage.count * 2), alignment: 16)
        if kept > 0, let source = storage.baseAddress, let target = larger.baseAddress {
            target.copyMemory(from: source, byteCount: min(kept, storage.count))
        }
        storage.deallocate()
        storage = larger
    }

    /// The first `count` bytes as read.
    func bytes(_ count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage.baseAddress?.assumingMemoryBound(to: UInt8.self), count: count)
    }
}
