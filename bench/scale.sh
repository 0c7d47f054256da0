#!/usr/bin/env bash
# The scale benchmark of issue 21 (not run by CI): builds release, then for the real data (1×) and synthetic roots
# grown 10× and 50× by the hidden `biasexplorer synthesize` (≈ 1.9 GB and 9.6 GB, made here and deleted afterwards)
# prints the explorer's first frame and the resident memory after it, the first frame of a view that needs another
# configuration (`biasexplorer-bench --scale-figures`: the explorer's own loop over its lazy data, with a terminal
# that records when each frame is drawn), `check` and `tables` as
# whole processes (wall time and peak RSS from /usr/bin/time -v), then the ratios against 1× and the targets.
#
# Usage: bench/scale.sh [DATA_ROOT] [SCALES]    (defaults: ../shared/crosscare, "1 10 50"; 1 = the root itself)
# Environment: SCALE_ROOTS=DIR uses DIR/root-<scale> when it exists (made by `synthesize` before, left in place)
# instead of synthesizing one; SCALE_PARTS="check tables" measures only those (default "explorer check tables");
# EXPLORER_ONLY=1 is SCALE_PARTS=explorer.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/crosscare}"
SCALES="${2:-1 10 50}"
PARTS="${SCALE_PARTS:-explorer check tables}"
[ -z "${EXPLORER_ONLY:-}" ] || PARTS=explorer
wants() { case " $PARTS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
[ -d "$DATA" ] || { echo "scale: no data root '$DATA'" >&2; exit 2; }
DATA="$(cd "$DATA" && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/bx-scale.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "== build (release)"
swift build -c release 2>&1 | tail -n 1
BIN="$(swift build -c release --show-bin-path)/biasexplorer"
BENCH="$(swift build -c release --show-bin-path)/biasexplorer-bench"

# One timed process: prints "<wall seconds> <peak RSS MB> <exit status>".
timed_process() {
    local log="$WORK/time.txt" status=0
    /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$WORK/stderr.txt" || status=$?
    awk -F': ' -v status="$status" '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
        for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
        /Maximum resident set size/ { rss = $2 / 1024 }
        END { printf "%.2f %.0f %s\n", wall, rss, status }' "$log"
}

# figure() NAME VALUE: remembers a figure for the summary.
figure() { echo "$1 $2" >> "$WORK/figures.txt"; }

for SCALE in $SCALES; do
    MADE=0
    if [ "$SCALE" = 1 ]; then
        ROOT="$DATA"
    elif [ -n "${SCALE_ROOTS:-}" ] && [ -d "$SCALE_ROOTS/root-$SCALE/logits_results" ]; then
        ROOT="$SCALE_ROOTS/root-$SCALE"
    else
        MADE=1
        ROOT="$WORK/root-$SCALE"
        echo "== synthesize ${SCALE}x"
        "$BIN" synthesize --from "$DATA" --scale "$SCALE" --out "$ROOT"
    fi
    echo "== ${SCALE}x: $(du -sh "$ROOT" | cut -f1)"
    # Every figure with the root's files in the page cache, as the study's root is after any earlier run: a cold
    # 10 GB root adds the disk's read time (check at 50x: 92 s cold against 44 s warm on this machine).
    # Warmed again before each command: this machine's memory reclaim (and the previous command's memory) can
    # evict part of a 10 GB root between figures (check at 50x: 15.8 s warm, 20-31 s after the explorer's figures).
    warm() { find "$ROOT" -type f -print0 | xargs -0 cat > /dev/null; }
    warm
    : > "$WORK/explorer.txt"
    if wants explorer; then "$BENCH" --scale-figures --data "$ROOT" | tee "$WORK/explorer.txt"; fi
    if wants check; then
        warm
        # check parses every file, a batch at a time, and keeps no logits (exit 1 = the root has errors).
        read -r WALL RSS STATUS < <(timed_process "$BIN" check --data "$ROOT")
        echo "check: wall $WALL s, peak RSS $RSS MB, exit $STATUS"
        figure "check_time_$SCALE" "$WALL"; figure "check_rss_$SCALE" "$RSS"
    fi
    if wants tables; then
        warm
        # tables computes a few configurations at a time (streamed); its output is written under $WORK.
        rm -rf "$WORK/tables"
        read -r WALL RSS STATUS < <(timed_process "$BIN" tables --data "$ROOT" --out "$WORK/tables")
        echo "tables: wall $WALL s, peak RSS $RSS MB, exit $STATUS"
        [ "$STATUS" = 0 ] || echo "tables failed: $(head -c 300 "$WORK/stderr.txt")"
        figure "tables_time_$SCALE" "$WALL"; figure "tables_rss_$SCALE" "$RSS"
        rm -rf "$WORK/tables"
    fi
    sed -n 's/^bench: first-frame-seconds \(.*\)$/\1/p' "$WORK/explorer.txt" | while read -r v; do figure "first_time_$SCALE" "$v"; done
    sed -n 's/^bench: first-frame-rss-mb \(.*\)$/\1/p' "$WORK/explorer.txt" | while read -r v; do figure "first_rss_$SCALE" "$v"; done
    sed -n 's/^bench: second-frame-seconds \(.*\)$/\1/p' "$WORK/explorer.txt" | while read -r v; do figure "second_time_$SCALE" "$v"; done
    sed -n 's/^bench: other-group-frame-seconds \([0-9.]*\).*$/\1/p' "$WORK/explorer.txt" | while read -r v; do figure "other_time_$SCALE" "$v"; done
    sed -n 's/^bench: complete-frame-seconds \([0-9.]*\).*$/\1/p' "$WORK/explorer.txt" | while read -r v; do figure "complete_time_$SCALE" "$v"; done
    [ "$MADE" = 0 ] || rm -rf "$ROOT"
done

echo "== targets (ratios against 1x, this run)"
awk '{ v[$1] = $2 }
    function ratio(name, scale, limit, what) {
        if (!((name "_" scale) in v) || !((name "_1") in v)) return
        r = v[name "_" scale] / v[name "_1"]
        printf "%-40s %8.2f / %8.2f = %6.2fx (target <= %sx): %s\n", what " " scale "x vs 1x", v[name "_" scale],
               v[name "_1"], r, limit, (r <= limit ? "met" : "NOT met")
    }
    function most(name, scale, limit, unit, what) {
        if (!((name "_" scale) in v)) return
        printf "%-40s %8.2f %s (target <= %s %s): %s\n", what " " scale "x", v[name "_" scale], unit, limit, unit,
               (v[name "_" scale] <= limit ? "met" : "NOT met")
    }
    END {
        ratio("first_time", 10, 1.5, "explorer first frame"); ratio("first_time", 50, 2, "explorer first frame")
        most("first_rss", 1, 300, "MB", "resident after first frame"); most("first_rss", 10, 300, "MB", "resident after first frame"); most("first_rss", 50, 300, "MB", "resident after first frame")
        most("second_time", 50, 0.6, "s", "new-configuration frame (first with data)")
        if ("complete_time_50" in v) printf "%-40s %8.2f s (no target: every model parsed)\n",
            "  the same view complete 50x", v["complete_time_50"]
        most("other_time", 50, 0.6, "s", "new-configuration frame, gender (half the bytes)")
        ratio("tables_time", 50, 50, "tables"); most("tables_rss", 50, 1024, "MB", "tables peak")
        ratio("check_time", 50, 60, "check"); most("check_rss", 50, 1024, "MB", "check peak")
    }' "$WORK/figures.txt"
