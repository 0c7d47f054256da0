#!/usr/bin/env python3
"""Reference values for Tests/AnalysisTests/UncertaintyTests.swift (issue 18), printed as Swift literals.

Run: python3 bench/reference/uncertainty.py   (needs numpy and scipy; the values in the tests came from scipy 1.17.1,
numpy 2.4.6). CI has no scipy: the tests carry the printed values.
"""
import itertools

import numpy as np
import scipy
from scipy import stats


def tau_b(x, y):
    return float(stats.kendalltau(x, y, variant="b").statistic)


def p_exact(x, y):
    """scipy.stats.permutation_test, exact, pairings, statistic |tau-b|, alternative 'greater'.

    Only y is passed as a sample (x is fixed in the statistic), so 'pairings' enumerates the n! orderings of y
    against x; passing both would enumerate (n!)^2 pairings with the same p."""
    x = np.asarray(x, float)
    res = stats.permutation_test((np.asarray(y, float),), lambda b: abs(tau_b(x, b)), permutation_type="pairings",
                                 vectorized=False, n_resamples=np.inf, alternative="greater")
    return float(res.pvalue)


def sign_flip(d):
    """Exhaustive: fraction of the 2^n sign vectors with |mean| >= |observed mean| - 1e-9."""
    d = np.asarray(d, float)
    observed = abs(d.mean())
    hits = sum(abs((np.array(s) * d).mean()) >= observed - 1e-9 for s in itertools.product([1, -1], repeat=len(d)))
    return hits / 2 ** len(d)


print(f"// scipy {scipy.__version__}, numpy {np.__version__}")
print("// p_exact (permutation_test exact pairings |tau-b| greater)")
PERMUTATION_CASES = [
    ([1, 2, 3, 4, 5, 6], [3, 1, 4, 1, 5, 9]),
    ([0.3, 0.1, 0.2, 0.6, 0.5, 0.4], [10, 0, 0, 7, 7, 2]),
    ([1, 1, 2, 3, 3, 4], [0, 0, 0, 5, 2, 7]),
    ([-1.0, -2.0, -3.0], [10, 20, 0]),
    ([5, 4, 3, 2, 1], [1, 2, 3, 4, 6]),
    ([2, 7, 1, 8, 2, 8, 1], [3, 1, 4, 1, 5, 9, 2]),
    ([1, 2], [2, 1]),
]
for x, y in PERMUTATION_CASES:
    print(f"(x: {x}, y: {y}, tau: {tau_b(x, y)!r}, p: {p_exact(x, y)!r}),")

print("// false_discovery_control(method='bh')")
ps = [0.0167, 0.4, 0.0014, 0.2, 1.0, 0.0014, 0.05, 0.9, 0.03]
print(f"p: {ps}\nq: {[float(v) for v in stats.false_discovery_control(ps, method='bh')]}")

print("// bootstrap(method='percentile') of the mean, 95 %, n_resamples=200000 (the Monte-Carlo limit)")
rng = np.random.default_rng(18)
taus = list(np.round(rng.uniform(-1, 1, 30), 4))
res = stats.bootstrap((np.asarray(taus),), np.mean, n_resamples=200_000, method="percentile",
                      confidence_level=0.95, random_state=np.random.default_rng(1))
print(f"values: {[float(v) for v in taus]}\nci: ({float(res.confidence_interval.low)!r}, {float(res.confidence_interval.high)!r})")

print("// sign flip, exhaustive")
for d in ([0.2, -0.1, 0.4, 0.3, 0.0, 0.25, -0.05, 0.1], [0.5, -0.5, 0.25, -0.25], [0.1, 0.2, 0.3],
          list(np.round(np.random.default_rng(5).normal(0.05, 0.2, 15), 3))):
    print(f"(d: {[float(v) for v in d]}, p: {float(sign_flip(d))!r}),")

print("// theilslopes and kendalltau of size vs mean tau")
sizes = list(np.log10([70e6, 160e6, 410e6, 1e9, 1.4e9, 2.8e9, 6.9e9, 12e9]))
means = [0.21, 0.25, 0.24, 0.31, 0.29, 0.35, 0.33, 0.4]
print(f"x: {[float(v) for v in sizes]}\ny: {means}\nslope: {float(stats.theilslopes(means, sizes).slope)!r}, "
      f"tau: {tau_b(sizes, means)!r}, p: {p_exact(sizes, means)!r}")
