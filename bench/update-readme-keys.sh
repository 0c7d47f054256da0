#!/usr/bin/env bash
# Rewrites the README's key table (between <!-- keys:begin --> and <!-- keys:end -->) from `biasexplorer keys --markdown`.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-$(swift build --show-bin-path)/biasexplorer}
python3 - "$BIN" <<'PY'
import subprocess, sys
table = subprocess.run([sys.argv[1], "keys", "--markdown"], capture_output=True, text=True, check=True).stdout
text = open("README.md").read()
begin, end = "<!-- keys:begin -->\n", "<!-- keys:end -->"
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open("README.md", "w").write(head + begin + table + end + tail)
PY
