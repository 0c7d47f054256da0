#!/usr/bin/env python3
"""Independent pandas/scipy reference for Section 1 (spec/section1.md), used to check biasexplorer's figures.

Usage: python3 bench/reference/section1.py [DATA_ROOT] [--out DIR] [--mode correct|paper]
DATA_ROOT defaults to ../shared/crosscare relative to the package root. Prints the summary figures the Swift
real-data tests cite; with --out, also writes the four contract tables (cooccurrence, window_agreement,
disease_totals, prevalence_comparison) with the same columns as `biasexplorer tables` for a cell-by-cell diff.
Written from the spec only; it shares no code with the Swift implementation.
"""
import argparse
import json
import math
import os
import sys

import numpy as np
import pandas as pd
from scipy.stats import kendalltau

GENDER = ["male", "female", "non-binary"]
RACE = ["white", "black", "asian", "hispanic", "indigenous", "pacific islander"]
GROUPS = {"gender": GENDER, "race": RACE}
WINDOWS = [10, 50, 100, 250]
ALIASES = {"white/caucasian": "white", "black/african american": "black", "hispanic/latino": "hispanic",
           "native american/indigenous": "indigenous", "nonbinary": "non-binary", "indiginous": "indigenous",
           "pacific_islander": "pacific islander"}
CENSUS = {"white": 61.6, "black": 12.6, "indigenous": 1.1, "asian": 6, "pacific islander": 0.2, "hispanic": 16.3,
          "male": 48.9, "female": 51.1, "non-binary": 0.1}
REAL_ALIASES = {"htn": "hypertension", "covid": "covid-19", "long covid": "covid-19",
                "crohn disease": "crohn’s disease", "crohn's disease": "crohn’s disease", "hep b": "hepatitis b",
                "tuberculosis": "tuberculoses"}


def load_vocab(root):
    with open(os.path.join(root, "vocab/diseases.json"), encoding="utf-8") as f:
        raw = json.load(f)
    key_to_name = {k.lower(): syn[0].lower().strip() for k, syn in raw.items()}
    padded = {syn[0].lower().strip(): syn[0].lower() for syn in raw.values()}
    return key_to_name, padded


def load_counts(root, key_to_name, group, window):
    path = os.path.join(root, f"co_occurrence_results/output_pile/aggregated_counts/aggregated_{group}_{window}.csv")
    frame = pd.read_csv(path, dtype={"Disease": str})
    frame["disease"] = frame["Disease"].str.lower().map(key_to_name)
    frame["demographic"] = frame["Demographics"].str.strip().str.lower().replace(ALIASES)
    raw_rows = len(frame)
    frame = frame.groupby(["disease", "demographic"], as_index=False)["Counts"].sum()
    wide = frame.pivot(index="disease", columns="demographic", values="Counts").reindex(columns=GROUPS[group])
    return wide.fillna(0).astype(int), raw_rows


def ordering(values, labels, mode):
    """Labels by value descending; ties canonical (correct) or alphabetical (paper)."""
    tie = list(range(len(labels))) if mode == "correct" else [sorted(labels).index(l) for l in labels]
    return [labels[i] for i in sorted(range(len(labels)), key=lambda i: (-values[i], tie[i]))]


def min_rank_desc(values):
    return [1 + sum(1 for w in values if w > v) for v in values]


def cooccurrence_table(counts):
    rows = []
    for window in WINDOWS:
        for group in ["gender", "race"]:
            wide = counts[(group, window)][0]
            for disease in sorted(wide.index):
                values = wide.loc[disease].tolist()
                total = sum(values)
                ranks = pd.Series(values).rank(method="min", ascending=False).astype(int).tolist()
                for demo, value, rank in zip(GROUPS[group], values, ranks):
                    share = 100 * value / total
                    rows.append(dict(window=window, group=group, disease=disease, demographic=demo, count=value,
                                     share_pct=share, rank=rank,
                                     relative_census_representation=(share - CENSUS[demo]) / CENSUS[demo] * 100))
    return pd.DataFrame(rows)


def window_agreement(counts, mode):
    rows, per_disease = [], {}
    for group in ["gender", "race"]:
        wides = {w: counts[(group, w)][0] for w in WINDOWS}
        common = sorted(set.intersection(*(set(wides[w].index) for w in WINDOWS)))
        rankings = {d: {w: ordering(wides[w].loc[d].tolist(), GROUPS[group], mode) for w in WINDOWS} for d in common}
        identical = sum(all(r[w] == r[250] for w in WINDOWS) for r in rankings.values())
        same_top = sum(all(r[w][0] == r[250][0] for w in WINDOWS) for r in rankings.values())
        row = dict(group=group, n_diseases=len(common), identical_all_windows=identical,
                   same_top_all_windows=same_top)
        for a, b in [(10, 250), (50, 250), (100, 250), (50, 100)]:
            row[f"identical_{a}_{b}"] = sum(r[a] == r[b] for r in rankings.values())
        for w in [10, 50, 100]:
            taus = [kendalltau(wides[w].loc[d].tolist(), wides[250].loc[d].tolist()).statistic for d in common]
            taus = [t for t in taus if not math.isnan(t)]
            row[f"mean_tau_{w}_250"] = sum(taus) / len(taus) if taus else float("nan")
            row[f"n_tau_{w}_250"] = len(taus)
        rows.append(row)
        per_disease[group] = rankings
    return pd.DataFrame(rows), per_disease


def disease_totals(root, key_to_name, padded, mode):
    path = os.path.join(root, "co_occurrence_results/output_infinigram/document_counts/"
                              "results_disease_document_counts_pile.json")
    with open(path, encoding="utf-8") as f:
        records = json.load(f)
    totals = {key_to_name[r["disease"].lower()]: int(r["count"]) for r in records}
    unique = sorted(set(totals.values()))
    bins = pd.qcut(unique, 4, labels=[1, 2, 3, 4])
    quartile = dict(zip(unique, bins))
    by_total = sorted(totals, key=lambda d: (-totals[d], d))
    names = sorted(totals, key=(lambda d: d) if mode == "correct" else (lambda d: padded[d]))
    frame = pd.DataFrame([dict(disease=d, total_entity_count=totals[d], quartile=int(quartile[totals[d]]),
                               pile_rank=by_total.index(d) + 1) for d in names])
    edges = np.quantile(unique, [0, 0.25, 0.5, 0.75, 1])
    return frame, totals, edges


def parse_prevalence(text):
    try:
        return float(str(text).strip().replace(",", ""))
    except ValueError:
        return None


def load_prevalence(root, relative):
    frame = pd.read_csv(os.path.join(root, relative), dtype=str, keep_default_na=False, encoding="utf-8")
    frame.columns = [ALIASES.get(c.strip().lower(), c.strip().lower()) for c in frame.columns]
    frame["disease"] = frame["disease"].str.strip().str.lower().replace(REAL_ALIASES)
    return frame


def prevalence_comparison(root, counts, mode):
    real = load_prevalence(root, "propagation_eval/real_world_data/cross_care_demo_real.csv")
    rows = []
    for group, demos in [("gender", ["male", "female"]), ("race", ["white", "black", "asian", "hispanic", "indigenous"])]:
        wide = counts[(group, 250)][0]
        for _, line in real.iterrows():
            disease = line["disease"]
            values = {d: parse_prevalence(line[d]) for d in demos}
            if mode == "paper":
                values = {d: (v if v is not None and not math.isnan(v) else 0.0) for d, v in values.items()}
            else:
                values = {d: (v if v is not None and v > 0 else None) for d, v in values.items()}
            pile = {d: int(wide.loc[disease, d]) if disease in wide.index else 0 for d in demos}
            compared = [d for d in demos if values[d] is not None]
            real_sum = sum(values[d] for d in compared)
            pile_sum = sum(pile[d] for d in compared)
            real_ranks = dict(zip(compared, min_rank_desc([values[d] for d in compared])))
            pile_ranks = dict(zip(compared, min_rank_desc([pile[d] for d in compared])))
            for d in demos:
                if d in compared:
                    rs = 100 * values[d] / real_sum if real_sum else float("nan")
                    ps = 100 * pile[d] / pile_sum if pile_sum else float("nan")
                else:
                    rs = ps = float("nan")
                rows.append(dict(group=group, disease=disease, demographic=d, real_prevalence=values[d],
                                 real_share_pct=rs, pile_share_pct=ps, share_error_pp=ps - rs,
                                 representation_ratio=ps / rs if rs else float("nan"),
                                 real_rank=real_ranks.get(d), pile_rank=pile_ranks.get(d), pile_count=pile[d]))
    return pd.DataFrame(rows)


def total_comparison(root, totals, counts):
    demo = load_prevalence(root, "propagation_eval/section1/cross_care_demo.csv")
    cols = ["white", "black", "hispanic", "asian", "indigenous", "male", "female"]
    demo["total"] = [sum((parse_prevalence(line[c]) or 0.0) for c in cols) for _, line in demo.iterrows()]
    demo["entity"] = demo["disease"].map(totals)
    by_real = demo.sort_values(["total", "disease"], ascending=[False, True])
    by_pile = demo.sort_values(["entity", "disease"], ascending=[False, True])
    value_tau = kendalltau(by_real["total"], by_real["entity"]).statistic
    name_tau = kendalltau(list(by_real["disease"]), list(by_pile["disease"])).statistic
    return value_tau, name_tau, list(by_real["disease"])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("root", nargs="?", default=os.path.join(here, "../../../shared/crosscare"))
    parser.add_argument("--out")
    parser.add_argument("--mode", default="correct", choices=["correct", "paper"])
    args = parser.parse_args()
    key_to_name, padded = load_vocab(args.root)
    counts = {(g, w): load_counts(args.root, key_to_name, g, w) for g in GROUPS for w in WINDOWS}
    cooc = cooccurrence_table(counts)
    agreement, rankings = window_agreement(counts, args.mode)
    totals_frame, totals, edges = disease_totals(args.root, key_to_name, padded, args.mode)
    comparison = prevalence_comparison(args.root, counts, args.mode)
    value_tau, name_tau, real_order = total_comparison(args.root, totals, counts)

    print(f"mode {args.mode}")
    print("cooccurrence rows", len(cooc))
    print(agreement.to_string(index=False))
    for group in ["gender", "race"]:
        wide = counts[(group, 250)][0]
        orders = [ordering(wide.loc[d].tolist(), GROUPS[group], args.mode) for d in wide.index]
        for position, name in [(0, "first"), (-2, "second_last"), (-1, "last")]:
            tally = {demo: sum(o[position] == demo for o in orders) for demo in GROUPS[group]}
            print(f"w250 {group} {name}", tally)
    print("quartile edges", list(edges))
    print("disease_totals rows", len(totals_frame), "quartile sizes",
          totals_frame["quartile"].value_counts().sort_index().to_dict())
    print("prevalence rows", len(comparison))
    pd.set_option("display.width", 200)
    print(comparison[comparison.disease.isin(["asthma", "chronic kidney disease", "mi"])].to_string(index=False))
    print("1b-D value tau", value_tau, "name-list tau", name_tau)
    print("1b-D real order", real_order)
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        for name, frame in [("cooccurrence", cooc), ("window_agreement", agreement),
                            ("disease_totals", totals_frame), ("prevalence_comparison", comparison)]:
            frame.to_csv(os.path.join(args.out, f"{name}.csv"), index=False)


if __name__ == "__main__":
    sys.exit(main())
