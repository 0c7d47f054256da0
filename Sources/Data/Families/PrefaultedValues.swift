import Foundation

/// A file's logit values before parsing: `count` NaNs (missing until read) in storage whose pages are mapped with
/// one `madvise(MADV_POPULATE_WRITE)` (Linux 5.14+; ignored where it is not known) before they are written: a fresh
/// 4 kB page first touched by the NaN fill costs a fault each, 2–5 µs in this VM, 0.1–0.35 s of CPU for the
/// 156 MB a configuration's logits take at 50x (issue 21); mapped in one call it is the kernel's loop instead.
/// Only a hint about memory the array owns: the values are the same either way.
enum PrefaultedValues {
    /// `MADV_POPULATE_WRITE` (linux/mman.h; not in every libc's headers).
    static let populateWrite: Int32 = 23

    #if os(Linux)
    /// The page size, asked once (not for each of a configuration's 1,751 files).
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    #endif

    static func missing(count: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let base = buffer.baseAddress { populate(UnsafeMutableRawPointer(base), bytes: count * 8) }
            buffer.initialize(repeating: .nan)
            initialized = count
        }
    }

    /// The whole pages inside `bytes` from `start`, mapped writable now.
    static func populate(_ start: UnsafeMutableRawPointer, bytes: Int) {
        #if os(Linux)
        let page = pageSize
        guard page > 0 else { return }
        let first = (Int(bitPattern: start) + page - 1) & ~(page - 1)
        let end = (Int(bitPattern: start) + bytes) & ~(page - 1)
        guard end > first, let address = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(address, end - first, populateWrite)
        #endif
    }
}
