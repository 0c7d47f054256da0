#!/usr/bin/env bash
# Shared helpers of the end-to-end scripts: a private tmux server, bounded polling of the captured screen, pass/fail
# counting, a clean interactive shell, starting the app and checking the terminal afterwards.
# A script sources this file, then calls `e2e_setup NAME SESSION USAGE_ARGS "$@"` (or sets BIN, SOCKET, WORK,
# SESSION, PASSED, FAILED and DATA_ARGS itself, as hostile-e2e.sh does).

# e2e_setup NAME SESSION USAGE_ARGS BINARY [DATA_DIR]: checks the arguments and tmux, then sets BIN (absolute),
# DATA and DATA_ARGS (`--data DIR` from DATA_DIR or $BIASEXPLORER_E2E_DATA; empty: the embedded data; USAGE_ARGS without
# DATA_DIR ignores both), SOCKET, WORK (a scratch folder, removed on exit), SESSION, PASSED=0 and FAILED=0.
e2e_setup() {
    local name=$1 session=$2 usage=$3
    shift 3
    if [[ $# -lt 1 || ! -x $1 ]]; then
        echo "usage: $0 $usage" >&2
        exit 2
    fi
    command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 2; }
    BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
    DATA_ARGS=""
    DATA=""
    if [[ $usage == *DATA_DIR* ]]; then
        DATA=${2:-${BIASEXPLORER_E2E_DATA:-}}
        [[ -n $DATA ]] && DATA_ARGS="--data '$(cd "$DATA" && pwd)'"
    fi
    SOCKET="$name-$$"
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/$name.XXXXXX")
    SESSION=$session
    PASSED=0
    FAILED=0
}

tm() { tmux -L "$SOCKET" "$@"; }
cleanup() {
    [[ -n ${SOCKET:-} ]] && { tm kill-server 2>/dev/null; sleep 0.2; }
    [[ -n ${WORK:-} ]] && rm -rf "$WORK" 2>/dev/null
    true
}
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
