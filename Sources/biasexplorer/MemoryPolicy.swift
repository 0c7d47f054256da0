import CMalloc

/// How the process asks the C allocator for large buffers. glibc raises its mmap threshold each time a large
/// mmapped block is freed (up to 32 MB), after which the tables' multi-megabyte CSV buffers come from the heap
/// arenas of whichever thread built them and stay resident after they are freed: the peak then depends on thread
/// timing (248 to 310 MB for the same benchmark). A fixed 4 MB threshold keeps every large buffer mmapped, so a
/// freed table goes back to the system; buffers below it (file reads, analyses) are unaffected.
enum MemoryPolicy {
    static let mmapThreshold: Int32 = 4 << 20

    static func apply() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, mmapThreshold)
        #endif
    }
}
