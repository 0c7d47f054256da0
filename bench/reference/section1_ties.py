"""Independent check of the correct-mode tie rules of Section 1 (README decision 9) on the real counts:
window agreement with weak orders (ties stay ties) and tie-credited first / second-last / last positions.
Usage: python3 bench/reference/section1_ties.py ../shared/crosscare"""
import csv, sys
from collections import defaultdict
from scipy.stats import rankdata

root = sys.argv[1]
labels = {"race": {"white/caucasian": "white", "black/african american": "black", "asian": "asian",
                   "hispanic/latino": "hispanic", "native american/indigenous": "indigenous",
                   "pacific islander": "pacific islander"},
          "gender": {"male": "male", "female": "female", "non-binary": "non-binary", "nonbinary": "non-binary"}}
order = {"race": ["white", "black", "asian", "hispanic", "indigenous", "pacific islander"],
         "gender": ["male", "female", "non-binary"]}

def load(group, window):
    counts = defaultdict(lambda: defaultdict(int))
    path = f"{root}/co_occurrence_results/output_pile/aggregated_counts/aggregated_{group}_{window}.csv"
    for row in csv.DictReader(open(path, encoding="utf-8")):
        key = row["Disease"].strip().lower()
        if key.endswith(".0"): key = key[:-2]
        demographic = labels[group].get(row["Demographics"].strip().lower())
        if demographic: counts[key][demographic] += int(float(row["Counts"]))
    return {k: [v[d] for d in order[group]] for k, v in counts.items()}

for group in ["gender", "race"]:
    windows = [load(group, w) for w in (10, 50, 100, 250)]
    common = set.intersection(*(set(w) for w in windows))
    ranks = {d: [tuple(rankdata([-x for x in w[d]])) for w in windows] for d in common}
    tops = {d: [frozenset(i for i, r in enumerate(rr) if r == min(rr)) for rr in ranks[d]] for d in common}
    identical = sum(all(r == ranks[d][0] for r in ranks[d]) for d in common)
    same_top = sum(all(t == tops[d][0] for t in tops[d]) for d in common)
    pairs = [(0, 3), (1, 3), (2, 3), (1, 2)]
    pairwise = [sum(ranks[d][a] == ranks[d][b] for d in common) for a, b in pairs]
    print(group, "diseases", len(common), "identical", identical, "same_top", same_top, "pairwise", pairwise)
    w250 = windows[3]
    n = len(order[group])
    first, second, last = [0] * n, [0] * n, [0] * n
    for d, v in w250.items():
        for i in range(n):
            above = sum(x > v[i] for x in v); equal = sum(x == v[i] for x in v)
            covers = lambda p: above + 1 <= p <= above + equal
            first[i] += covers(1); second[i] += covers(n - 1); last[i] += covers(n)
    print(group, "w250 diseases", len(w250), "first", first, "second_last", second, "last", last)
