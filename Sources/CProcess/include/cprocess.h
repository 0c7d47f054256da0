// Process-level helpers that must be plain C: the signal handler that restores the terminal (only
// async-signal-safe calls), and the check of standard output at exit.
#ifndef BIASEXPLORER_CPROCESS_H
#define BIASEXPLORER_CPROCESS_H
#include <stddef.h>

/// Flushes stdout. Returns 0 when everything buffered was written and no earlier write failed; else the errno of
/// the failure (-1 when an earlier write failed and its errno is no longer known).
int bx_flush_stdout(void);

/// Saves the terminal settings of `fd` (call before curses changes them) and the bytes (written to stdout) that return the screen to
/// normal (leave the alternate screen, show the cursor, plain attributes; at most 255 bytes), then installs a
/// handler for every signal whose default action ends the process, except those the caller watches itself
/// (SIGINT, SIGTERM, SIGHUP). The handler writes the bytes, restores the settings, and re-raises the signal with its
/// default action, so the exit status is the conventional 128 + signal. It replaces the Swift runtime's crash
/// handler for SIGQUIT, SIGSEGV, SIGILL, SIGBUS, SIGFPE, SIGABRT and SIGTRAP, so the crash reporter's interactive
/// prompt never starts on a raw terminal. Returns 0, or -1 when the settings cannot be read.
/// This saved state is the one global state of the program (documented in STYLE exceptions and the README).
int bx_guard_terminal(int fd, const char *restore, size_t length);

/// Puts back the handlers that were in place before `bx_guard_terminal` (after the terminal was restored).
void bx_unguard_terminal(void);

/// The signals the guard handles, for tests: writes up to `capacity` numbers and returns how many there are.
int bx_guarded_signals(int *out, int capacity);
#endif
