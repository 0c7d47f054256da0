// What Swift cannot import from ncursesw directly: the wide-character API behind a feature macro, the
// `stdscr`/`LINES`/`COLS` globals and the attribute macros. Each is a small static inline function.
#ifndef BIASEXPLORER_CNCURSESW_SHIM_H
#define BIASEXPLORER_CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <string.h>
#include <ncursesw/curses.h>

static inline WINDOW *bx_stdscr(void) { return stdscr; }
static inline int bx_lines(void) { return LINES; }
static inline int bx_cols(void) { return COLS; }
static inline int bx_colors(void) { return COLORS; }
static inline int bx_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t bx_a_normal(void) { return A_NORMAL; }
static inline attr_t bx_a_bold(void) { return A_BOLD; }
static inline attr_t bx_a_dim(void) { return A_DIM; }
static inline attr_t bx_a_reverse(void) { return A_REVERSE; }
static inline attr_t bx_a_underline(void) { return A_UNDERLINE; }
static inline int bx_key_resize(void) { return KEY_RESIZE; }
static inline int bx_key_mouse(void) { return KEY_MOUSE; }
static inline int bx_err(void) { return ERR; }
static inline int bx_ok(void) { return OK; }
static inline int bx_key_code_yes(void) { return KEY_CODE_YES; }

/// Puts one wide character with attributes and colour pair at (y, x) of stdscr.
static inline int bx_put_wide(int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

/// Reads one wide character or key code; returns OK, KEY_CODE_YES or ERR as get_wch does.
static inline int bx_get_wide(wint_t *out) { return wget_wch(stdscr, out); }
/// Mouse events to ask for with --mouse (ALL_MOUSE_EVENTS is a macro Swift cannot import).
static inline mmask_t bx_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

/// Reads a pending mouse event: sets x, y and a button number (1 left, 3 right, 4/5 wheel, 0 other).
static inline int bx_get_mouse(int *x, int *y, int *button) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *x = event.x;
    *y = event.y;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) *button = 1;
    else if (event.bstate & (BUTTON3_PRESSED | BUTTON3_CLICKED)) *button = 3;
    else if (event.bstate & BUTTON4_PRESSED) *button = 4;
#ifdef BUTTON5_PRESSED
    else if (event.bstate & BUTTON5_PRESSED) *button = 5;
#endif
    else *button = 0;
    return OK;
}

/// Appends a terminfo string capability to `out` (of `capacity` bytes, NUL-terminated) when the terminal has it.
static inline void bx_append_capability(char *out, size_t capacity, const char *name) {
    char *value = tigetstr((char *)name);
    if (value == NULL || value == (char *)-1) return;
    size_t used = strlen(out), length = strlen(value);
    if (used + length + 1 > capacity) return;
    memcpy(out + used, value, length + 1);
}

/// The bytes that return the screen to normal after curses (for the signal handler, which cannot call endwin):
/// leave keypad mode and the alternate screen, show the cursor, plain attributes. Call after newterm.
static inline void bx_exit_sequence(char *out, size_t capacity) {
    if (capacity == 0) return;
    out[0] = 0;
    bx_append_capability(out, capacity, "rmkx");
    bx_append_capability(out, capacity, "rmcup");
    bx_append_capability(out, capacity, "cnorm");
    bx_append_capability(out, capacity, "sgr0");
}

/// Opens the screen on stdout/stdin; NULL when the terminal type is unknown (newterm does not exit, unlike initscr).
static inline SCREEN *bx_newterm(void) { return newterm(NULL, stdout, stdin); }
#endif
