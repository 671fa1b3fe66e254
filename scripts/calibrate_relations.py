"""Calibrate relation confidences and choose the fact threshold on the development gold sets.

    python scripts/calibrate_relations.py            # writes pipelines/nlp/patterns/relation_confidence.yaml

Runs the extractor on every development set (`DEV_SETS`; `../shared/eval/dev.jsonl` when it is beside the
checkout) and counts, for each pattern, how many of the asserted, stated relations it produced are in the gold
(arguments overlapping the gold's, `policygraph eval`'s lenient relation score, or arguments the extractor resolves
to the same entities as the gold's, another mention of the same law or body: the confidence says whether the relation
is right; whether an argument's span is exact, and which of an entity's mentions the gold anchors it on, is the
entity recogniser's business, scored apart: `same_entities`);
`pipelines.nlp.relations.calibration` turns the counts into confidences. The fact threshold is the lowest
confidence, going down from the top, at which the pooled development precision is still at least
`TARGET_PRECISION` and the candidates at that confidence are themselves right at least half the time
(`choose_threshold`). The held-out test sets
(`tests/fixtures/gold/unseen*-test.jsonl`) are never read here.

    python scripts/calibrate_relations.py --cross-validate   # also: the leave-one-set-out figures
    python scripts/calibrate_relations.py --cross-validate --print-only   # the figures; the yaml is not written

`--cross-validate` measures how the confidences transfer to a set they were not calibrated on: for each development
set, the confidences and the threshold are calibrated on the other sets alone and the held-out set's candidates at
or above that threshold are scored; the counts are pooled over the folds (precision, recall of the gold relations,
F1, leniently as the calibration counts, and strictly: both argument spans exact). It does so for today's method
(`calibrate_patterns`) and, for comparison, for an L2-regularised logistic regression over features of the
candidate (`candidate_features`, `fit_logistic`) and for the pooled-precision threshold without the band rule; the
figures are printed and recorded in the yaml. The extractor runs once; the folds reuse its predictions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import numpy as np
import yaml

from pipelines.nlp.evaluate import _relation_keys, lenient_hit, predict_documents, read_gold
from pipelines.nlp.extract import Extractor
from pipelines.nlp.relations.calibration import CALIBRATION, Calibration
from pipelines.nlp.settings import NlpSettings
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
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen10-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen11-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen12-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen13-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen14-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen15-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen16-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen17-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen18-dev.jsonl",
    PROJECT_ROOT / "tests" / "fixtures" / "gold" / "unseen19-dev.jsonl",
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
    "unseen10-dev.jsonl",
    "unseen11-dev.jsonl",
    "unseen12-dev.jsonl",
    "unseen13-dev.jsonl",
    "unseen14-dev.jsonl",
    "unseen15-dev.jsonl",
    "unseen16-dev.jsonl",
    "unseen17-dev.jsonl",
    "unseen18-dev.jsonl",
    "unseen19-dev.jsonl",
}
TARGET_PRECISION = 0.9


class Row(NamedTuple):
    """One asserted, stated candidate on a development set: its set, its pattern, whether a gold relation of its
    type has overlapping arguments (`hit`, what the confidence is calibrated on) or the very same arguments
    (`exact`), and the features the logistic model of `--cross-validate` reads (`candidate_features`)."""

    set_name: str
    pattern: str
    hit: bool
    exact: bool
    features: dict[str, float]


def neutral_extractor() -> Extractor:
    """The extractor with every pattern at the same confidence and no threshold. Where several patterns read the
    same relation between the same mentions, the extractor keeps the likelier reading (`RelationFinder.find`);
    with the calibrated confidences, which pattern a relation is credited to would depend on the calibration being
    replaced, and successive calibrations would not agree (measured: the threshold went 0.629, 0.671, 0.629 on the
    same code). With none, the counts depend on the code and the gold alone."""
    extractor = Extractor(NlpSettings())
    extractor.nlp.get_pipe("pg_relations").calibration = Calibration(threshold=0.0, counts={})
    return extractor


def collect(paths: list[Path]) -> tuple[list[Row], dict[str, int]]:
    """Runs the extractor once over every set: the candidates, and the number of gold relations per set."""
    rows: list[Row] = []
    n_gold: dict[str, int] = {}
    extractor = neutral_extractor()
    for path in paths:
        gold = read_gold(path)
        n_gold[path.name] = 0
        for g, p in zip(gold, predict_documents(gold, extractor=extractor), strict=True):
            keys = _relation_keys(g)
            n_gold[path.name] += len(keys)
            for r in p["candidates"]:
                head_type = p["entities"][r["head"]]["type"]
                if r["type"] == "requiresLocalization" and head_type == "Agency" and path.name not in NOTE_SETS:
                    continue
                (key,) = _relation_keys({"entities": p["entities"], "relations": [r]})
                features = candidate_features(g["text"], p["entities"], r)
                hit = lenient_hit(key, keys) or same_entities(r, p["entities"], g)
                rows.append(Row(path.name, r["pattern"], hit, key in keys, features))
    return rows, n_gold


def same_entities(relation: dict, entities: list[dict], gold: dict) -> bool:
    """A gold relation of the candidate's type has one argument overlapping the candidate's and the other on another
    mention of the same named entity: a gold argument the extractor found, and resolved to the candidate's entity.
    "Australia signed the Anti-Counterfeiting Trade Agreement (ACTA)" is right when the gold anchors the relation on
    a later "ACTA" instead. A data type is no named entity (its words recur as a category: "personal data" in one
    sentence is not the "personal data" of another), so it must overlap."""

    def overlap(a: dict, b: dict) -> bool:
        return a["type"] == b["type"] and a["start"] < b["end"] and b["start"] < a["end"]

    def same(mention: dict, arg: dict) -> bool:
        if overlap(mention, arg):
            return True
        return (
            mention["type"] != "DataType"
            and mention["entity_id"] is not None
            and any(e["entity_id"] == mention["entity_id"] and overlap(e, arg) for e in entities)
        )

    head, tail = entities[relation["head"]], entities[relation["tail"]]
    gold_entities = gold.get("entities", [])
    for r in gold.get("relations", []):
        g_head, g_tail = gold_entities[r["head"]], gold_entities[r["tail"]]
        if r["type"] != relation["type"]:
            continue
        if (overlap(head, g_head) and same(tail, g_tail)) or (overlap(tail, g_tail) and same(head, g_head)):
            return True
    return False


def pattern_counts(rows: list[Row]) -> dict[str, tuple[int, int]]:
    """(correct, predicted) per pattern."""
    correct, predicted = Counter[str](), Counter[str]()
    for row in rows:
        predicted[row.pattern] += 1
        correct[row.pattern] += row.hit
    return {k: (correct[k], predicted[k]) for k in sorted(predicted)}


def calibrate_patterns(rows: list[Row], n_gold: int) -> tuple[Calibration, dict]:
    """Today's method: each pattern's shrunk precision (`Calibration.confidence`) and the threshold
    `choose_threshold` picks over the rows' confidences; with its figures on the rows."""
    calibration = Calibration(threshold=0.0, counts=pattern_counts(rows))
    threshold, figures = choose_threshold([(calibration.confidence(r.pattern), r.hit) for r in rows], n_gold)
    return Calibration(threshold=threshold, counts=calibration.counts), figures


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


#: a sentence ends between two arguments: a full stop, question or exclamation mark before a capital, or a blank line
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z(\"]|\n\s*\n")


def candidate_features(text: str, entities: list[dict], relation: dict) -> dict[str, float]:
    """What the logistic model of `--cross-validate` knows of a candidate: its relation, pattern (plain and with how
    its arguments were found), frame, the types of its arguments, whether each is linked to the reference tables,
    the length of the text between them, how many mentions stand between them, whether a sentence ends between them
    (an argument found through a reference or a pronoun), and which comes first."""
    head, tail = entities[relation["head"]], entities[relation["tail"]]
    pattern, kind = relation["pattern"], relation["type"]
    plain = pattern.split("+", 1)[0]
    first, second = sorted([(head["start"], head["end"]), (tail["start"], tail["end"])])
    between = text[first[1] : second[0]] if second[0] > first[1] else ""
    inside = sum(1 for e in entities if e["start"] >= first[1] and e["end"] <= second[0])
    features = {
        "bias": 1.0,
        f"type={kind}": 1.0,
        f"pattern={plain}": 1.0,
        f"variant={pattern}": 1.0,
        f"frame={plain.split('/', 1)[-1]}": 1.0,
        f"head={kind}:{head['type']}": 1.0,
        f"tail={kind}:{tail['type']}": 1.0,
        "head_linked": float(bool(head.get("qid"))),
        "tail_linked": float(bool(tail.get("qid"))),
        "distance": math.log1p(len(between)) / 5,
        "mentions_between": min(inside, 5) / 5,
        "sentence_between": float(bool(_SENTENCE_END.search(between))),
        "head_first": float(head["start"] < tail["start"]),
    }
    features.update({f"via={via}": 1.0 for via in pattern.split("+")[1:]})
    return features


def fit_logistic(rows: list[Row], penalty: float = 1.0) -> dict[str, float]:
    """Weights of an L2-regularised logistic regression of `hit` on the rows' features (Newton's method; the bias
    is not penalised). A feature the rows never had has no weight: an unseen pattern gets what its relation, frame,
    argument types and the rest say."""
    names = sorted({k for row in rows for k in row.features})
    index = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, row in enumerate(rows):
        for k, v in row.features.items():
            x[i, index[k]] = v
    y = np.array([row.hit for row in rows], dtype=float)
    reg = np.full(len(names), penalty)
    reg[index["bias"]] = 1e-6
    w = np.zeros(len(names))
    for _ in range(100):
        p = 1 / (1 + np.exp(-(x @ w)))
        step = np.linalg.solve((x * (p * (1 - p))[:, None]).T @ x + np.diag(reg), x.T @ (p - y) + reg * w)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return {k: float(w[i]) for k, i in index.items()}


def logistic_confidence(weights: dict[str, float], features: dict[str, float]) -> float:
    """The model's probability that the candidate is right, to 3 decimals."""
    z = sum(weights.get(k, 0.0) * v for k, v in features.items())
    return round(1 / (1 + math.exp(-z)), 3)


#: a method: train rows and their gold count -> (confidence of a row, fact threshold)
Method = Callable[[list[Row], int], tuple[Callable[[Row], float], float]]


def per_pattern(rows: list[Row], n_gold: int) -> tuple[Callable[[Row], float], float]:
    """Today's method (`calibrate_patterns`)."""
    calibration, _ = calibrate_patterns(rows, n_gold)
    return (lambda row: calibration.confidence(row.pattern)), calibration.threshold


def per_pattern_pooled(rows: list[Row], n_gold: int) -> tuple[Callable[[Row], float], float]:
    """Today's confidences; the threshold the lowest level whose pooled precision is >= TARGET_PRECISION."""
    calibration = Calibration(threshold=0.0, counts=pattern_counts(rows))
    return (lambda row: calibration.confidence(row.pattern)), pooled_threshold(
        [(calibration.confidence(r.pattern), r.hit) for r in rows]
    )


def logistic(penalty: float) -> Method:
    """The logistic model with L2 penalty `penalty`; the threshold as `pooled_threshold` picks it."""

    def fit(rows: list[Row], n_gold: int) -> tuple[Callable[[Row], float], float]:
        weights = fit_logistic(rows, penalty)
        scored = [(logistic_confidence(weights, r.features), r.hit) for r in rows]
        return (lambda row: logistic_confidence(weights, row.features)), pooled_threshold(scored)

    return fit


def per_pattern_nested(rows: list[Row], n_gold: int) -> tuple[Callable[[Row], float], float]:
    """Today's confidences; the threshold chosen, by `pooled_threshold`, on the confidences each training set gets
    when it is itself held out of the calibration (what the threshold would meet on a set it has not seen)."""
    calibration = Calibration(threshold=0.0, counts=pattern_counts(rows))
    held_out = []
    for name in sorted({r.set_name for r in rows}):
        inner = Calibration(threshold=0.0, counts=pattern_counts([r for r in rows if r.set_name != name]))
        held_out += [(inner.confidence(r.pattern), r.hit) for r in rows if r.set_name == name]
    return (lambda row: calibration.confidence(row.pattern)), pooled_threshold(held_out)


def pooled_threshold(scored: list[tuple[float, bool]]) -> float:
    """The lowest confidence at which everything at or above it is right at least TARGET_PRECISION of the time."""
    threshold, right, admitted = 1.0, 0, 0
    ranked = sorted(scored, key=lambda s: -s[0])
    for i, (c, hit) in enumerate(ranked):
        right, admitted = right + hit, admitted + 1
        if (i + 1 == len(ranked) or ranked[i + 1][0] < c) and right >= TARGET_PRECISION * admitted:
            threshold = c
    return threshold


def leave_one_set_out(rows: list[Row], n_gold: dict[str, int], method: Method) -> dict:
    """Each set held out in turn: the method calibrated on the other sets; the held-out candidates at or above its
    threshold are the facts. Pooled over the folds: precision, recall, F1 (lenient and strict) and the count of
    facts, and per set (facts, lenient hits, gold relations, threshold)."""
    facts = right = exact = 0
    per_set = {}
    for name in n_gold:
        train = [r for r in rows if r.set_name != name]
        confidence, threshold = method(train, sum(n for k, n in n_gold.items() if k != name))
        kept = [r for r in rows if r.set_name == name and confidence(r) >= threshold]
        facts, right, exact = facts + len(kept), right + sum(r.hit for r in kept), exact + sum(r.exact for r in kept)
        per_set[name] = [len(kept), sum(r.hit for r in kept), n_gold[name], round(threshold, 3)]
    total = sum(n_gold.values())
    return {"lenient": _prf(right, facts, total), "strict": _prf(exact, facts, total), "facts": facts, "sets": per_set}


def _prf(right: int, predicted: int, gold: int) -> dict[str, float]:
    p = right / predicted if predicted else 0.0
    r = right / gold if gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


METHODS: dict[str, Method] = {
    "per-pattern (adopted)": per_pattern,
    "per-pattern, pooled threshold": per_pattern_pooled,
    "per-pattern, held-out threshold": per_pattern_nested,
    "logistic, L2 1": logistic(1.0),
    "logistic, L2 10": logistic(10.0),
}


def cross_validate(rows: list[Row], n_gold: dict[str, int]) -> dict[str, dict]:
    """The leave-one-set-out figures of every method in METHODS, printed."""
    results = {}
    for label, method in METHODS.items():
        res = leave_one_set_out(rows, n_gold, method)
        results[label] = res
        print(f"{label:<32} lenient {res['lenient']}  strict {res['strict']}  facts {res['facts']}")
    for name, figures in results["per-pattern (adopted)"]["sets"].items():
        facts, right, gold, threshold = figures
        print(f"  {name:<22} facts {facts:>3}  right {right:>3}  gold {gold:>3}  threshold {threshold}")
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=CALIBRATION)
    ap.add_argument("--cross-validate", action="store_true", help="print and record the leave-one-set-out figures")
    ap.add_argument("--print-only", action="store_true", help="print the figures; leave the yaml as it is")
    args = ap.parse_args()
    paths = [p for p in DEV_SETS if p.exists()]
    rows, n_gold = collect(paths)
    calibration, figures = calibrate_patterns(rows, sum(n_gold.values()))
    data = {
        "about": "Written by scripts/calibrate_relations.py from the development sets only; do not edit by hand.",
        "date": dt.date.today().isoformat(),
        "development_sets": [os.path.relpath(p, PROJECT_ROOT) for p in paths],  # as seen from the project
        "fact_threshold": round(calibration.threshold, 3),
        "development_figures_at_threshold": figures,
    }
    if args.cross_validate:
        results = cross_validate(rows, n_gold)
        data["leave_one_set_out"] = {k: {f: v[f] for f in ("lenient", "strict", "facts")} for k, v in results.items()}
    data["patterns"] = {k: list(v) for k, v in calibration.counts.items()}
    if not args.print_only:
        args.out.write_text(yaml.safe_dump(data, sort_keys=False, width=120), encoding="utf-8")
    print(f"{args.out}: threshold {calibration.threshold:.3f} {figures} over {len(paths)} sets, {len(rows)} candidates")


if __name__ == "__main__":
    main()
