#!/usr/bin/env bash
# The performance benchmark of issue 8 (not run by CI): builds release, runs `biasexplorer-bench` (its own
# executable, not part of the shipped binary), times `biasexplorer tables` as whole processes (both modes), runs the
# pandas/scipy peer and prints the speed ratio.
#
# Usage: bench/run.sh [DATA_ROOT] [RUNS]    (defaults: ../shared/crosscare, 7)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/crosscare}"
RUNS="${2:-7}"
[ -d "$DATA" ] || { echo "bench: no data root '$DATA' (pass the full Cross-Care data as the first argument)" >&2; exit 2; }
DATA="$(cd "$DATA" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "== build (release)"
swift build -c release 2>&1 | tail -n 2
BIN="$(swift build -c release --show-bin-path)/biasexplorer"
BENCH="$(swift build -c release --show-bin-path)/biasexplorer-bench"

echo "== biasexplorer-bench (medians over $RUNS runs)"
"$BENCH" --data "$DATA" --runs "$RUNS" | tee "$WORK/bench.txt"

# One timed process: prints "<wall seconds> <peak RSS MB> <exit status>".
timed_process() {
    local log="$WORK/time.txt" status=0
    if /usr/bin/time -v true >/dev/null 2>&1; then
        /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$WORK/stderr.txt" || status=$?
        local wall rss
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
               for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
        rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
        echo "$wall $rss $status"
    else
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null 2>"$WORK/stderr.txt" || status=$?
        end=$(date +%s.%N)
        echo "$(echo "$end - $start" | bc) - $status"
    fi
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "== (c) tables as a whole process (median of 3 per mode; /usr/bin/time -v)"
TABLES_OK=1
for MODE in correct paper; do
    : > "$WORK/walls.txt"; : > "$WORK/rss.txt"
    for _ in 1 2 3; do
        read -r WALL RSS STATUS < <(timed_process "$BIN" tables --data "$DATA" --out "$WORK/tables-$MODE" --mode "$MODE" --force)
        if [ "$STATUS" != 0 ]; then
            TABLES_OK=0
            echo "tables --mode $MODE failed (exit $STATUS): $(head -c 200 "$WORK/stderr.txt")"
            break
        fi
        echo "$WALL" >> "$WORK/walls.txt"; echo "$RSS" >> "$WORK/rss.txt"
    done
    [ "$TABLES_OK" = 1 ] || break
    WALL=$(median < "$WORK/walls.txt"); RSS=$(sort -g "$WORK/rss.txt" | tail -n 1)
    echo "tables --mode $MODE: wall $WALL s, peak RSS $RSS MB"
done
[ "$TABLES_OK" = 1 ] && echo "(each process loads, computes every table in both modes for paper_vs_correct.csv and writes one mode's 18 files)"

echo "== peer (pandas/scipy): bench/peer.py"
python3 bench/peer.py "$DATA" | tee "$WORK/peer.txt"

PEER=$(sed -n 's/.*total wall \([0-9.]*\) s.*/\1/p' "$WORK/peer.txt")
PEER_CPU=$(sed -n 's/.*, cpu \([0-9.]*\) s.*/\1/p' "$WORK/peer.txt")
OURS_CPU=$(sed -n 's/^bench: peer-equivalent cpu seconds \([0-9.]*\)$/\1/p' "$WORK/bench.txt")
OURS=$(sed -n 's/^bench: peer-equivalent seconds \([0-9.]*\)$/\1/p' "$WORK/bench.txt")
echo "== ratio"
if [ -n "$PEER" ] && [ -n "$OURS" ]; then
    awk -v p="$PEER" -v o="$OURS" 'BEGIN { r = p / o; printf "peer %.2f s / biasexplorer %.3f s = %.0fx faster (target >= 100x): %s\n",
        p, o, r, (r >= 100 ? "met" : "NOT met") }'
    [ -n "$PEER_CPU" ] && [ -n "$OURS_CPU" ] && awk -v p="$PEER_CPU" -v o="$OURS_CPU" \
        'BEGIN { printf "CPU time: peer %.2f s / biasexplorer %.3f s = %.0fx (less affected by other load on the machine)\n", p, o, p / o }'
else
    echo "could not read both timings (peer: '${PEER}', biasexplorer: '${OURS}')"
fi
