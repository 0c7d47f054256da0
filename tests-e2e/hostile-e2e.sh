#!/usr/bin/env bash
# Hostile data end to end (issue 10): fixtures/hostile/root (model folders named with OSC 52 clipboard writes, CSI
# clear-screen, OSC 8 links, OSC 0 title changes, U+202E, `=cmd|`; NUL and hostile keys inside files), copied under
# a data-root folder whose own name holds an OSC 0 title change, through every output path of the real binary:
#   check, render VIEW --format text|ansi|markdown|csv, tables, error messages   (output files scanned for escapes)
#   the explorer under a private tmux server: escaped forms on screen, no ESC ] (OSC) in the raw pane output,
#   pane title unchanged, no clipboard/paste buffer set, exports clean, terminal sane afterwards (echo, icanon).
#
#   tests-e2e/hostile-e2e.sh PATH/TO/biasexplorer [HOSTILE_ROOT]
#
# Builds nothing; needs tmux and python3. Polling waits are bounded (30 s each). Last line "N passed, M failed";
# exit 1 on any failure, 2 on bad usage.
set -u

if [[ $# -lt 1 || ! -x $1 ]]; then
    echo "usage: $0 PATH/TO/biasexplorer [HOSTILE_ROOT]" >&2
    exit 2
fi
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is not installed" >&2; exit 2; }

BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
SOURCE_ROOT=${2:-$HERE/../fixtures/hostile/root}
[[ -d $SOURCE_ROOT/logits_results ]] || { echo "no hostile root at $SOURCE_ROOT" >&2; exit 2; }
SOCKET="bx-hostile-$$"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bx-hostile.XXXXXX")
SESSION=hostile
PASSED=0
FAILED=0
# The data root's folder name itself changes the window title: root ESC ]0;pwned BEL.
ROOT="$WORK/root"$'\e]0;pwned\a'
ROOT_TYPED="\$'$WORK/root\\e]0;pwned\\a'"   # the same path as bash $'...' text, typed into the pane
cp -R "$SOURCE_ROOT" "$ROOT"
mkdir "$WORK/out"

DATA_ARGS=${DATA_ARGS:-}
source "$(dirname "$0")/lib.sh"

# safe_file NAME FILE [ansi]: no C0/C1 control (but LF), DEL, bidi or invisible format character; for ansi output
# the tool's own SGR sequences (ESC [ digits ; m) are removed first and nothing else may remain.
safe_file() {
    local verdict
    verdict=$(python3 - "$2" "${3:-}" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
if sys.argv[2] == "ansi":
    text = re.sub("\x1b\\[[0-9;]*m", "", text)
bad = re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]", text)
print("clean" if bad is None else "leak " + repr(text[max(0, bad.start() - 40):bad.end() + 20]))
PY
)
    if [[ $verdict == clean ]]; then pass "$1"; else fail "$1: $verdict"; fi
}

# contains NAME FILE FIXED_TEXT
contains() { if grep -qF -- "$3" "$2"; then pass "$1"; else fail "$1 (no '$3' in $2)"; fi; }

echo "# biasexplorer hostile e2e: $BIN (data $SOURCE_ROOT)"

# --- commands without a terminal ------------------------------------------------------------------------------
cd "$WORK/out" || exit 2
"$BIN" check --data "$ROOT" > check.txt 2>&1
safe_file "check: no raw escapes" check.txt
contains "check: root name shown escaped" check.txt 'Data root: root\x1b]0;pwned\x07'
contains "check: OSC 52 model name shown escaped" check.txt 'Evil/\x1b]52;c;ZXZpbA==\x07clip'
contains "check: NUL in a key shown escaped" check.txt 'unknown disease "flu\x00nul"'
for view in windows counts ranks tau templates problems; do
    for format in screen ansi csv markdown text; do
        "$BIN" render "$view" --data "$ROOT" --format "$format" --color always --width 140 --height 50 \
            > "render-$view.$format" 2>&1
        safe_file "render $view --format $format: only the tool's own escapes" "render-$view.$format" \
            "$([[ $format == ansi ]] && echo ansi)"
    done
done
contains "render problems --format csv: formula neutralised" render-problems.csv "'=cmd|"
"$BIN" tables --data "$ROOT" --out "$WORK/out/tables" > tables.txt 2>&1
safe_file "tables: output lines clean" tables.txt
for table in "$WORK"/out/tables/*.csv; do
    [[ -e $table ]] || { fail "tables: no CSV written"; break; }
    safe_file "tables $(basename "$table"): clean" "$table"
    if python3 -c 'import csv, re, sys
number = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
sys.exit(any(c[:1] in ("=", "+", "-", "@", "\t", "\r") and not number.match(c) for r in csv.reader(open(sys.argv[1])) for c in r))' "$table"
    then pass "tables $(basename "$table"): no live formula"; else fail "tables $(basename "$table"): a live formula"; fi
done
"$BIN" render counts --data "$ROOT/missing" > error-render.txt 2>&1
safe_file "render error message: path escaped" error-render.txt
contains "render error message: shows the escaped path" error-render.txt 'root\x1b]0;pwned\x07/missing'
"$BIN" tables --out "$ROOT" > error-tables.txt 2>&1
safe_file "tables error message: path escaped" error-tables.txt

# --- the explorer under tmux ----------------------------------------------------------------------------------
tm new-session -d -s "$SESSION" -x 140 -y 45 -c "$WORK/out" \
    "env -i HOME='$WORK' PATH='$PATH' TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 PS1='e2e\$ ' bash --norc --noprofile -i"
tm set-option -g set-clipboard on >/dev/null 2>&1
tm set-option -g allow-rename on >/dev/null 2>&1
wait_for '^e2e\$' || echo "warning: no shell prompt"
TITLE_BEFORE=$(tm display-message -p -t "$SESSION" '#{pane_title}')
shell "clear; '$BIN' --data $ROOT_TYPED --view tau; echo EXIT=\$?"
check "explorer: starts on the hostile root" ' Tau │ correct'
check "explorer: OSC 52 model name shown escaped" '\\x1b\]52;c;ZXZpbA==\\x07clip'
check "explorer: CSI 2J model name shown escaped" '\\x1b\[2Jclear'
check "explorer: U+202E shown escaped" 'abc\\u202efed'
RAW=$(tm capture-pane -e -p -t "$SESSION")
if printf '%s' "$RAW" | LC_ALL=C grep -q $'\e\]'; then fail "explorer: raw pane has an OSC (ESC ])"; else pass "explorer: raw pane output has no OSC (ESC ])"; fi
if printf '%s' "$RAW" | python3 -c 'import re, sys; t = sys.stdin.read(); sys.exit(bool(re.search("\x1b(?!\\[[0-9;:]*m)", t)))'
then pass "explorer: raw pane has only SGR escapes"; else fail "explorer: raw pane has a non-SGR escape"; fi
keys x Enter
check "explorer: export says where" 'wrote \./tau-[a-z0-9_-]+\.txt'
keys x Tab Enter
check "explorer: ansi export says where" 'wrote \./tau-[a-z0-9_-]+\.ansi'
keys x Tab Tab Tab Enter
check "explorer: csv export says where" 'wrote \./tau-[a-z0-9_-]+\.csv'
keys x Tab Tab Tab Tab Enter
check "explorer: json export says where" 'wrote \./tau-[a-z0-9_-]+\.json'
for file in "$WORK"/out/tau-*; do
    [[ -e $file ]] || { fail "explorer: export files missing"; break; }
    safe_file "export $(basename "$file"): clean" "$file" "$([[ $file == *.ansi ]] && echo ansi)"
done
keys C-c
check "explorer: Ctrl-C quits with status 0" '^EXIT=0$'
shell "clear; '$BIN' --data $ROOT_TYPED --view problems; echo EXIT=\$?"
check "explorer problems view: hostile keys shown escaped" '\\x1b'
keys C-c
check "explorer problems view: quits" '^EXIT=0$'
shell "clear; stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(echo|icanon)' | sort | paste -sd, - | sed 's/^/STTY=/'"
check "terminal usable afterwards (echo, icanon)" '^STTY=echo,icanon$'
TITLE_AFTER=$(tm display-message -p -t "$SESSION" '#{pane_title}')
if [[ $TITLE_AFTER == "$TITLE_BEFORE" && $TITLE_AFTER != *pwned* ]]; then pass "pane title unchanged"
else fail "pane title changed: '$TITLE_BEFORE' -> '$TITLE_AFTER'"; fi
if [[ -z $(tm list-buffers 2>/dev/null) ]]; then pass "no clipboard write (no tmux paste buffer)"
else fail "a paste buffer was set: $(tm list-buffers)"; fi

echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
