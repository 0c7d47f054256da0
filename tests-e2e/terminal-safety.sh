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

source "$(dirname "$0")/lib.sh"
e2e_setup bx-safety e2e "PATH/TO/biasexplorer [DATA_DIR]" "$@"


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
check "help open: overlay shown" 'Keys — j/k'
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

# --- every other signal whose default action ends the process (issue 20 item 4): the terminal is restored, then the
# signal is re-raised with its default action, so the shell sees the conventional status 128 + N and no crash
# prompt waits on a raw terminal (SIGQUIT used to start the Swift crash reporter's 30-second prompt).
for name in QUIT USR1 USR2 ALRM VTALRM XCPU PIPE; do
    number=$(kill -l "$name")
    shell "clear; ulimit -c 0; '$BIN' $DATA_ARGS --view tau; echo EXIT=\$?"
    check "SIG$name: app running" ' Tau │ correct'
    pid=$(app_pid)
    if [[ -n $pid ]]; then kill -"$name" "$pid"; fi
    check "SIG$name: exits $((128 + number))" "^EXIT=$((128 + number))\$"
    check_gone "SIG$name: no crash-reporter prompt" 'Press space|backtrace' 20
    # The shell puts its own stty settings back, so stty alone cannot show a skipped restore: the pane must also
    # have left the alternate screen and show the cursor again (what the handler's exit sequence does).
    modes=$(tm display-message -p -t "$SESSION" '#{alternate_on},#{cursor_flag}')
    if [[ $modes == "0,1" ]]; then pass "SIG$name: normal screen and cursor back"; else fail "SIG$name: screen modes $modes (want 0,1)"; fi
    check_terminal_sane "SIG$name"
done

# --- TERM=dumb leaves the terminal as it was ------------------------------------------------------------------------
shell "clear; TERM=dumb '$BIN' $DATA_ARGS; echo EXIT=\$?"
check "TERM=dumb: exit 1" '^EXIT=1$'
check_terminal_sane "TERM=dumb"

echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
