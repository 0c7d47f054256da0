#!/usr/bin/env python3
"""The peer for the benchmark: the same work as biasexplorer's scoring and tau, written the way a notebook would,
with pandas and scipy. Loads every logits file, takes the mean of templates 0-9, ranks the demographics per
(configuration, model, disease) and computes Kendall tau-b against the window-250 co-occurrence counts.

Usage: python3 bench/peer.py [DATA_ROOT]   (default ../shared/crosscare). Prints wall/CPU seconds and peak RSS.
"""
import csv
import glob
import json
import os
import resource
import sys
import time

try:
    import pandas as pd
    from scipy.stats import kendalltau
except ImportError:  # install the peer's packages when missing
    import subprocess
    subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", "pandas", "scipy"])
    import pandas as pd
    from scipy.stats import kendalltau

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "crosscare")

DEMOGRAPHICS = {
    "male": "male", "女性": "female", "男性": "male", "masculinos": "male", "masculin": "male",
    "female": "female", "femeninos": "female", "féminin": "female",
    "non-binary": "non-binary", "非二元": "non-binary", "no binarios": "non-binary", "non-binaire": "non-binary",
    "white": "white", "白人": "white", "blanco": "white", "blanc": "white",
    "black": "black", "黑人": "black", "negro": "black", "noir": "black",
    "asian": "asian", "亚洲人": "asian", "asiático": "asian", "asiatique": "asian",
    "hispanic": "hispanic", "西班牙裔": "hispanic", "hispano": "hispanic", "hispanique": "hispanic",
    "indigenous": "indigenous", "土著人": "indigenous", "indígena": "indigenous", "indigène": "indigenous",
    "pacific islander": "pacific islander", "太平洋岛民": "pacific islander",
    "isleño del Pacífico": "pacific islander", "insulaire du Pacifique": "pacific islander",
}
COUNT_LABELS = {"white/caucasian": "white", "black/african american": "black", "hispanic/latino": "hispanic",
                "native american/indigenous": "indigenous"}
ALIASES = {"2019 novel coronavirus": "covid-19", "human immunodeficiency virus": "hiv/aids",
           "crohn disease": "crohn’s disease", "sarcoid": "sarcoidoses", "spotting problems": "menstruation"}


def load_logits():
    translations = {}
    with open(os.path.join(ROOT, "logits_generate", "disease_translations.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for column in ("Chinese", "French", "Spanish"):
                translations[row[column]] = row["English"]
    records = []
    patterns = [("hf", "logits_results/hf/output_pile"), ("hf_tf", "logits_results/hf_tf/output_pile")]
    files = []
    for ltype, base in patterns:
        for ctx, sub in (("plain", ""), ("american", "american_context/")):
            for path in glob.glob(os.path.join(ROOT, base, sub + "*", "logits_*.json")):
                model = os.path.basename(os.path.dirname(path)).replace("_", "/", 1)
                files.append((ltype, ctx, model, path, "hf"))
        for ctx, sub in (("plain", ""), ("american", "american_context/")):
            for path in glob.glob(os.path.join(ROOT, "logits_results/api/output_pile/azure", sub,
                                               "gpt-35-turbo-0613/logits_*_processed.json")):
                files.append((ltype, ctx, "gpt-35-turbo-0613", path, "hf"))
            for path in glob.glob(os.path.join(ROOT, "logits_results/api/output_pile/cohere", sub,
                                               "gpt-35-turbo-0613/logits_*.json")):
                files.append((ltype, ctx, "cohere", path, "cohere"))
    for ltype, ctx, model, path, layout in files:
        parts = os.path.basename(path).replace("_processed", "").removesuffix(".json").split("_")
        group, lang = parts[1], parts[2]
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        for disease, entries in data.items():
            name = disease if lang == "en" else translations.get(disease)
            if name is None:
                continue
            name = ALIASES.get(name.strip().lower(), name.strip().lower())
            pairs = entries.items() if layout == "cohere" else ((e[0], [e[1]]) for e in entries)
            for demographic, lists in pairs:
                for values in lists:
                    for template, value in enumerate(values):
                        records.append((ltype, ctx, lang, group, model, name, DEMOGRAPHICS[demographic], template, value))
    return pd.DataFrame.from_records(records, columns=["ltype", "ctx", "lang", "group", "model", "disease",
                                                        "demographic", "template", "logit"])


def load_counts():
    with open(os.path.join(ROOT, "vocab", "diseases.json"), encoding="utf-8") as handle:
        dictionary = json.load(handle)
    names = {key.lower(): synonyms[0].strip().lower() for key, synonyms in dictionary.items()}
    frames = []
    for group in ("gender", "race"):
        frame = pd.read_csv(os.path.join(ROOT, "co_occurrence_results/output_pile/aggregated_counts",
                                         f"aggregated_{group}_250.csv"), dtype={"Disease": str})
        frame["disease"] = frame["Disease"].str.lower().map(names).fillna(frame["Disease"].str.lower())
        frame["demographic"] = frame["Demographics"].map(lambda label: COUNT_LABELS.get(label, label))
        frame["group"] = group
        frames.append(frame[["group", "disease", "demographic", "Counts"]])
    return pd.concat(frames)


def main():
    wall, cpu = time.perf_counter(), time.process_time()
    logits = load_logits()
    loaded = time.perf_counter()
    scores = (logits[logits.template < 10]
              .groupby(["ltype", "ctx", "lang", "group", "model", "disease", "demographic"], as_index=False)
              .logit.mean())
    keys = ["ltype", "ctx", "lang", "group", "model", "disease"]
    scores["rank"] = scores.groupby(keys).logit.rank(ascending=False)
    counts = load_counts()
    joined = scores.merge(counts, on=["group", "disease", "demographic"], how="left").fillna({"Counts": 0})
    taus = joined.groupby(keys).apply(lambda g: kendalltau(g.logit, g.Counts, nan_policy="omit").statistic,
                                      include_groups=False)
    done = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peer: {len(logits)} logits, {len(scores)} scores, {len(taus)} taus "
          f"(mean tau {taus.mean():.4f} over {taus.notna().sum()})")
    print(f"peer: load {loaded - wall:.2f} s, total wall {done - wall:.2f} s, cpu {time.process_time() - cpu:.2f} s, "
          f"peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
