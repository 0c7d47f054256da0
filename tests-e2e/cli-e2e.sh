#!/usr/bin/env bash
# The command line never hides a mistake (issue #14): usage errors exit 64 and say what would have worked, every
# view that lists rows honours --top, render prints no interactive cursor, and the explorer's preset says in the
# status line when a --model term matches nothing; figures keep their legends; a non-UTF-8 locale gets ASCII.
#
#   tests-e2e/cli-e2e.sh PATH/TO/biasexplorer
#
# Uses the embedded data. The last line is "N passed, M failed"; exit 1 on failure.
set -u

source "$(dirname "$0")/lib.sh"
e2e_setup bx-cli cli "PATH/TO/biasexplorer" "$@"

# expect_exit NAME STATUS REGEX -- COMMAND…: the command exits STATUS and its stderr matches REGEX.
expect_exit() {
    local name=$1 status=$2 pattern=$3
    shift 4
    "$@" >"$WORK/out.txt" 2>"$WORK/err.txt"
    local actual=$?
    if [[ $actual -eq $status ]] && grep -qE -- "$pattern" "$WORK/err.txt"; then
        pass "$name"
    else
        FAILED=$((FAILED + 1))
        echo "FAIL $name (exit $actual, expected $status and /$pattern/)"
        sed 's/^/     | /' "$WORK/err.txt" | head -5
    fi
}

echo "# biasexplorer command-line checks: $BIN"
expect_exit "--sort unknown column: exit 64, lists the columns" 64 \
    "not a column of tau; columns: model, family, params_b, tau_counts" -- "$BIN" render tau --sort 'tau counts'
expect_exit "--model matching nothing: exit 64, closest names" 64 \
    "no model matches 'pythya'; closest: EleutherAI/pythia" -- "$BIN" render tau --model pythya
expect_exit "--width too small: exit 64, says the minimum" 64 "smaller than the 40×8" -- \
    "$BIN" render tau --width 20 --height 5
expect_exit "--top negative: exit 64" 64 "--top must not be negative" -- "$BIN" render tau --top=-1

# --sort by a typed name sorts, --top keeps N rows, in a view other than counts.
"$BIN" render tau --sort +tau_counts --top 2 --width 120 --height 20 >"$WORK/tau.txt" 2>&1
rows=$(grep -cE '^[A-Za-z].*│' "$WORK/tau.txt")
if [[ $rows -eq 3 ]] && grep -q '▲' "$WORK/tau.txt"; then pass "tau: --top 2 keeps two rows, sorted ascending"
else FAILED=$((FAILED + 1)); echo "FAIL tau: --top 2 (rows with a frozen rule: $rows)"; sed 's/^/     | /' "$WORK/tau.txt"; fi
# Table rows are the lines with the frozen column's rule before the header's rule line; a figure beside the table
# (alignment's bars) has rules of its own, so only the part left of the figure is read.
for view in templates top-bottom alignment uncorrelated; do
    "$BIN" render "$view" --top 1 --width 160 --height 30 >"$WORK/$view.txt" 2>&1
    data_rows=$(cut -c1-60 "$WORK/$view.txt" | grep -cE '^[^ ].*│')
    if [[ $data_rows -le 2 ]]; then pass "$view: --top 1 shows one row"
    else FAILED=$((FAILED + 1)); echo "FAIL $view: --top 1 shows $data_rows lines with the frozen rule"; sed 's/^/     | /' "$WORK/$view.txt" | head -12; fi
done

# render carries no cursor marker.
"$BIN" render counts --width 100 --height 12 >"$WORK/counts.txt" 2>&1
if grep -qE '^> ' "$WORK/counts.txt"; then FAILED=$((FAILED + 1)); echo "FAIL render: cursor marker in output"
else pass "render: no cursor marker"; fi

# The explorer's preset: an unmatched --model goes to the status line, the pane keeps its rows.
new_shell
start_app --view tau --model pythya
check "explorer: unmatched --model named in the status line" "no model matches 'pythya'; closest"
check "explorer: pane not emptied by it" "pythia-70m-deduped"
keys q
check "explorer: quits" '^EXIT=0'

# Under a non-UTF-8 locale the explorer draws ASCII by itself and says so once (issue #17).
new_shell
shell "clear; LC_ALL=C '$BIN' --view counts; echo EXIT=\$?"
check "LC_ALL=C: the status line says the charset is ASCII" "ASCII charset: the locale \(LC_ALL=C\) is not UTF-8"
check "LC_ALL=C: heatmap legend in ASCII shades" "\[#\][0-9]"
if screen | grep -qP '[^\x00-\x7F]'; then FAILED=$((FAILED + 1)); echo "FAIL LC_ALL=C: non-ASCII on screen"; screen | sed 's/^/     | /'
else pass "LC_ALL=C: every character on screen is ASCII"; fi
keys q
check "LC_ALL=C: quits" '^EXIT=0'

# Figures keep their legends: the tau-vs-size panels at 100x32 in both charsets, the row-shaded heatmap.
for charset in unicode ascii; do
    "$BIN" render tau-size --width 100 --height 32 --charset "$charset" >"$WORK/tau-size-$charset.txt" 2>&1
    if grep -q "x: parameters, billions (log)" "$WORK/tau-size-$charset.txt" && grep -q "points plotted" "$WORK/tau-size-$charset.txt" \
        && grep -qE "pythia +.*mamba" "$WORK/tau-size-$charset.txt"; then pass "tau-size $charset: both panels, axis title and point count"
    else FAILED=$((FAILED + 1)); echo "FAIL tau-size $charset"; sed 's/^/     | /' "$WORK/tau-size-$charset.txt"; fi
done
"$BIN" render counts --shade row --width 100 --height 24 --charset ascii >"$WORK/counts-row.txt" 2>&1
if grep -q "share of the row's block, %" "$WORK/counts-row.txt" && grep -q "@ = largest in its row's block" "$WORK/counts-row.txt"; then
    pass "counts --shade row: share bins and the row maximum in the legend"
else FAILED=$((FAILED + 1)); echo "FAIL counts --shade row"; sed 's/^/     | /' "$WORK/counts-row.txt"; fi

# --format screen (the default) and ansi print the view as drawn; csv, markdown and text encode the same data table.
"$BIN" render tau --width 100 --height 20 >"$WORK/tau-default.txt" 2>&1
"$BIN" render tau --width 100 --height 20 --format screen >"$WORK/tau-screen.txt" 2>&1
if cmp -s "$WORK/tau-default.txt" "$WORK/tau-screen.txt" && grep -q "Mean Kendall tau-b" "$WORK/tau-screen.txt"; then
    pass "render: the default format is the screen"
else FAILED=$((FAILED + 1)); echo "FAIL render --format screen"; sed 's/^/     | /' "$WORK/tau-screen.txt" | head -5; fi
"$BIN" render tau --format csv >"$WORK/tau.csv" 2>&1
"$BIN" render tau --format markdown >"$WORK/tau.md" 2>&1
"$BIN" render tau --format text >"$WORK/tau-data.txt" 2>&1
csv_rows=$(($(wc -l <"$WORK/tau.csv") - 1))
md_rows=$(($(wc -l <"$WORK/tau.md") - 2))
text_rows=$(($(wc -l <"$WORK/tau-data.txt") - 2))
first_value=$(sed -n 2p "$WORK/tau.csv" | cut -d, -f4)
if [[ $csv_rows -gt 0 && $csv_rows -eq $md_rows && $csv_rows -eq $text_rows ]] \
    && head -1 "$WORK/tau.md" | grep -q '^| model | configuration | disease | tau_counts |' \
    && head -1 "$WORK/tau-data.txt" | grep -qE '^model +configuration +disease +tau_counts' \
    && sed -n 3p "$WORK/tau.md" | grep -qF -- "| $first_value |" && sed -n 3p "$WORK/tau-data.txt" | grep -qF -- " $first_value "; then
    pass "render --format csv|markdown|text: the same data table ($csv_rows rows)"
else FAILED=$((FAILED + 1)); echo "FAIL render data formats (csv $csv_rows, markdown $md_rows, text $text_rows rows)"
    head -3 "$WORK/tau.md" | sed 's/^/     | /'; head -3 "$WORK/tau-data.txt" | sed 's/^/     | /'; fi

echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
