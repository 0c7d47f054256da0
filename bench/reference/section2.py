#!/usr/bin/env python3
"""Independent Section 2 reference values, straight from the raw Cross-Care files with pandas/scipy.

Usage: python3 bench/reference/section2.py [DATA_ROOT]   (default ../shared/crosscare)
Prints the figures the real-data tests of Tests/AnalysisTests/Section2RealDataTests.swift cite.
"""
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import kendalltau

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "../shared/crosscare")
RACE = ["white", "black", "asian", "hispanic", "indigenous", "pacific islander"]
GENDER = ["male", "female", "non-binary"]
COUNT_LABELS = {"white/caucasian": "white", "black/african american": "black", "hispanic/latino": "hispanic",
                "native american/indigenous": "indigenous", "asian": "asian", "pacific islander": "pacific islander",
                "male": "male", "female": "female", "non-binary": "non-binary", "nonbinary": "non-binary"}

vocab = json.load(open(ROOT / "vocab/diseases.json"))
canonical = [syn[0].strip().lower() for syn in vocab.values()]
keys = list(vocab.keys())
prompt_en = json.load(open(ROOT / "vocab/prompt_diseases.json"))["en"]
prompt_to_name = {p.strip().lower(): canonical[i] for i, p in enumerate(prompt_en)}


def count_name(raw):
    s = str(raw).strip()
    for i, k in enumerate(keys):
        if s == k or s == k.removesuffix(".0") or s.lower() == canonical[i] or s.lower() == k.lower():
            return canonical[i]
    raise KeyError(raw)


def logits(ltype, ctx, model, group, lang="en"):
    sub = "output_pile/american_context" if ctx == "american" else "output_pile"
    path = ROOT / "logits_results" / ltype / sub / model.replace("/", "_", 1) / f"logits_{group}_{lang}.json"
    data = json.loads(path.read_text())  # python json reads the bare NaN tokens
    rows = {}
    for disease, entries in data.items():
        name = prompt_to_name[disease.strip().lower()]
        rows[name] = {demo.strip().lower(): np.array(v, dtype=float) for demo, v in entries}
    return rows


def counts(group, window):
    df = pd.read_csv(ROOT / f"co_occurrence_results/output_pile/aggregated_counts/aggregated_{group}_{window}.csv")
    df["disease"] = df["Disease"].map(count_name)
    df["demo"] = df["Demographics"].str.strip().str.lower().map(COUNT_LABELS)
    return df.groupby(["disease", "demo"])["Counts"].sum().unstack(fill_value=0)


def unique_qcut(values):
    u = np.sort(np.unique(np.asarray(values, dtype=float)))
    _, edges = pd.qcut(u, 4, labels=[1, 2, 3, 4], retbins=True)
    return edges


def quartile(edges, v):
    for q in range(1, 5):
        if v <= edges[q]:
            return q


def quartiles(group):
    totals = {w: counts(group, w).reindex(columns=RACE if group == "race" else GENDER, fill_value=0).sum(axis=1)
              for w in (10, 50, 100, 250)}
    edges = unique_qcut(np.concatenate([t.values for t in totals.values()]))
    return edges, {d: quartile(edges, v) for d, v in totals[250].items()}, totals


def top_counts(model, ltype, ctx, group, templates):
    """Correct: mean over templates (NaN skipped); every demographic tied at max/min counts."""
    demos = RACE if group == "race" else GENDER
    top, bottom = Counter(), Counter()
    for disease, row in logits(ltype, ctx, model, group).items():
        means = {d: np.nanmean(row[d][templates]) if not np.all(np.isnan(row[d][templates])) else np.nan
                 for d in demos}
        valid = {d: v for d, v in means.items() if not np.isnan(v)}
        if not valid:
            continue
        hi, lo = max(valid.values()), min(valid.values())
        top.update(d for d, v in valid.items() if v == hi)
        bottom.update(d for d, v in valid.items() if v == lo)
    return [top[d] for d in demos], [bottom[d] for d in demos]


def robustness(model, correct):
    """hf, plain, en, race, templates 0-9; correct drops NaN rows, paper fills 0 and drops all-NaN rows."""
    freqs, taus, logit_diffs, rank_diffs = [], [], [], []
    alpha = sorted(RACE)
    for disease, row in logits("hf", "plain", model, "race").items():
        frame = pd.DataFrame({d: row[d][:10] for d in alpha})
        frame = frame.dropna(how="any") if correct else frame.dropna(how="all").fillna(0)
        if frame.empty:
            continue
        ranks = frame.rank(axis=1, ascending=False)
        order = alpha if not correct else RACE
        tops = ranks[order].idxmin(axis=1)
        freqs.append(Counter(tops).most_common(1)[0][1])
        pair_taus = [kendalltau(ranks.iloc[i], ranks.iloc[j]).statistic
                     for i, j in itertools.combinations(range(len(ranks)), 2)]
        pair_taus = [t for t in pair_taus if not np.isnan(t)]
        if pair_taus:
            taus.append(np.mean(pair_taus))
        if len(frame) >= 2:
            pairs = list(itertools.combinations(range(len(frame)), 2))
            logit_diffs.append(np.mean([np.mean([abs(frame[d].iloc[i] - frame[d].iloc[j]) for i, j in pairs])
                                        for d in alpha]))
            rank_diffs.append(np.mean([np.mean([abs(ranks[d].iloc[i] - ranks[d].iloc[j]) for i, j in pairs])
                                       for d in alpha]))
    return {"diseases": len(freqs), "modal_top_freq": np.mean(freqs), "mean_pairwise_tau": np.mean(taus),
            "n_tau": len(taus), "mean_abs_logit_diff": np.mean(logit_diffs),
            "mean_abs_rank_diff": np.mean(rank_diffs)}


def paper_top_counts(model, ltype, ctx, group):
    """Notebook across-models table: sum(x)/len(x) over 20 templates, fillna(0), average ranks, top = rank 1."""
    demos = RACE if group == "race" else GENDER
    top = Counter()
    for disease, row in logits(ltype, ctx, model, group).items():
        means = pd.Series({d: sum(row[d]) / len(row[d]) for d in demos}).fillna(0)
        top.update(means.index[means.rank(ascending=False) == 1])
    return [top[d] for d in demos]


def per_template_counts(model, ltype, ctx, group, template):
    """Correct per-template counts: every demographic tied at the max (min) of the template's logits."""
    demos = RACE if group == "race" else GENDER
    top, bottom = Counter(), Counter()
    for disease, row in logits(ltype, ctx, model, group).items():
        values = {d: row[d][template] for d in demos if not np.isnan(row[d][template])}
        if values:
            top.update(d for d, v in values.items() if v == max(values.values()))
            bottom.update(d for d, v in values.items() if v == min(values.values()))
    return [top[d] for d in demos], [bottom[d] for d in demos]


def tau_real(model, group, ctx="american"):
    """tau-b of scores (templates 0-9) vs real prevalence over demographics with real data; 0 = missing."""
    real = pd.read_csv(ROOT / "propagation_eval/real_world_data/cross_care_demo_real.csv", dtype=str)
    demos = ["white", "black", "asian", "hispanic", "indigenous"] if group == "race" else ["male", "female"]
    rows = logits("hf", ctx, model, group)
    result = {}
    for _, r in real.iterrows():
        name = r["disease"].strip().lower()
        scores = np.array([np.nanmean(rows[name][d][:10]) for d in demos])
        values = np.array([float(str(r[d]).replace(",", "")) if str(r[d]).strip() not in ("", "nan", "Na") else np.nan
                           for d in demos])
        values[values == 0] = np.nan
        keep = ~np.isnan(scores) & ~np.isnan(values)
        result[name] = (kendalltau(scores[keep], values[keep]).statistic if keep.sum() >= 2 else np.nan,
                        int(keep.sum()))
    taus = [t for t, _ in result.values() if not np.isnan(t)]
    return np.mean(taus), len(taus), result


PAPER_EXCLUDED = {"parkinson", "vision problems", "acute gastritis", "aortic aneurysem"}


def tau_counts_by_disease(model, group, paper=False, ctx="american"):
    demos = RACE if group == "race" else GENDER
    table = counts(group, 250).reindex(columns=demos, fill_value=0)
    result = {}
    for disease, row in logits("hf", ctx, model, group).items():
        if disease not in table.index or (paper and disease in PAPER_EXCLUDED):
            continue
        scores = np.array([np.nanmean(row[d][:10]) if not np.all(np.isnan(row[d][:10])) else np.nan
                           for d in demos])
        keep = ~np.isnan(scores)
        result[disease] = (kendalltau(scores[keep], table.loc[disease].values[keep]).statistic
                           if keep.sum() >= 2 else np.nan)
    return result


def paper_quartile_taus(model):
    """Paper: race quartiles with the notebook dict's six window-50 quartiles, 89 diseases, mean tau per quartile."""
    edges, q, totals = quartiles("race")
    for d in ["acne", "gall bladder disease", "liver failure", "menopause", "nerve damage", "sepsis"]:
        q[d] = quartile(edges, totals[50][d])
    taus = tau_counts_by_disease(model, "race", paper=True)
    out = {}
    for k in range(1, 5):
        values = [t for d, t in taus.items() if q[d] == k and not np.isnan(t)]
        out[k] = (np.mean(values), len(values))
    return out


def mean_tau_counts(model, group, paper=False, ctx="american"):
    demos = RACE if group == "race" else GENDER
    table = counts(group, 250).reindex(columns=demos, fill_value=0)
    taus = []
    for disease, row in logits("hf", ctx, model, group).items():
        if disease not in table.index or (paper and disease in PAPER_EXCLUDED):
            continue
        scores = np.array([np.nanmean(row[d][:10]) if not np.all(np.isnan(row[d][:10])) else np.nan
                           for d in demos])
        keep = ~np.isnan(scores)
        tau = kendalltau(scores[keep], table.loc[disease].values[keep]).statistic if keep.sum() >= 2 else np.nan
        taus.append(tau)
    taus = [t for t in taus if not np.isnan(t)]
    return np.mean(taus), len(taus)


def main():
    print("race quartile edges", quartiles("race")[0].tolist())
    print("gender quartile edges", quartiles("gender")[0].tolist())
    _, race_q, totals = quartiles("race")
    w50 = quartiles("race")[2][50]
    edges = quartiles("race")[0]
    for d in ["acne", "gall bladder disease", "liver failure", "menopause", "nerve damage", "sepsis"]:
        print("race quartile", d, "w250", race_q[d], "w50", quartile(edges, w50[d]))
    print("race quartile sizes w250", sorted(Counter(race_q.values()).items()))
    docs = json.load(open(ROOT / "co_occurrence_results/output_infinigram/document_counts/"
                                 "results_disease_document_counts_pile.json"))
    print("document quartile edges", unique_qcut([r["count"] for r in docs]).tolist())
    for templates, label in [(list(range(20)), "0-19"), (list(range(10)), "0-9")]:
        top, bottom = top_counts("EleutherAI/pythia-2.8b-deduped", "hf_tf", "plain", "race", templates)
        print("pythia-2.8b hf_tf plain en race", label, "top", top, "bottom", bottom)
    print("pythia-2.8b hf_tf plain en race paper top (=bottom)",
          paper_top_counts("EleutherAI/pythia-2.8b-deduped", "hf_tf", "plain", "race"))
    print("pythia-2.8b hf_tf plain en race template 0 top/bottom",
          per_template_counts("EleutherAI/pythia-2.8b-deduped", "hf_tf", "plain", "race", 0))
    for group in ("race", "gender"):
        mean, n, per = tau_real("EleutherAI/pythia-12b-deduped", group)
        print("pythia-12b tau real", group, mean, n, "asthma", per["asthma"], "chronic kidney disease",
              per["chronic kidney disease"])
    for correct in (True, False):
        print("pythia-70m robustness", "correct" if correct else "paper",
              robustness("EleutherAI/pythia-70m-deduped", correct))
    print("pythia-2.8b robustness correct", robustness("EleutherAI/pythia-2.8b-deduped", True))
    print("paper quartile taus mamba-130m race", paper_quartile_taus("state-spaces/mamba-130m"))
    for model in ["EleutherAI/pythia-70m-deduped", "EleutherAI/pythia-12b-deduped", "state-spaces/mamba-1.4b"]:
        for group in ("race", "gender"):
            print("mean tau counts", model, group, "correct", mean_tau_counts(model, group),
                  "paper", mean_tau_counts(model, group, paper=True))


if __name__ == "__main__":
    main()
