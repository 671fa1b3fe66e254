"""Score extraction against gold JSON Lines, exactly as `../shared/eval/README.md` describes.

- Entities, strict: a prediction is correct when `start`, `end` and `type` equal a gold mention's; lenient: when
  it overlaps a gold mention of the same type. Precision, recall, F1 per type and micro-averaged over the seven
  types.
- Linking: of the gold mentions with a `qid` that were found (strict), the share whose prediction has that qid.
- Relations: a prediction is correct when its type and both argument mentions (strict) equal a gold relation's
  (reported beside it, lenient: both arguments overlap a gold relation's, as for entities). The predictions are
  the relations the extractor states as facts (asserted, stated, at or above the fact threshold): what the facts
  graph would hold.
- Not facts (gold files that list `non_facts`, see `tests/fixtures/gold/README.md`): how many negated, denied,
  hedged, conditional or proposed statements the extractor asserts as facts anyway (`asserted_as_fact`), and how
  many it finds with the right polarity or modality (`recognised`).
- The precision/recall trade-off: relation P/R/F1 at each confidence threshold, over every asserted, stated
  candidate (`curve`).
- Where the missed relations were lost (`relation_misses`): an argument's span not found exactly; found but below
  the fact threshold; found but judged not a fact (negated, hedged, conditional, proposed); or no candidate at all,
  with the arguments in one sentence or in different sentences (a sentence end between them by punctuation or a
  blank line: what only in-document reference can reach).

The scoring functions are pure (gold and predicted documents as dicts in the gold format); `evaluate_file` runs
the real pipeline on the gold texts first.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from pipelines.model import ENTITY_TYPES
from pipelines.nlp.settings import NlpSettings


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


def _key(e: dict) -> tuple[int, int, str]:
    return (int(e["start"]), int(e["end"]), e["type"])


def score_entities(gold_docs: list[dict], pred_docs: list[dict], lenient: bool = False) -> dict:
    """{"micro": {"p","r","f1"}, "per_type": {type: {"p","r","f1"}}} over documents paired by `id`."""
    preds = {d["id"]: d for d in pred_docs}
    counts = {t: [0, 0, 0, 0] for t in ENTITY_TYPES}  # matched preds, n pred, matched gold, n gold
    for g in gold_docs:
        gold = [e for e in g.get("entities", []) if e["type"] in counts]
        pred = [e for e in preds.get(g["id"], {}).get("entities", []) if e["type"] in counts]
        if lenient:

            def hit(a, others):
                return any(o["type"] == a["type"] and o["start"] < a["end"] and a["start"] < o["end"] for o in others)

            for e in pred:
                counts[e["type"]][0] += hit(e, gold)
            for e in gold:
                counts[e["type"]][2] += hit(e, pred)
        else:
            gset = {_key(e) for e in gold}
            pset = {_key(e) for e in pred}
            for k in pset & gset:
                counts[k[2]][0] += 1
                counts[k[2]][2] += 1
            pred = [dict(zip(("start", "end", "type"), k, strict=True)) for k in pset]
            gold = [dict(zip(("start", "end", "type"), k, strict=True)) for k in gset]
        for e in pred:
            counts[e["type"]][1] += 1
        for e in gold:
            counts[e["type"]][3] += 1
    per_type = {}
    for t, (mp, npred, mg, ngold) in counts.items():
        p = mp / npred if npred else 0.0
        r = mg / ngold if ngold else 0.0
        per_type[t] = {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    mp, npred, mg, ngold = (sum(c[i] for c in counts.values()) for i in range(4))
    p = mp / npred if npred else 0.0
    r = mg / ngold if ngold else 0.0
    micro = {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    return {"micro": micro, "per_type": per_type}


def score_linking(gold_docs: list[dict], pred_docs: list[dict]) -> dict:
    """Linking of the gold mentions that have a QID: `accuracy` (the shared README's figure) over those found
    strictly, the share whose predicted QID is the gold one; `precision`, of the QIDs predicted for them, the share
    right; `recall`, of all of them (found or not), the share found with the right QID."""
    preds = {d["id"]: d for d in pred_docs}
    n = correct = predicted = total = 0
    for g in gold_docs:
        pred = {_key(e): e for e in preds.get(g["id"], {}).get("entities", [])}
        for e in g.get("entities", []):
            if not e.get("qid"):
                continue
            total += 1
            if _key(e) not in pred:
                continue
            n += 1
            qid = pred[_key(e)].get("qid")
            predicted += qid is not None
            correct += qid == e["qid"]
    return {
        "accuracy": round(correct / n, 4) if n else 0.0,
        "n": n,
        "precision": round(correct / predicted, 4) if predicted else 0.0,
        "recall": round(correct / total, 4) if total else 0.0,
    }


def _relation_keys(doc: dict) -> set[tuple]:
    ents = doc.get("entities", [])
    return {(r["type"], _key(ents[r["head"]]), _key(ents[r["tail"]])) for r in doc.get("relations", [])}


def _overlaps(a: tuple, b: tuple) -> bool:
    return a[2] == b[2] and a[0] < b[1] and b[0] < a[1]


def lenient_hit(key: tuple, others: set[tuple]) -> bool:
    """A relation key matches one of `others` of the same type whose arguments overlap its own (same types)."""
    type_, head, tail = key
    return any(t == type_ and _overlaps(head, h) and _overlaps(tail, o) for t, h, o in others)


def score_relations(gold_docs: list[dict], pred_docs: list[dict], lenient: bool = False) -> dict:
    """Relation P/R/F1: strict (both argument spans exact, as the shared README scores), or lenient (both
    arguments overlap a gold relation's of the same types: what the relation rules got right whatever the
    entity boundaries)."""
    preds = {d["id"]: d for d in pred_docs}
    tp_pred = tp_gold = n_pred = n_gold = 0
    for g in gold_docs:
        gk, pk = _relation_keys(g), _relation_keys(preds.get(g["id"], {}))
        if lenient:
            tp_pred += sum(lenient_hit(k, gk) for k in pk)
            tp_gold += sum(lenient_hit(k, pk) for k in gk)
        else:
            tp_pred += len(gk & pk)
            tp_gold += len(gk & pk)
        n_pred += len(pk)
        n_gold += len(gk)
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score_non_facts(gold_docs: list[dict], pred_docs: list[dict]) -> dict:
    """Gold statements that are not facts: how many the extractor asserts as facts, how many it recognises as the
    kind of non-fact they are (a negated one as negated or denied; a hedged, conditional or proposed one as not
    stated)."""
    preds = {d["id"]: d for d in pred_docs}
    n = asserted = recognised = 0
    for g in gold_docs:
        if not g.get("non_facts"):
            continue
        pred = preds.get(g["id"], {})
        facts = _relation_keys(pred)
        others = {
            k: r
            for r in pred.get("not_facts", [])
            for k in _relation_keys({"entities": pred["entities"], "relations": [r]})
        }
        for r in g["non_facts"]:
            (key,) = _relation_keys({"entities": g["entities"], "relations": [r]})
            n += 1
            asserted += key in facts
            found = others.get(key)
            if found is not None:
                negative = r["status"] in ("negated", "denied")
                recognised += (found["polarity"] != "asserted") == negative or (
                    not negative and found["modality"] != "stated"
                )
    return {"n": n, "asserted_as_fact": asserted, "recognised": recognised}


#: a sentence end between two arguments: final punctuation (and a closing quote or bracket) before a capital, or a
#: blank line
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(]?[A-Z0-9]|\n\s*\n")


def relation_misses(gold_docs: list[dict], pred_docs: list[dict]) -> dict[str, int]:
    """Each gold relation the facts do not hold (strictly), counted once under the first cause that applies:
    `argument` (a span not predicted exactly, with its type), `below_threshold` (an asserted, stated candidate under
    the fact threshold), `not_stated` (predicted as negated, hedged, conditional or proposed), `across_sentences`
    or `within_sentence` (no candidate at all; where the two arguments stand)."""
    preds = {d["id"]: d for d in pred_docs}
    causes: Counter[str] = Counter()
    for g in gold_docs:
        pred = preds.get(g["id"], {})
        spans = {_key(e) for e in pred.get("entities", [])}
        facts = _relation_keys(pred)
        ents = pred.get("entities", [])
        candidates = _relation_keys({"entities": ents, "relations": pred.get("candidates", [])})
        others = _relation_keys({"entities": ents, "relations": pred.get("not_facts", [])})
        for key in _relation_keys(g) - facts:
            _, head, tail = key
            if head not in spans or tail not in spans:
                causes["argument"] += 1
            elif key in candidates:
                causes["below_threshold"] += 1
            elif key in others:
                causes["not_stated"] += 1
            else:
                first, second = sorted([head, tail])
                apart = _SENTENCE_END.search(g.get("text", "")[first[1] : second[0]])
                causes["across_sentences" if apart else "within_sentence"] += 1
    return {k: causes[k] for k in ("argument", "below_threshold", "not_stated", "across_sentences", "within_sentence")}


def relation_curve(gold_docs: list[dict], pred_docs: list[dict], thresholds=None) -> list[dict]:
    """Relation P/R/F1 if the fact threshold were t, for each t, over the asserted and stated candidates."""
    thresholds = thresholds or sorted({round(r["confidence"], 3) for d in pred_docs for r in d.get("candidates", [])})
    rows = []
    for t in thresholds:
        cut = [{**d, "relations": [r for r in d.get("candidates", []) if r["confidence"] >= t]} for d in pred_docs]
        rows.append({"threshold": t, **score_relations(gold_docs, cut)})
    return rows


def score(gold_docs: list[dict], pred_docs: list[dict]) -> dict:
    """All figures in the shape `policygraph eval --json` prints."""
    return {
        "entities": {
            "strict": score_entities(gold_docs, pred_docs),
            "lenient": score_entities(gold_docs, pred_docs, lenient=True),
        },
        "entities_by_kind": {
            kind: score_entities(docs, pred_docs)["micro"] for kind, docs in sorted(_by_kind(gold_docs).items())
        },
        "linking": score_linking(gold_docs, pred_docs),
        "relations": score_relations(gold_docs, pred_docs),
        "relations_lenient": score_relations(gold_docs, pred_docs, lenient=True),
        "not_facts": score_non_facts(gold_docs, pred_docs),
        "relation_misses": relation_misses(gold_docs, pred_docs),
        "curve": relation_curve(gold_docs, pred_docs),
    }


#: document kinds written by a telegram's drafter (cables, FRUS telegrams), scored together as "telegram"
_TELEGRAM_KINDS = frozenset({"cable", "frus-telegram", "telegram"})


def _by_kind(gold_docs: list[dict]) -> dict[str, list[dict]]:
    """Gold documents grouped by their `kind` (telegrams together), when the gold file records kinds."""
    groups: dict[str, list[dict]] = {}
    for g in gold_docs:
        if g.get("kind"):
            groups.setdefault("telegram" if g["kind"] in _TELEGRAM_KINDS else g["kind"], []).append(g)
    return groups


def read_gold(path: Path | str) -> list[dict]:
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def to_gold_format(doc_id: str, extraction) -> dict:
    """An `Extraction` as a gold-format document (entities indexed by position, relations by index): `relations`
    are the facts; `not_facts` the relations stated otherwise (with their polarity and modality); `candidates`
    every asserted, stated relation whatever its confidence (for the threshold curve)."""

    def row(r) -> dict:
        return {
            "head": r.head,
            "tail": r.tail,
            "type": r.type,
            "confidence": r.confidence,
            "pattern": r.source,
            "polarity": r.polarity,
            "modality": r.modality,
        }

    return {
        "id": doc_id,
        "entities": [
            {"start": m.start, "end": m.end, "type": m.type, "text": m.text, "qid": m.qid, "entity_id": m.entity_id}
            for m in extraction.mentions
        ],
        "relations": [row(r) for r in extraction.relations if r.fact],
        "not_facts": [row(r) for r in extraction.relations if r.polarity != "asserted" or r.modality != "stated"],
        "candidates": [row(r) for r in extraction.relations if r.polarity == "asserted" and r.modality == "stated"],
    }


def predict_documents(docs: Iterable[dict], settings: NlpSettings | None = None, extractor=None) -> list[dict]:
    from pipelines.model import ExtractionFailure
    from pipelines.nlp.extract import ExtractionError, Extractor

    extractor = extractor or Extractor(settings or NlpSettings())
    docs = list(docs)
    items = [(d["id"], "gold", d["text"]) for d in docs]
    out = []
    for d, x in zip(docs, extractor.extract_many(items), strict=True):
        if isinstance(x, ExtractionFailure):
            raise ExtractionError(x)  # a score over fewer documents would mislead
        out.append(to_gold_format(d["id"], x))
    return out


def predict_gold_format(gold_path: Path | str, settings: NlpSettings | None = None, extractor=None) -> list[dict]:
    """Run the real pipeline on the texts of a gold file; predictions in the gold format, one dict per document."""
    return predict_documents(read_gold(gold_path), settings, extractor)


def evaluate_file(gold_path: Path | str, settings: NlpSettings | None = None, extractor=None) -> dict:
    """Predict on a gold file and score: {"entities": {"strict", "lenient"}, "linking", "relations"}."""
    gold = read_gold(gold_path)
    return score(gold, predict_documents(gold, settings, extractor))


def format_scores(scores: dict) -> str:
    """A plain-text table of the scores."""
    lines = [f"{'entities':<12}{'strict P':>9}{'R':>7}{'F1':>7}   {'lenient P':>9}{'R':>7}{'F1':>7}"]
    strict, lenient = scores["entities"]["strict"], scores["entities"]["lenient"]
    for t in [*ENTITY_TYPES, "micro"]:
        a = strict["micro"] if t == "micro" else strict["per_type"][t]
        b = lenient["micro"] if t == "micro" else lenient["per_type"][t]
        lines.append(
            f"{t:<12}{a['p']:>9.3f}{a['r']:>7.3f}{a['f1']:>7.3f}   {b['p']:>9.3f}{b['r']:>7.3f}{b['f1']:>7.3f}"
        )
    for kind, micro in (scores.get("entities_by_kind") or {}).items():
        lines.append(f"entities on {kind:<18} strict P {micro['p']:.3f} R {micro['r']:.3f} F1 {micro['f1']:.3f}")
    link, rel = scores["linking"], scores["relations"]
    lines.append(f"linking accuracy {link['accuracy']:.3f} (n={link['n']})")
    if "precision" in link:
        lines.append(f"linking precision {link['precision']:.3f} recall {link['recall']:.3f} (all gold QIDs)")
    lines.append(f"relations P {rel['p']:.3f} R {rel['r']:.3f} F1 {rel['f1']:.3f}")
    if "relations_lenient" in scores:
        rl = scores["relations_lenient"]
        lines.append(f"relations, arguments overlapping (lenient) P {rl['p']:.3f} R {rl['r']:.3f} F1 {rl['f1']:.3f}")
    misses = scores.get("relation_misses")
    if misses and any(misses.values()):
        lines.append(
            f"relations missed: {sum(misses.values())}; an argument's span not found {misses['argument']}, "
            f"below the threshold {misses['below_threshold']}, judged not a fact {misses['not_stated']}, "
            f"no candidate: arguments in different sentences {misses['across_sentences']}, "
            f"in one sentence {misses['within_sentence']}"
        )
    nf = scores.get("not_facts") or {}
    if nf.get("n"):
        lines.append(
            f"not facts in the gold: {nf['n']}; asserted as facts {nf['asserted_as_fact']}, "
            f"recognised as what they are {nf['recognised']}"
        )
    return "\n".join(lines)


def format_curve(scores: dict) -> str:
    """The precision/recall trade-off: relation P/R/F1 at each confidence threshold."""
    lines = [f"{'threshold':>9}{'P':>7}{'R':>7}{'F1':>7}"]
    for row in scores.get("curve", []):
        lines.append(f"{row['threshold']:>9.3f}{row['p']:>7.3f}{row['r']:>7.3f}{row['f1']:>7.3f}")
    return "\n".join(lines)
