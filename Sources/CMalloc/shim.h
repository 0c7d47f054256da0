// glibc's allocator tuning (mallopt), which Swift's Glibc module does not bring in. Part of libc: nothing to link.
#if defined(__linux__)
#include <malloc.h>
#endif

// How the process asks the C allocator for large buffers, called first by `biasexplorer` and by
// `biasexplorer-bench` (so the benchmark measures the shipped binary's memory). glibc raises its mmap threshold
// each time a large mmapped block is freed (up to 32 MB), after which the tables' multi-megabyte CSV buffers come
// from the heap arenas of whichever thread built them and stay resident after they are freed: the peak then depends
// on thread timing (248 to 310 MB for the same benchmark). A fixed 4 MB threshold keeps every large buffer mmapped,
// so a freed table goes back to the system; buffers below it (file reads, analyses) are unaffected.
static inline void bx_apply_memory_policy(void) {
#if defined(__linux__)
    (void)mallopt(M_MMAP_THRESHOLD, 4 << 20);
#endif
}
