#!/usr/bin/env bash
# Rewrites every README figure block (after a `<!-- figure: VIEW OPTIONS… [--last N] -->` marker) with what
# `biasexplorer render VIEW OPTIONS…` prints now; FigureReadmeTests fails when a block is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-$(swift build --show-bin-path)/biasexplorer}
python3 - "$BIN" <<'PY'
import re, shlex, subprocess, sys
text = open("README.md").read()
def render(match):
    words = shlex.split(match.group(1))
    last = None
    if "--last" in words:
        at = words.index("--last"); last = int(words[at + 1]); del words[at:at + 2]
    out = subprocess.run([sys.argv[1], "render"] + words, capture_output=True, text=True, check=True).stdout.rstrip("\n")
    if last: out = "\n".join(out.split("\n")[-last:])
    return f"<!-- figure: {match.group(1)} -->\n```text\n{out}\n```"
text = re.sub(r"<!-- figure: (.*?) -->\n```text\n.*?```", render, text, flags=re.S)
open("README.md", "w").write(text)
PY
