// glibc's allocator tuning (mallopt), which Swift's Glibc module does not bring in. Part of libc: nothing to link.
#if defined(__linux__)
#include <malloc.h>
#endif
