#!/usr/bin/env bash
# Terminal safety beyond tests-e2e/tmux-e2e.sh (issue 9 item 3): the states that script does not reach. After each,
# the terminal must be usable (stty shows echo and icanon): growing from 20x5 while running, a resize while stopped
# then fg, signals while typing a filter or with the help overlay open, and TERM=dumb.
#
#   tests-e2e/terminal-safety.sh PATH/TO/biasexplorer [DATA_DIR]
#
# Builds nothing. DATA_DIR (or $BIASEXPLORER_E2E_DATA) is passed as --data; without it the embedded data is used.
# Runs on a private tmux server (-L) in a scratch folder; the last line is "N passed, M failed"; exit 1 on failure.
set -u

if [[ $# -lt 1 || ! -x $1 ]]; then
    echo "usage: $0 PATH/TO/biasexplorer [DATA_DIR]" >&2
    exit 2
fi
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 2; }

BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
DATA=${2:-${BIASEXPLORER_E2E_DATA:-}}
DATA_ARGS=""
[[ -n $DATA ]] && DATA_ARGS="--data '$(cd "$DATA" && pwd)'"
SOCKET="bx-safety-$$"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bx-safety.XXXXXX")
SESSION=e2e
PASSED=0
FAILED=0

tm() { tmux -L "$SOCKET" "$@"; }
cleanup() { tm kill-server 2>/dev/null; sleep 0.2; rm -rf "$WORK" 2>/dev/null || true; }
trap cleanup EXIT

screen() { tm capture-pane -p -t "$SESSION" 2>/dev/null; }

# wait_for REGEX [TRIES]: polls the screen every 0.1 s, up to TRIES times (default 300 = 30 s; generous because CI may be loaded).
wait_for() {
    local pattern=$1 tries=${2:-300}
    for ((i = 0; i < tries; i++)); do
        screen | grep -qE -- "$pattern" && return 0
        sleep 0.1
    done
    return 1
}

# wait_gone REGEX [TRIES]: polls until the pattern is no longer on screen.
wait_gone() {
    local pattern=$1 tries=${2:-300}
    for ((i = 0; i < tries; i++)); do
        screen | grep -qE -- "$pattern" || return 0
        sleep 0.1
    done
    return 1
}

pass() { PASSED=$((PASSED + 1)); echo "ok   $1"; }
fail() {
    FAILED=$((FAILED + 1))
    echo "FAIL $1"
    screen | sed 's/^/     | /'
}

# check NAME REGEX [TRIES]
check() { if wait_for "$2" "${3:-300}"; then pass "$1"; else fail "$1 (expected /$2/)"; fi; }
check_gone() { if wait_gone "$2" "${3:-300}"; then pass "$1"; else fail "$1 (still shows /$2/)"; fi; }

keys() { tm send-keys -t "$SESSION" "$@"; }
shell() { tm send-keys -t "$SESSION" -l "$1"; tm send-keys -t "$SESSION" Enter; }

# A fresh interactive shell at 120x40 in the scratch folder, with a plain prompt.
new_shell() {
    local command="env -i HOME='$WORK' PATH='$PATH' TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 PS1='e2e\$ ' bash --norc --noprofile -i"
    if tm has-session -t "$SESSION" 2>/dev/null; then
        tm resize-window -t "$SESSION" -x "${1:-120}" -y "${2:-40}"
        tm respawn-pane -k -t "$SESSION" -c "$WORK" "$command"
    else
        tm new-session -d -s "$SESSION" -x "${1:-120}" -y "${2:-40}" -c "$WORK" "$command"
        tm set-option -t "$SESSION" window-size manual >/dev/null 2>&1
    fi
    wait_for '^e2e\$' || echo "warning: no shell prompt"
    shell "clear"
}

# Starts the explorer from the shell; its exit status appears as EXIT=<n>.
start_app() {
    shell "clear; '$BIN' $DATA_ARGS $*; echo EXIT=\$?"
}

# The app's pid: the child of the pane's shell.
app_pid() { pgrep -P "$(tm display-message -p -t "$SESSION" '#{pane_pid}')" | head -1; }

# The terminal is usable: after the app exits, stty reports echo and icanon (not -echo/-icanon).
check_terminal_sane() {
    shell "clear; stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(echo|icanon)' | sort | paste -sd, - | sed 's/^/STTY=/'"
    check "$1: terminal usable afterwards (echo, icanon)" '^STTY=echo,icanon$'
}


echo "# biasexplorer terminal safety: $BIN ${DATA:+(data $DATA)}"

# --- 20x5 at start, then grown while running ----------------------------------------------------------------------
new_shell 20 5
start_app --view tau
check "20x5: says the size it needs" 'need 40x10'
tm resize-window -t "$SESSION" -x 120 -y 40
check "20x5 grown to 120x40: explorer drawn" ' Tau │ correct'
keys C-c
check "grown from 20x5: Ctrl-C quits" '^EXIT=0$'
check_terminal_sane "20x5 then grown"

# --- resized while stopped, then fg -------------------------------------------------------------------------------
start_app --view counts
check "stop+resize: app running" ' Counts │ correct'
keys C-z
check "stop+resize: shell reports the job stopped" 'Stopped'
tm resize-window -t "$SESSION" -x 70 -y 20
check_terminal_sane "stopped and resized"
shell "fg"
check "stop+resize then fg: redrawn" ' Counts │ correct'
tm resize-window -t "$SESSION" -x 120 -y 40
check "stop+resize then fg: follows the next resize" ' Counts │ correct'
keys C-c
check_gone "stop+resize: Ctrl-C quits" ' Counts │ correct'
check_terminal_sane "stop, resize and resume"

# --- signals in the middle of an interaction ----------------------------------------------------------------------
start_app --view tau
check "filter typing: app running" ' Tau │ correct'
keys f p y t
sleep 0.3
pid=$(app_pid)
if [[ -n $pid ]]; then kill -TERM "$pid"; fi
check "SIGTERM while typing a filter: exits 143" '^EXIT=143$'
check_terminal_sane "SIGTERM while typing a filter"

start_app --view tau
check "help open: app running" ' Tau │ correct'
keys '?'
check "help open: overlay shown" 'Keys — Esc'
pid=$(app_pid)
if [[ -n $pid ]]; then kill -HUP "$pid"; fi
check "SIGHUP with help open: exits 129" '^EXIT=129$'
check_terminal_sane "SIGHUP with help open"

start_app --view tau
check "two SIGINTs: app running" ' Tau │ correct'
pid=$(app_pid)
if [[ -n $pid ]]; then kill -INT "$pid"; kill -INT "$pid" 2>/dev/null; fi
check "two SIGINTs in a row: exits 130" '^EXIT=130$'
check_terminal_sane "two SIGINTs"

# --- TERM=dumb leaves the terminal as it was ------------------------------------------------------------------------
shell "clear; TERM=dumb '$BIN' $DATA_ARGS; echo EXIT=\$?"
check "TERM=dumb: exit 1" '^EXIT=1$'
check_terminal_sane "TERM=dumb"

echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
