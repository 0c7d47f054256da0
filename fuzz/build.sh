#!/usr/bin/env bash
# Builds one libFuzzer binary per parser, outside SwiftPM: Sources/Analysis as a module, then Sources/Data (minus
# nothing: Bundle.module is supplied by fuzz/support/BundleModule.swift) + the support files + one harness each.
# The key decoder harness compiles only Sources/TUI/Terminal/{Key,KeyDecoder}.swift (no ncurses).
# Usage: fuzz/build.sh   → binaries in fuzz/.build/bin/{logits,json,vocabulary,csv,keys}
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/.build"
mkdir -p "$out/bin" "$out/analysis"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)

mapfile -t analysis < <(find "$root/Sources/Analysis" -name '*.swift' | sort)
mapfile -t data < <(find "$root/Sources/Data" -name '*.swift' | sort)
support=("$here"/support/*.swift)

echo "building module Analysis (${#analysis[@]} files)"
(cd "$out/analysis" && swiftc "${flags[@]}" -module-name Analysis -emit-module -emit-module-path "$out/analysis/Analysis.swiftmodule" \
    -emit-library -static -o "$out/analysis/libAnalysis.a" "${analysis[@]}")

build_data_harness() {
    local name="$1" file="$2"
    echo "building $name"
    swiftc "${flags[@]}" -module-name FuzzData -I "$out/analysis" -L "$out/analysis" -lAnalysis \
        -o "$out/bin/$name" "${data[@]}" "${support[@]}" "$here/harness/$file" 2>&1 | { grep -v "Cannot export local symbol" || true; }
}
build_data_harness logits FuzzLogits.swift
build_data_harness json FuzzJSON.swift
build_data_harness vocabulary FuzzVocabulary.swift
build_data_harness csv FuzzCSV.swift

echo "building keys"
swiftc "${flags[@]}" -module-name FuzzKeys -o "$out/bin/keys" \
    "$root/Sources/TUI/Terminal/Key.swift" "$root/Sources/TUI/Terminal/KeyDecoder.swift" "$here/harness/FuzzKeys.swift" \
    2>&1 | { grep -v "Cannot export local symbol" || true; }
echo "fuzz binaries in $out/bin"
