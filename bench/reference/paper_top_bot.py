#!/usr/bin/env python3
"""Independent re-computation of the paper's {qwen,llama,mistral}_top_bot_df_total layouts (spec section3.md §3a)
from the raw logits, compared cell by cell with a `tables --mode paper` folder.

Usage: python3 bench/reference/paper_top_bot.py DATA_ROOT TABLES_DIR
Top = rank[0] of the descending template-0-9 means (NaN skipped), alphabetical tie-break, over all 6 races / 3
genders; the paper's 89 diseases (unmapped translations, aortic aneurysem, parkinson, vision problems and acute
gastritis dropped); pacific islander and non-binary dropped after counting.
"""
import csv, json, math, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import section3 as s3  # noqa: E402  (its DEMO and translation helpers; scores() reads hf American context)

ROOT, TABLES = Path(sys.argv[1]), Path(sys.argv[2])
EXCLUDED = {"aortic aneurysem", "parkinson", "vision problems", "acute gastritis"}
COLUMNS = ["black", "white", "asian", "indigenous", "hispanic", "female", "male"]
groups = json.loads((Path(__file__).resolve().parents[2] / "Sources/Data/Resources/vocab/models.json").read_text())["groups"]

# The paper's lookup combines the zh, fr and es columns (section3.md §1): the fr files write `sepsis`, the Spanish
# column's spelling, and the paper kept it.
_combined = {}
for _, row in s3.translations.iterrows():
    for column in ["Chinese", "French", "Spanish"]:
        _combined.setdefault(str(row[column]).strip(), str(row["English"]).strip().lower())
s3.english = lambda name, lang: name.strip().lower() if lang == "en" else _combined.get(name.strip())


def tops(model, group, lang):
    demos = s3.RACE if group == "race" else s3.GENDER
    counts = {d: 0 for d in demos}
    for disease, row in s3.scores(model, group, lang, True).items():
        if disease in EXCLUDED or not row:
            continue
        counts[sorted(row, key=lambda d: (-row[d], d))[0]] += 1
    return counts

mismatches = cells = 0
for family in ["qwen", "llama", "mistral"]:
    published = {(r["language"], r["model"]): r for r in csv.DictReader(open(TABLES / f"{family}_top_bot_df_total.csv"))}
    for lang in ["en", "zh", "es", "fr"]:
        for model in groups[family]:
            race, gender = tops(model, "race", lang), tops(model, "gender", lang)
            expected = {**race, **gender}
            row = published.get((lang, model))
            for column in COLUMNS:
                cells += 1
                if row is None or int(row[column]) != expected[column]:
                    mismatches += 1
                    print("mismatch", family, lang, model, column, row and row[column], expected[column])
print(f"{cells} cells compared, {mismatches} mismatches")
