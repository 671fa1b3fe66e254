"""Score extraction against gold JSON Lines, exactly as `../shared/eval/README.md` describes.

- Entities, strict: a prediction is correct when `start`, `end` and `type` equal a gold mention's; lenient: when
  it overlaps a gold mention of the same type. Precision, recall, F1 per type and micro-averaged over the seven
  types.
- Linking: of the gold mentions with a `qid` that were found (strict), the share whose prediction has that qid.
- Relations: a prediction is correct when its type and both argument mentions (strict) equal a gold relation's.

The scoring functions are pure (gold and predicted documents as dicts in the gold format); `evaluate_file` runs
the real pipeline on the gold texts first.
"""

from __future__ import annotations

import json
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
    """Accuracy of the predicted QIDs on gold mentions that have a QID and were found strictly."""
    preds = {d["id"]: d for d in pred_docs}
    n = correct = 0
    for g in gold_docs:
        pred = {_key(e): e for e in preds.get(g["id"], {}).get("entities", [])}
        for e in g.get("entities", []):
            if not e.get("qid") or _key(e) not in pred:
                continue
            n += 1
            correct += pred[_key(e)].get("qid") == e["qid"]
    return {"accuracy": round(correct / n, 4) if n else 0.0, "n": n}


def _relation_keys(doc: dict) -> set[tuple]:
    ents = doc.get("entities", [])
    return {(r["type"], _key(ents[r["head"]]), _key(ents[r["tail"]])) for r in doc.get("relations", [])}


def score_relations(gold_docs: list[dict], pred_docs: list[dict]) -> dict:
    preds = {d["id"]: d for d in pred_docs}
    tp = n_pred = n_gold = 0
    for g in gold_docs:
        gk, pk = _relation_keys(g), _relation_keys(preds.get(g["id"], {}))
        tp += len(gk & pk)
        n_pred += len(pk)
        n_gold += len(gk)
    return _prf(tp, n_pred, n_gold)


def score(gold_docs: list[dict], pred_docs: list[dict]) -> dict:
    """All figures in the shape `policygraph eval --json` prints."""
    return {
        "entities": {
            "strict": score_entities(gold_docs, pred_docs),
            "lenient": score_entities(gold_docs, pred_docs, lenient=True),
        },
        "linking": score_linking(gold_docs, pred_docs),
        "relations": score_relations(gold_docs, pred_docs),
    }


def read_gold(path: Path | str) -> list[dict]:
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def to_gold_format(doc_id: str, extraction) -> dict:
    """An `Extraction` as a gold-format document (entities indexed by position, relations by index)."""
    return {
        "id": doc_id,
        "entities": [
            {"start": m.start, "end": m.end, "type": m.type, "text": m.text, "qid": m.qid, "entity_id": m.entity_id}
            for m in extraction.mentions
        ],
        "relations": [
            {"head": r.head, "tail": r.tail, "type": r.type, "confidence": r.confidence} for r in extraction.relations
        ],
    }


def predict_documents(docs: Iterable[dict], settings: NlpSettings | None = None, extractor=None) -> list[dict]:
    from pipelines.nlp.extract import Extractor

    extractor = extractor or Extractor(settings or NlpSettings())
    docs = list(docs)
    items = [(d["id"], "gold", d["text"]) for d in docs]
    return [to_gold_format(d["id"], x) for d, x in zip(docs, extractor.extract_many(items), strict=True)]


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
    link, rel = scores["linking"], scores["relations"]
    lines.append(f"linking accuracy {link['accuracy']:.3f} (n={link['n']})")
    lines.append(f"relations P {rel['p']:.3f} R {rel['r']:.3f} F1 {rel['f1']:.3f}")
    return "\n".join(lines)
