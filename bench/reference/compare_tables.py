#!/usr/bin/env python3
"""Cell-by-cell comparison of two folders of tidy CSV tables (biasexplorer output vs bench/reference output).

Usage: python3 bench/reference/compare_tables.py SWIFT_DIR REFERENCE_DIR [TABLE ...]
Compares the columns both tables share, rows matched on the text key columns; numbers with tolerance 1e-6
(absolute or relative), empty = NaN = None. Exit status 1 on any difference.
"""
import math
import os
import sys

import pandas as pd

KEYS = ["window", "group", "disease", "demographic"]


def same(a, b):
    a_missing = a is None or (isinstance(a, float) and math.isnan(a))
    b_missing = b is None or (isinstance(b, float) and math.isnan(b))
    if a_missing or b_missing:
        return a_missing and b_missing
    try:
        x, y = float(a), float(b)
        return abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y))
    except (TypeError, ValueError):
        return str(a) == str(b)


def compare(name, left_dir, right_dir):
    left = pd.read_csv(os.path.join(left_dir, name), keep_default_na=True)
    right = pd.read_csv(os.path.join(right_dir, name), keep_default_na=True)
    keys = [k for k in KEYS if k in left.columns and k in right.columns]
    if len(left) != len(right):
        print(f"{name}: {len(left)} rows vs {len(right)}")
        return 1
    if keys:
        left = left.sort_values(keys).reset_index(drop=True)
        right = right.sort_values(keys).reset_index(drop=True)
    columns = [c for c in left.columns if c in right.columns]
    differences = 0
    for column in columns:
        for index in range(len(left)):
            a, b = left.at[index, column], right.at[index, column]
            if not same(a, b):
                differences += 1
                if differences <= 10:
                    key = {k: left.at[index, k] for k in keys}
                    print(f"{name} {key} {column}: {a!r} vs {b!r}")
    print(f"{name}: {len(left)} rows, {len(columns)} shared columns, {differences} differences")
    return 1 if differences else 0


def main():
    left_dir, right_dir = sys.argv[1], sys.argv[2]
    names = sys.argv[3:] or ["cooccurrence.csv", "window_agreement.csv", "disease_totals.csv",
                             "prevalence_comparison.csv"]
    return max(compare(name, left_dir, right_dir) for name in names)


if __name__ == "__main__":
    sys.exit(main())
