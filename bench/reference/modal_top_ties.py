"""Independent check of correct-mode modal_top_freq (README decision 9: a tied top credits every tied
demographic) for pythia-70m, hf, plain, en, race, templates 0-9, templates with a NaN dropped (spec section2.md §5).
Usage: python3 bench/reference/modal_top_ties.py ../shared/crosscare"""
import json, math, sys
from scipy.stats import rankdata

path = f"{sys.argv[1]}/logits_results/hf/output_pile/EleutherAI_pythia-70m-deduped/logits_race_en.json"
data = json.load(open(path, encoding="utf-8"))
values = []
for disease, pairs in data.items():
    rows = []
    for t in range(10):
        row = [logits[t] for _, logits in pairs]
        if any(math.isnan(x) for x in row): continue
        rows.append(rankdata([-x for x in row]))
    if not rows: continue
    tally = [0] * len(rows[0])
    for ranks in rows:
        best = min(ranks)
        for i, r in enumerate(ranks):
            if r == best: tally[i] += 1
    values.append(max(tally))
print("diseases", len(values), "mean modal_top_freq", sum(values) / len(values))
