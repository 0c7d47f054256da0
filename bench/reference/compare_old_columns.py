#!/usr/bin/env python3
"""Checks that every table of an earlier `tables` output is unchanged in a later one except for added columns.

Usage: compare_old_columns.py BEFORE_DIR AFTER_DIR. For each CSV in BEFORE_DIR: the same file in AFTER_DIR must
start with the same header, have the same rows, and each row's old cells must be byte-identical (new columns may
only follow the old ones). Tables only in AFTER_DIR are listed as new.
"""
import csv
import os
import sys


def main(before, after):
    ok = True
    for name in sorted(os.listdir(before)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(before, name), newline="") as f:
            old = list(csv.reader(f))
        with open(os.path.join(after, name), newline="") as f:
            new = list(csv.reader(f))
        width = len(old[0])
        added = new[0][width:]
        same = new[0][:width] == old[0] and len(new) == len(old) and all(
            b[:width] == a for a, b in zip(old, new))
        ok &= same
        print(f"{'same' if same else 'DIFFERENT'}  {name}  ({len(old) - 1} rows; added columns: {added or '-'})")
    for name in sorted(set(os.listdir(after)) - set(os.listdir(before))):
        print(f"new   {name}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
