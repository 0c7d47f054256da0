#!/usr/bin/env bash
# Runs each fuzz harness in turn for a bounded time (default 60 s each), on one core, from fuzz/seeds plus the
# corpus the previous runs grew (fuzz/.build/corpus), and the regression inputs in fixtures/fuzz-regressions.
# Prints executions and crashes per harness; exits non-zero when any harness crashed.
# Usage: fuzz/run.sh [SECONDS] [HARNESS...]   (build first with fuzz/build.sh)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
seconds="${1:-60}"
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(logits json vocabulary csv keys)
status=0
printf '%-11s %12s %8s %8s %s\n' harness executions exec/s crashes seconds
for name in "${harnesses[@]}"; do
    binary="$here/.build/bin/$name"
    [ -x "$binary" ] || { echo "missing $binary: run fuzz/build.sh" >&2; exit 2; }
    corpus="$here/.build/corpus/$name"
    artifacts="$here/.build/artifacts/$name"
    mkdir -p "$corpus" "$artifacts"
    regressions="$root/fixtures/fuzz-regressions/$name"
    inputs=("$corpus" "$here/seeds/$name")
    [ -d "$regressions" ] && inputs+=("$regressions")
    max_len=65536
    [ "$name" = keys ] && max_len=4096
    log="$here/.build/$name.log"
    ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" "$binary" -max_total_time="$seconds" -max_len="$max_len" \
        -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts/" "${inputs[@]}" \
        >"$log" 2>&1
    code=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    crashes=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
    if [ "$code" -ne 0 ] && [ "$crashes" -eq 0 ]; then crashes=1; fi
    printf '%-11s %12s %8s %8s %s\n' "$name" "${runs:-?}" "${speed:-?}" "$crashes" "$seconds"
    if [ "$crashes" -ne 0 ]; then
        status=1
        echo "  $name crashed: see $log and $artifacts" >&2
        grep -m5 -E 'ERROR|Fatal error|SUMMARY' "$log" >&2
    fi
done
exit $status
