#define _GNU_SOURCE
#include "cprocess.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

int bx_flush_stdout(void) {
    if (fflush(stdout) != 0) return errno != 0 ? errno : -1;
    return ferror(stdout) ? -1 : 0;
}

// The documented exception to "no global state": what the signal handler needs to restore the terminal.
static struct termios saved_settings;
static int saved_fd = -1;
static char restore_bytes[256];
static size_t restore_length = 0;
static volatile sig_atomic_t guarded = 0;

static const int fixed_signals[] = {
    SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGPIPE, SIGIO,
#ifdef SIGPWR
    SIGPWR,
#endif
#ifdef SIGSTKFLT
    SIGSTKFLT,
#endif
    SIGSYS, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGSEGV,
};
#define FIXED_COUNT ((int)(sizeof(fixed_signals) / sizeof(fixed_signals[0])))
#define MAX_GUARDED 128
static struct sigaction previous[MAX_GUARDED];
static int installed[MAX_GUARDED];
static int installed_count = 0;

static void restore_terminal(void) {
    if (saved_fd < 0) return;
    size_t written = 0;
    while (written < restore_length) {
        ssize_t count = write(STDOUT_FILENO, restore_bytes + written, restore_length - written);
        if (count < 0 && errno == EINTR) continue;
        if (count <= 0) break;
        written += (size_t)count;
    }
    tcsetattr(saved_fd, TCSAFLUSH, &saved_settings);
}

static void on_fatal_signal(int number) {
    int saved_errno = errno;
    if (guarded) {
        guarded = 0;
        restore_terminal();
    }
    // SA_RESETHAND already put the default action back; unblock and re-raise so the process ends as the signal
    // says (a fault signal re-executes the faulting instruction with the default action on return).
    signal(number, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, number);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(number);
    errno = saved_errno;
}

int bx_guarded_signals(int *out, int capacity) {
    int count = 0;
    for (int i = 0; i < FIXED_COUNT; i++) {
        if (count < capacity && out) out[count] = fixed_signals[i];
        count++;
    }
#ifdef SIGRTMIN
    for (int number = SIGRTMIN; number <= SIGRTMAX; number++) {
        if (count < capacity && out) out[count] = number;
        count++;
    }
#endif
    return count;
}

int bx_guard_terminal(int fd, const char *restore, size_t length) {
    if (tcgetattr(fd, &saved_settings) != 0) return -1;
    saved_fd = fd;
    restore_length = length < sizeof(restore_bytes) ? length : sizeof(restore_bytes) - 1;
    memcpy(restore_bytes, restore, restore_length);
    int numbers[MAX_GUARDED];
    int count = bx_guarded_signals(numbers, MAX_GUARDED);
    if (count > MAX_GUARDED) count = MAX_GUARDED;
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = on_fatal_signal;
    action.sa_flags = SA_RESETHAND | SA_NODEFER | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    installed_count = 0;
    for (int i = 0; i < count; i++) {
        struct sigaction old;
        if (sigaction(numbers[i], NULL, &old) != 0) continue;
        // A signal the user started us with ignored (nohup, SIGPIPE in some shells) stays ignored.
        if (old.sa_handler == SIG_IGN) continue;
        if (sigaction(numbers[i], &action, &previous[installed_count]) == 0) {
            installed[installed_count++] = numbers[i];
        }
    }
    guarded = 1;
    return 0;
}

void bx_unguard_terminal(void) {
    guarded = 0;
    for (int i = 0; i < installed_count; i++) sigaction(installed[i], &previous[i], NULL);
    installed_count = 0;
}
