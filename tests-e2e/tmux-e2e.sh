#!/usr/bin/env bash
# End-to-end tests of the explorer: the real binary under tmux, driven with keys and signals, checking the captured
# screen at each step and that the terminal is usable afterwards (stty shows echo and icanon).
#
#   tests-e2e/tmux-e2e.sh PATH/TO/biasexplorer [DATA_DIR]
#
# Builds nothing. DATA_DIR (or $BIASEXPLORER_E2E_DATA) is passed as --data; without it the embedded data is used.
# Runs on a private tmux server (-L) in a scratch folder; the last line is "N passed, M failed"; exit 1 on failure.
set -u

source "$(dirname "$0")/lib.sh"
e2e_setup bx-e2e e2e "PATH/TO/biasexplorer [DATA_DIR]" "$@"

echo "# biasexplorer e2e: $BIN ${DATA:+(data $DATA)}"

# --- navigation, filters, drill-down, export, help, resize, Ctrl-C ---------------------------------------------
new_shell
start_app
check "start: tab bar and status line" '\[1 Windows\] 2 Counts'
check "start: status line shows the settings" ' Windows │ correct │ .*lang en'
keys Tab
check "Tab: next view" ' Counts │ correct'
keys 7
check "7: the seventh view (Tau)" ' Tau │ correct'
keys f; tm send-keys -t "$SESSION" -l "pythia"
check "f: model filter prompt echoes typing" 'models: pythia'
keys Enter
check "f: model filter applied in the status line" '│ models pythia │'
check "f: side list narrowed to pythia models" 'Models [0-9]+/[0-9]+'
keys L
check "L: language cycles to es" 'lang es'
keys Enter
check "Enter: drills down, or says there is nothing to drill" 'Tau ›1|nothing to drill into'
if screen | grep -q 'Tau ›1'; then
    keys q
    check "q: back at the root view" ' Tau │ correct'
fi
keys x
check "x: the export dialog shows the default name" 'export to: tau-[a-z0-9_-]+\.txt'
keys Enter
check "x Enter: export says where" 'wrote \./tau-[a-z0-9_-]+\.txt'
keys x Tab Enter
check "x Tab Enter: the ansi form" 'wrote \./tau-[a-z0-9_-]+\.ansi'
keys x Tab Tab Tab Enter
check "x Tab×3 Enter: the csv of the sheet" 'wrote \./tau-[a-z0-9_-]+\.csv'
if ls "$WORK"/tau-*.txt "$WORK"/tau-*.ansi "$WORK"/tau-*.csv >/dev/null 2>&1; then
    pass "x: export wrote .txt, .ansi and .csv in the working folder"
else
    fail "x: export files missing in $WORK"
fi
keys x Enter
check "x again: never overwrites" 'not overwritten: '
keys '?'
check "?: help overlay lists the commands" 'Keys — j/k PgUp/PgDn scroll'
keys Escape
check_gone "Esc: help closed" 'Keys — j/k'
tm resize-window -t "$SESSION" -x 30 -y 8
check "resize to 30x8: says the size it needs" 'need 40x10'
for size in 50x12 90x30 41x10 130x45 60x20 100x30 45x11 120x40; do
    tm resize-window -t "$SESSION" -x "${size%x*}" -y "${size#*x}"
done
check "burst of resizes back to 120x40: redrawn" ' Tau │ correct'
keys C-c
check "Ctrl-C: quits with status 0" '^EXIT=0$'
check_terminal_sane "Ctrl-C"

# --- signals from outside ------------------------------------------------------------------------------------------
for signal in TERM:143 INT:130 HUP:129; do
    name=${signal%:*} status=${signal#*:}
    start_app --view tau
    check "SIG$name: app running" ' Tau │ correct'
    pid=$(app_pid)
    if [[ -n $pid ]]; then kill -"$name" "$pid"; fi
    check "SIG$name: exits with $status" "^EXIT=$status\$"
    check_terminal_sane "SIG$name"
done

# --- Ctrl-Z, then fg ----------------------------------------------------------------------------------------------
start_app --view counts
check "Ctrl-Z: app running" ' Counts │ correct'
keys C-z
check "Ctrl-Z: shell reports the job stopped" 'Stopped'
check_terminal_sane "Ctrl-Z (while stopped)"
shell "fg"
check "fg: explorer redrawn" ' Counts │ correct'
keys Tab
check "fg: keys work again" ' Ranks │ correct'
keys q
check_gone "q at the root: quits" ' Ranks │ correct'
shell "clear; echo FG_EXIT=\$?"
check "q at the root: status 0" '^FG_EXIT=0$'
check_terminal_sane "suspend and resume"

# --- SIGTSTP from outside (ncurses' own handler), then fg -----------------------------------------------------------
start_app --view ranks
check "SIGTSTP: app running" ' Ranks │ correct'
pid=$(app_pid)
if [[ -n $pid ]]; then kill -TSTP "$pid"; fi
check "SIGTSTP: shell reports the job stopped" 'Stopped'
check_terminal_sane "SIGTSTP (while stopped)"
shell "fg"
check "SIGTSTP then fg: explorer redrawn" ' Ranks │ correct'
keys C-c
check_gone "SIGTSTP then fg: Ctrl-C quits" ' Ranks │ correct'
check_terminal_sane "SIGTSTP and resume"

# --- presets ------------------------------------------------------------------------------------------------------
start_app --view tau --model pythia --language zh --mode paper --logit-type hf_tf --context american
check "preset: opens exactly there" ' Tau │ paper │ logit hf_tf │ ctx american │ lang zh .*models pythia'
keys C-c
check "preset: quits" '^EXIT=0$'
start_app --view nosuchview
check "preset: a bad view is a clear error" "--view 'nosuchview': use one of"
check "preset: bad view exits non-zero" '^EXIT=64$'

# --- hostile terminals --------------------------------------------------------------------------------------------
new_shell 20 5
start_app
check "20x5: says the size it needs" 'need 40x10'
keys C-c
check "20x5: Ctrl-C quits" '^EXIT=0$'
new_shell
shell "clear; env -u TERM '$BIN' $DATA_ARGS; echo EXIT=\$?"
check "TERM unset: a message, not a crash" 'TERM is not set'
check "TERM unset: exit 1" '^EXIT=1$'
check_terminal_sane "TERM unset"
shell "clear; TERM=dumb '$BIN' $DATA_ARGS; echo EXIT=\$?"
check "TERM=dumb: a message, not a crash" 'TERM=dumb cannot draw'
check "TERM=dumb: exit 1" '^EXIT=1$'
shell "clear; TERM=no-such-terminal '$BIN' $DATA_ARGS; echo EXIT=\$?"
check "unknown TERM: a message, not a crash" "unknown terminal type 'no-such-terminal'"
check_terminal_sane "unknown TERM"
shell "clear; '$BIN' $DATA_ARGS | cat; echo EXIT=\${PIPESTATUS[0]}"
check "stdout not a terminal: points to render" 'use .biasexplorer render VIEW.'
check "stdout not a terminal: exit 1" '^EXIT=1$'

echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
