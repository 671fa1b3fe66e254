"""Calibrate relation confidences and choose the fact threshold on the development gold sets.

    python scripts/calibrate_relations.py            # writes pipelines/nlp/patterns/relation_confidence.yaml

Runs the extractor on every development set (`DEV_SETS`; `../shared/eval/dev.jsonl` when it is beside the
checkout) and counts, for each pattern, how many of the asserted, stated relations it produced are in the gold
(arguments overlapping the gold's, `policygraph eval`'s lenient relation score: the confidence says whether the
relation is right; whether an argument's span is exact is the entity recogniser's business, scored apart);
`pipelines.nlp.relations.calibration` turns the counts into confidences. The fact threshold is the lowest
confidence, going down from the top, at which the pooled development precision is still at least
`TARGET_PRECISION` and the candidates at that confidence are themselves right at least half the time
(`choose_threshold`). The held-out test sets
(`tests/fixtures/gold/unseen*-test.jsonl`) are never read here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections import Counter
from pathlib import Path

import yaml

from pipelines.nlp.evaluate import _relation_keys, lenient_hit, predict_documents, read_gold
from pipelines.nlp.relations.calibration import CALIBRATION, Calibration
from pipelines.paths import PROJECT_ROOT

DEV_SETS = [
    PROJECT_ROOT.parent / "shared" / "eval" / "dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "blind.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "blind2.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen2-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen3-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen4-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen5-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen6-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen7-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen8-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen9-dev.jsonl",
    *sorted((PROJECT_ROOT / "tests" / "nlp").glob("heldout*.jsonl")),
]
#: Sets annotated under the team's note (tests/fixtures/gold/README.md), which lets an agency head a
#: requiresLocalization. The others follow ../shared/eval/GUIDELINES.md alone (Law or State heads): an agency-headed
#: candidate cannot be right there whatever the text says, so it is not counted against them.
NOTE_SETS = {
    "unseen-dev.jsonl",
    "unseen2-dev.jsonl",
    "unseen3-dev.jsonl",
    "unseen4-dev.jsonl",
    "unseen6-dev.jsonl",
    "unseen7-dev.jsonl",
    "unseen8-dev.jsonl",
    "unseen9-dev.jsonl",
}
TARGET_PRECISION = 0.9


def count_patterns(paths: list[Path]) -> tuple[Counter, Counter, list[tuple[str, bool]], int]:
    """(correct per pattern, predicted per pattern, [(pattern, correct)] per candidate, gold relation count)."""
    correct, predicted = Counter(), Counter()
    candidates: list[tuple[str, bool]] = []
    n_gold = 0
    for path in paths:
        gold = read_gold(path)
        for g, p in zip(gold, predict_documents(gold), strict=True):
            keys = _relation_keys(g)
            n_gold += len(keys)
            for r in p["candidates"]:
                head_type = p["entities"][r["head"]]["type"]
                if r["type"] == "requiresLocalization" and head_type == "Agency" and path.name not in NOTE_SETS:
                    continue
                (key,) = _relation_keys({"entities": p["entities"], "relations": [r]})
                hit = lenient_hit(key, keys)
                predicted[r["pattern"]] += 1
                correct[r["pattern"]] += hit
                candidates.append((r["pattern"], hit))
    return correct, predicted, candidates, n_gold


def choose_threshold(scored: list[tuple[float, bool]], n_gold: int) -> tuple[float, dict]:
    """Going down the confidences from the top, admit each level while the pooled precision of everything admitted
    stays >= TARGET_PRECISION and the level's own candidates are right at least half the time (a pattern that is
    more often wrong than right on the development sets never makes facts, however many right ones pool with it);
    the threshold is the last level admitted (if none, the top level). Its figures: recall counts candidates, so it
    is approximate where two candidates hit one gold relation."""
    levels = sorted({c for c, _ in scored}, reverse=True)
    if not levels:
        return 1.0, {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    threshold = levels[0]
    for t in levels:
        band = [hit for c, hit in scored if c == t]
        kept = [hit for c, hit in scored if c >= t]
        if sum(band) * 2 < len(band) or sum(kept) < TARGET_PRECISION * len(kept):
            break
        threshold = t
    kept = [hit for c, hit in scored if c >= threshold]
    tp = sum(kept)
    p = tp / len(kept) if kept else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return threshold, {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=CALIBRATION)
    args = ap.parse_args()
    paths = [p for p in DEV_SETS if p.exists()]
    correct, predicted, candidates, n_gold = count_patterns(paths)
    counts = {k: [correct[k], predicted[k]] for k in sorted(predicted)}
    calibration = Calibration(threshold=0.0, counts={k: (c, n) for k, (c, n) in counts.items()})
    confidence = {k: calibration.confidence(k) for k in counts}
    threshold, figures = choose_threshold([(confidence[k], hit) for k, hit in candidates], n_gold)
    data = {
        "about": "Written by scripts/calibrate_relations.py from the development sets only; do not edit by hand.",
        "date": dt.date.today().isoformat(),
        "development_sets": [os.path.relpath(p, PROJECT_ROOT) for p in paths],  # as seen from the project
        "fact_threshold": round(threshold, 3),
        "development_figures_at_threshold": figures,
        "patterns": counts,
    }
    args.out.write_text(yaml.safe_dump(data, sort_keys=False, width=120), encoding="utf-8")
    print(f"{args.out}: threshold {threshold:.3f} {figures} over {len(paths)} sets, {len(counts)} patterns")


if __name__ == "__main__":
    main()
