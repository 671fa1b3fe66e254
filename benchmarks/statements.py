"""Synthetic extraction records (Document + Extraction) shaped like the pipeline's own output, for the graph
benchmarks: each document gets ~40-80 mentions of real reference entities and a few typed relations, so the
graph has the same shape (NIF mentions, entities, relation assertions with evidence) as a real run's graph."""

from __future__ import annotations

import csv
import hashlib
import random
from collections.abc import Iterator
from functools import lru_cache

from benchmarks.corpus import DATA_TYPES, REFERENCE_DIR, article_text
from pipelines.model import Document, Extraction, Mention, Relation
from pipelines.vocabulary import load_vocabulary

#: relation type -> (head kind, tail kind): one signature of each relation the ontology allows
_RELATIONS = {
    name: (min(r.heads).lower(), min(r.tails).lower()) for name, r in sorted(load_vocabulary().relations.items())
}
_TYPES = {
    "state": "State",
    "agency": "Agency",
    "law": "Law",
    "firm": "Firm",
    "igo": "IGO",
    "person": "Person",
    "datatype": "DataType",
}


@lru_cache(maxsize=1)
def entity_pool() -> dict[str, list[tuple[str, str, str | None]]]:
    """kind -> [(entity_id, label, qid)] from the reference tables."""
    pool: dict[str, list[tuple[str, str, str | None]]] = {}
    for kind, name in (("agency", "agencies"), ("law", "laws"), ("firm", "firms"), ("igo", "igos")):
        with (REFERENCE_DIR / f"{name}.csv").open(encoding="utf-8") as fh:
            pool[kind] = [(r["entity_id"], r["label"], r.get("qid") or None) for r in csv.DictReader(fh)]
    with (REFERENCE_DIR / "persons.csv").open(encoding="utf-8") as fh:
        pool["person"] = [(r["entity_id"], r["label"], r.get("qid") or None) for r in csv.DictReader(fh)]
    with (REFERENCE_DIR / "countries.csv").open(encoding="utf-8") as fh:
        pool["state"] = [(f"state/{r['iso2']}", r["name"], r["qid"] or None) for r in csv.DictReader(fh)]
    pool["datatype"] = [(f"datatype/{d.replace(' ', '-')}", d, None) for d in DATA_TYPES]
    return pool


def synthetic_record(seed: int, index: int, mentions: int = 60, relations: int = 8) -> tuple[Document, Extraction]:
    """One document and its extraction. `index` makes the document id unique; same (seed, index), same record."""
    rng = random.Random(f"stmt|{seed}|{index}")
    text = article_text(seed, index % 997, words=500)  # texts repeat; ids and facts do not
    doc_id = f"a-{seed}-{index:08d}"
    version = hashlib.sha256(f"{doc_id}|{text}".encode()).hexdigest()[:16]
    doc = Document(
        doc_id=doc_id,
        kind="article",
        uri=f"https://news.example.org/{doc_id}",
        version=version,
        text=text,
        title=text.split("\n", 1)[0],
        published=text.split("\n")[1],
        language="en",
    )
    pool = entity_pool()
    ms: list[Mention] = []
    by_kind: dict[str, list[int]] = {}
    step = max(1, len(text) // (mentions + 1))
    for i in range(mentions):
        kind = rng.choice(list(_TYPES))
        eid, label, qid = rng.choice(pool[kind])
        start = i * step
        end = min(start + rng.randint(4, 20), len(text))
        by_kind.setdefault(kind, []).append(len(ms))
        ms.append(
            Mention(
                start=start,
                end=end,
                text=text[start:end],
                type=_TYPES[kind],
                entity_id=eid,
                label=label,
                qid=qid,
                confidence=round(rng.uniform(0.6, 1.0), 3),
                source="ruler",
            )
        )
    rels: list[Relation] = []
    for _ in range(relations):
        rtype = rng.choice(list(_RELATIONS))
        hk, tk = _RELATIONS[rtype]
        if hk not in by_kind or tk not in by_kind:
            continue
        head, tail = rng.choice(by_kind[hk]), rng.choice(by_kind[tk])
        s0 = min(ms[head].start, ms[tail].start)
        s1 = max(ms[head].end, ms[tail].end)
        rels.append(Relation(head=head, tail=tail, type=rtype, sentence_start=s0, sentence_end=s1, confidence=0.7))
    ex = Extraction(doc_id, version, tuple(ms), tuple(rels), extractor="policygraph-nlp/0.1+bench")
    return doc, ex


def synthetic_records(seed: int, start: int = 0) -> Iterator[tuple[Document, Extraction]]:
    index = start
    while True:
        yield synthetic_record(seed, index)
        index += 1
