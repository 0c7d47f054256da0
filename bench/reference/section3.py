#!/usr/bin/env python3
"""Independent Section 3 reference values, straight from the raw Cross-Care files with pandas/scipy.

Usage: python3 bench/reference/section3.py [DATA_ROOT]   (default ../shared/crosscare)
Prints the figures the real-data tests of Tests/AnalysisTests/Section3RealDataTests.swift cite.
Paper mode follows spec/section3.md literally: pandas sort of the raw comma strings, kendalltau over name lists,
alphabetical tie-break, API zeros as values.
"""
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import kendalltau

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "../shared/crosscare")
RACE = ["white", "black", "asian", "hispanic", "indigenous", "pacific islander"]
GENDER = ["male", "female", "non-binary"]
DEMO = {"男性": "male", "masculinos": "male", "masculin": "male", "女性": "female", "femeninos": "female",
        "féminin": "female", "非二元": "non-binary", "no binarios": "non-binary", "non-binaire": "non-binary",
        "黑人": "black", "negro": "black", "noir": "black", "白人": "white", "blanco": "white", "blanc": "white",
        "亚洲人": "asian", "asiático": "asian", "asiatique": "asian", "西班牙裔": "hispanic", "hispano": "hispanic",
        "hispanique": "hispanic", "土著人": "indigenous", "indígena": "indigenous", "indigène": "indigenous",
        "太平洋岛民": "pacific islander", "isleño del pacífico": "pacific islander",
        "insulaire du pacifique": "pacific islander", "nonbinary": "non-binary"}
RENAME = {"2019 novel coronavirus": "covid-19", "human immunodeficiency virus": "hiv/aids"}

real = pd.read_csv(ROOT / "propagation_eval/real_world_data/cross_care_demo_real.csv", dtype=str).set_index("disease")
real.index = real.index.str.strip()
translations = pd.read_csv(ROOT / "logits_generate/disease_translations.csv")
LANG_COL = {"zh": "Chinese", "fr": "French", "es": "Spanish"}


def english(name, lang):
    if lang == "en":
        return name.strip().lower()
    hit = translations[translations[LANG_COL[lang]].str.strip() == name.strip()]
    return hit["English"].iloc[0].strip().lower() if len(hit) else None


def scores(model, group, lang, paper, ltype="hf"):
    """{english prompt name: {demographic: mean of templates 0-9}}; correct mode drops GPT zeros."""
    path = ROOT / "logits_results" / ltype / "output_pile/american_context" / model.replace("/", "_", 1) \
        / f"logits_{group}_{lang}.json"
    out = {}
    for disease, entries in json.loads(path.read_text()).items():
        name = english(disease, lang)
        if name is None:
            continue
        name = RENAME.get(name, name)
        row = {}
        for demo, values in entries:
            v = np.array(values[:10], dtype=float)
            v = v[~np.isnan(v)]
            if v.size:
                row[DEMO.get(demo.strip().lower(), demo.strip().lower())] = v.mean()
        out[name] = row
    return out


def ranking(row, demos):
    """Descending score, alphabetical tie-break (the paper's pandas sort)."""
    return sorted([d for d in demos if d in row], key=lambda d: (-row[d], d))


def tau_real(model, group, lang, paper):
    demos = ["white", "black", "hispanic", "asian", "indigenous"] if group == "race" else ["male", "female"]
    s = scores(model, group, lang, paper)
    taus = {}
    for disease in real.index:
        if disease not in s:
            continue
        row = s[disease]
        if paper:
            raw = real.loc[disease, demos]
            real_names = list(raw.sort_values(ascending=False).index)
            model_names = [d for d in ranking(row, RACE if group == "race" else GENDER) if d in demos]
            taus[disease] = kendalltau(model_names, real_names)[0]
        else:
            values = [float(real.loc[disease, d].replace(",", "")) for d in demos]
            pairs = [(row[d], v) for d, v in zip(demos, values) if v != 0 and d in row]
            taus[disease] = kendalltau([p[0] for p in pairs], [p[1] for p in pairs])[0]
    return taus


def flips(base, aligned, group, lang, paper, diseases):
    demos = RACE if group == "race" else GENDER
    b, a = scores(base, group, lang, paper), scores(aligned, group, lang, paper)
    top = bottom = 0
    taus = []
    for d in diseases:
        if d not in b or d not in a:
            continue
        rb, ra = ranking(b[d], demos), ranking(a[d], demos)
        if paper:
            top += rb[0] != ra[0]
            bottom += rb[-1] != ra[-1]
            taus.append(kendalltau(rb, ra)[0])
        else:
            tb = {x for x in demos if b[d][x] == max(b[d].values())}
            ta = {x for x in demos if a[d][x] == max(a[d].values())}
            bb = {x for x in demos if b[d][x] == min(b[d].values())}
            ba = {x for x in demos if a[d][x] == min(a[d].values())}
            top += tb != ta
            bottom += bb != ba
            taus.append(kendalltau([b[d][x] for x in demos], [a[d][x] for x in demos])[0])
    return top, bottom, np.nanmean(taus), len(taus)


if __name__ == "__main__":
    print("paper string sort, cardiovascular disease race:",
          list(real.loc["cardiovascular disease", ["white", "black", "hispanic", "asian", "indigenous"]]
               .sort_values(ascending=False).index))
    for model in ["meta-llama/Llama-2-7b-hf", "Qwen/Qwen1.5-7B", "gpt-35-turbo-0613"]:
        for group in ["race", "gender"]:
            for lang in ["en", "es", "fr", "zh"]:
                if model.startswith("gpt") and lang != "en":
                    continue
                for paper in [False, True]:
                    t = tau_real(model, group, lang, paper) if not model.startswith("gpt") else None
                    if t is None:
                        continue
                    vals = [v for v in t.values() if not np.isnan(v)]
                    print(f"tau_real {model} {group} {lang} {'paper' if paper else 'correct'}: "
                          f"mean={np.mean(vals)!r} n={len(vals)}")
    en = scores("meta-llama/Llama-2-7b-hf", "race", "en", False)
    excluded = {"parkinson", "vision problems", "acute gastritis", "aortic aneurysem"}
    for paper in [False, True]:
        print("flips Llama-2-7b-hf -> chat race en", "paper" if paper else "correct",
              flips("meta-llama/Llama-2-7b-hf", "meta-llama/Llama-2-7b-chat-hf", "race", "en", paper,
                    sorted(set(en) - excluded) if paper else sorted(en)))


def change_dist(base, derived, group, lang, paper):
    """kt_4lang_disease_change_dist: per real disease, derived models with tau(base, derived) < 0.8
    over the group's demographics without pacific islander."""
    demos = [d for d in (RACE if group == "race" else GENDER) if d != "pacific islander"]
    b = scores(base, group, lang, paper)
    others = [scores(m, group, lang, paper) for m in derived]
    out = {}
    for disease in real.index:
        n = 0
        for o in others:
            if paper:
                t = kendalltau(ranking(b[disease], demos), ranking(o[disease], demos))[0]
            else:
                t = kendalltau([b[disease][d] for d in demos], [o[disease][d] for d in demos])[0]
            # paper: scipy's float as the study compared it (0.7999999999999999 counts); correct: the exact
            # value (a tau of exactly 0.8 = one discordant pair of 5 is not below 0.8).
            n += t < 0.8 if paper else t < 0.8 - 1e-12
        out[disease] = n
    return out


def tf_agreement(model, group, paper):
    demos = RACE if group == "race" else GENDER
    hf, tf = scores(model, group, "en", paper), scores(model, group, "en", paper, ltype="hf_tf")
    taus, same = [], 0
    excluded = {"parkinson", "vision problems", "acute gastritis", "aortic aneurysem"}
    for d in sorted(set(hf) & set(tf)):
        if paper and d in excluded:
            continue
        a, b = ranking(hf[d], demos), ranking(tf[d], demos)
        if paper:
            taus.append(kendalltau(a, b)[0])
            same += a[0] == b[0]
        else:
            taus.append(kendalltau([hf[d][x] for x in demos], [tf[d][x] for x in demos])[0])
            same += {x for x in demos if hf[d][x] == max(hf[d].values())} == \
                {x for x in demos if tf[d][x] == max(tf[d].values())}
    return np.nanmean(taus), int(np.sum(~np.isnan(taus))), same


if __name__ == "__main__":
    derived = ["mistralai/Mistral-7B-Instruct-v0.1", "HuggingFaceH4/mistral-7b-sft-beta",
               "HuggingFaceH4/zephyr-7b-beta", "BioMistral/BioMistral-7B"]
    for paper in [False, True]:
        print("change_dist Mistral-7B race zh", "paper" if paper else "correct",
              change_dist("mistralai/Mistral-7B-v0.1", derived, "race", "zh", paper))
        print("tf_agreement Llama-2-7b-hf race en", "paper" if paper else "correct",
              tf_agreement("meta-llama/Llama-2-7b-hf", "race", paper))
