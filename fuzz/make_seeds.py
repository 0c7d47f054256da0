#!/usr/bin/env python3
"""Writes fuzz/seeds/<harness>/: small seeds cut from the real Cross-Care files (first few diseases or rows), each
prefixed by the harness's selector byte where the harness takes one. Run: python3 fuzz/make_seeds.py [CROSSCARE]"""
import json, os, shutil, struct, sys

here = os.path.dirname(os.path.abspath(__file__))
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "crosscare")
out = os.path.join(here, "seeds")
shutil.rmtree(out, ignore_errors=True)

def put(harness, name, data):
    os.makedirs(os.path.join(out, harness), exist_ok=True)
    with open(os.path.join(out, harness, name), "wb") as f:
        f.write(data)

def read(path):
    with open(os.path.join(src, path), "rb") as f:
        return f.read()

def first(obj, n):
    return dict(list(obj.items())[:n])

# Logits: selector = source (0 HF, 1 GPT processed, 2 Cohere) + 3 * language index + 12 * group index.
languages, groups = ["en", "es", "fr", "zh"], ["gender", "race"]
hf = "logits_results/hf/output_pile/EleutherAI_pythia-70m-deduped/"
gpt = "logits_results/api/output_pile/azure/american_context/gpt-35-turbo-0613/"
cohere = "logits_results/api/output_pile/cohere/american_context/"
cohere_dir = next(iter(sorted(os.listdir(os.path.join(src, cohere)))), None)
for g, group in enumerate(groups):
    for l, lang in enumerate(languages):
        candidates = [(0, hf + f"logits_{group}_{lang}.json"), (1, gpt + f"logits_{group}_{lang}_processed.json")]
        if cohere_dir:
            candidates.append((2, cohere + cohere_dir + f"/logits_{group}_{lang}.json"))
        for source, path in candidates:
            if not os.path.exists(os.path.join(src, path)):
                continue
            text = json.dumps(first(json.loads(read(path)), 3), ensure_ascii=(l % 2 == 0)).encode()
            put("logits", f"{group}_{lang}_{source}", bytes([source + 3 * l + 12 * g]) + text)

# Document totals (json harness: no selector).
totals = json.loads(read("co_occurrence_results/output_infinigram/document_counts/results_disease_document_counts_pile.json"))
put("json", "document_totals", json.dumps(totals[:12]).encode())
put("json", "document_totals_pretty", json.dumps(totals[:4], indent=2).encode())

# Vocabulary: selector % 4 picks diseases, prompt_diseases, models, templates.
for index, name in enumerate(["diseases.json", "prompt_diseases.json", "models.json", "templates.json"]):
    value = json.loads(read("vocab/" + name)) if os.path.exists(os.path.join(src, "vocab", name)) else None
    if value is None:
        continue
    if isinstance(value, dict) and name != "models.json":
        value = {k: (v[:6] if isinstance(v, list) else v) for k, v in list(value.items())[:6]}
    put("vocabulary", name.replace(".json", ""), bytes([index]) + json.dumps(value, ensure_ascii=False).encode())

# CSV: selector % 3 == 0 counts (window = (s/3)%4, group = (s/12)%2), 1 prevalence (source = (s/3)%5), 2 translations.
windows = ["10", "50", "100", "250"]
for g, group in enumerate(groups):
    lines = read(f"co_occurrence_results/output_pile/aggregated_counts/aggregated_{group}_50.csv").splitlines(True)
    put("csv", f"counts_{group}", bytes([0 + 3 * 1 + 12 * g]) + b"".join(lines[:25]))
prevalence = ["propagation_eval/real_world_data/cross_care_demo_real.csv", "propagation_eval/section1/cross_care_demo.csv",
              "propagation_eval/real_world_data/cross_care_demo.csv",
              "propagation_eval/real_world_data/NIHS Prevalence - USA.csv",
              "propagation_eval/real_world_data/IHME-GBD_2019_DATA-a2d46dc9-1.csv"]
for index, path in enumerate(prevalence):
    lines = read(path).splitlines(True)
    put("csv", f"prevalence_{index}", bytes([1 + 3 * index]) + b"".join(lines[:15]))
put("csv", "translations", bytes([2]) + b"".join(read("logits_generate/disease_translations.csv").splitlines(True)[:20]))

# Keys: 5-byte records (status, value LE); odd status = key code.
records = [(0, ord("j")), (0, ord("q")), (0, 0x1B), (0, 0x09), (0, 0x03), (0, 0x7F), (0, 0x4E2D), (0, 0xE9),
           (1, 0o402), (1, 0o403), (1, 0o522), (1, 0o541), (1, 0o632), (1, 0o631)]
put("keys", "typing", b"".join(bytes([s]) + struct.pack("<I", v) for s, v in records))
