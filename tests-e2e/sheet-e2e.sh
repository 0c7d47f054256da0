#!/usr/bin/env bash
# End-to-end checks of the explorer as a data tool (issue 16), at 80x24 under tmux: sideways scroll, Esc at the top
# level, help scrolling, the disease and value filters, the inspector, the export dialog, a 20 KB paste, the side
# panel.
#
#   tests-e2e/sheet-e2e.sh PATH/TO/biasexplorer [DATA_DIR]
#
# The last line is "N passed, M failed"; exit 1 on failure.
set -u

source "$(dirname "$0")/lib.sh"
e2e_setup bx-sheet sheet "PATH/TO/biasexplorer [DATA_DIR]" "$@"

echo "# biasexplorer sheet e2e: $BIN ${DATA:+(data $DATA)}"

new_shell 80 24
start_app --view templates
check "start at 80x24: Templates with a column window" 'cols 2–5/6'
check "below 100 columns the model panel is off" 'panel off \(<100 cols\)'

# --- sideways scroll ----------------------------------------------------------------------------------------------
keys l l l l l
check "l: scrolls sideways, the model column stays" 'cols 3–6/6'
check "l: the key column is still drawn" 'EleutherAI/pythia-70m'
keys z h
check "zh: half a page back" 'cols 2–5/6'

# --- Esc at the top level -----------------------------------------------------------------------------------------
keys Escape
check "Esc at the top: says it never quits" 'Esc never quits'
if screen | grep -q '^EXIT='; then fail "Esc at the top quit the explorer"; else pass "Esc at the top: still running"; fi

# --- help scrolls at 80x24 ----------------------------------------------------------------------------------------
keys '?'
check "?: help overlay" 'Keys — j/k PgUp/PgDn scroll'
keys PageDown PageDown PageDown PageDown
check "PgDn: help reaches the last binding" 'C-c +quit'
keys '/'; tm send-keys -t "$SESSION" -l "column"; keys Enter
check "/ in help: filters the bindings" 'hide-column'
check_gone "/ in help: other bindings filtered out" 'S-Tab +previous-view'
keys Escape
check_gone "Esc: help closed" 'Keys — j/k'

# --- disease and value filters ------------------------------------------------------------------------------------
keys 1
check "1: Windows" ' Windows │ correct'
keys d; tm send-keys -t "$SESSION" -l "asthma"
check "d: live disease filter" '1/[0-9]+ rows'
keys Enter
check "d: disease filter in the status line" 'disease asthma'
keys C
check "C: filters cleared" 'filters cleared'
keys 7
check "7: Tau" ' Tau │ correct'
keys '|'; tm send-keys -t "$SESSION" -l "tau_counts < 0.2"; keys Enter
check "|: value filter in the status line" 'where tau_counts < 0.2'
check "|: fewer rows" '│ [0-9]/[0-9]+ rows'

# --- inspector ----------------------------------------------------------------------------------------------------
keys l l l i
check "i: the inspector shows the column and its meaning" 'column  tau counts  \(tau_counts\)'
check "i: and the configuration" 'config  hf/american/en/race'
keys Escape
check_gone "Esc: inspector closed" 'Cell — Esc'

# --- export dialog ------------------------------------------------------------------------------------------------
keys x
check "x: the dialog shows the default name" 'export to: tau-correct-hf-american-en-race-tmpl0-9-w250\.txt'
keys Tab Tab Tab
check "Tab: steps the format to csv" 'w250\.csv.*\[csv '
keys Enter
check "Enter: says where it wrote" 'wrote \./tau-correct-hf-american-en-race-tmpl0-9-w250\.csv'
CSV="$WORK/tau-correct-hf-american-en-race-tmpl0-9-w250.csv"
if [[ -f $CSV ]] && head -1 "$CSV" | grep -q "^# biasexplorer render tau --where 'tau_counts < 0.2'"; then
    pass "export: provenance line with the equivalent command"
else
    fail "export: provenance line missing in $CSV"
fi
EXPECTED=$(cd "$WORK" && eval "'$BIN' $DATA_ARGS render tau --where 'tau_counts < 0.2' --format sheet" 2>/dev/null)
if [[ $EXPECTED == "$(cat "$CSV")" ]]; then pass "export: render reproduces the csv"; else fail "export: render differs"; fi
keys x Tab Tab Tab Enter
check "x again: never overwrites" 'not overwritten: '

# --- a 20 KB paste into the model filter --------------------------------------------------------------------------
head -c 20000 /dev/zero | tr '\0' 'a' > "$WORK/paste.txt"
tm load-buffer "$WORK/paste.txt"
keys f
START=$(date +%s%N)
tm paste-buffer -t "$SESSION"
keys Enter
check "paste: 20 KB applied as one capped edit" '^models: a{60}' 100
END=$(date +%s%N)
echo "     paste of 20 KB into the model filter: $(( (END - START) / 1000000 )) ms to the next frame"
keys C
check "C: model filter cleared" 'filters cleared'

# --- the side panel -----------------------------------------------------------------------------------------------
tm resize-window -t "$SESSION" -x 120 -y 30
check "120 columns: the model panel is shown" 'Models [0-9]+/[0-9]+'
keys '\'
check_gone "\\: the panel hides" 'Models [0-9]+/[0-9]+'
check "\\: its state in the status line" 'panel off'
keys '\'
check "\\ again: the panel is back" 'Models [0-9]+/[0-9]+'

keys q
check "q at the top: quits with status 0" '^EXIT=0$'
check_terminal_sane "q"

echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
