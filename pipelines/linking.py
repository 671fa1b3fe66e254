"""Entities that link nowhere, their candidates, and the reviewers' judgements that settle them.

An extracted entity the reference tables do not know keeps its own stable IRI (`id/<kind>/<slug>`). `unlinked`
lists those entities with their surface forms and the reference entities of the same type that share words with
them, for a reviewer to confirm. A confirmed decision goes into `ontology/reference/judgements.csv` (one row per
entity, kept under version control like the tables) and is applied on every later run, when the entities graph is
written:

- `same`: the entity is the reference entity `target` (`owl:sameAs` between the two IRIs);
- `link`: the entity is the Wikidata item `qid` (`owl:sameAs wd:<qid>`, `pg:wikidataId`);
- `distinct`: it is neither of its candidates (listed no more).

Like the judgements an entity-resolution tool keeps (nomenklatura's), a judgement is made once by a person and
never re-derived by the machine.
"""

from __future__ import annotations

import csv
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from pipelines.paths import REFERENCE_DIR

JUDGEMENTS_FILE = REFERENCE_DIR / "judgements.csv"
DECISIONS = ("same", "link", "distinct")
_QID = re.compile(r"Q[1-9][0-9]*")
_WORD = re.compile(r"[a-z0-9]+")
_STOP_WORDS = frozenset("the of and for on in to a an".split())
#: how alike two names must be (Jaccard over their words) for one to be offered as the other's candidate
MIN_CANDIDATE_SCORE = 0.6


class JudgementError(ValueError):
    """A judgements file row that cannot be applied (the message names the row)."""


@dataclass(frozen=True)
class Judgement:
    entity_id: str
    decision: str
    target: str = ""
    qid: str = ""
    reviewer: str = ""
    date: str = ""
    note: str = ""


#: the columns of the judgements file: the fields of a judgement, in order
JUDGEMENT_COLUMNS = tuple(f.name for f in fields(Judgement))


def load_judgements(path: Path = JUDGEMENTS_FILE, known: set[str] | None = None) -> dict[str, Judgement]:
    """The judgements by entity id; a row with an unknown decision, a malformed QID or (given the reference ids
    `known`) an unknown target is an error, not silently skipped."""
    if not path.exists():
        return {}
    out: dict[str, Judgement] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            j = Judgement(**{k: (row.get(k) or "").strip() for k in JUDGEMENT_COLUMNS})
            where = f"{path.name}:{line}"
            if j.decision not in DECISIONS:
                raise JudgementError(f"{where}: decision is one of {', '.join(DECISIONS)}, not {j.decision!r}")
            if j.decision == "link" and not _QID.fullmatch(j.qid):
                raise JudgementError(f"{where}: a 'link' needs a Wikidata id such as Q42 in `qid`")
            if j.decision == "same" and (not j.target or (known is not None and j.target not in known)):
                raise JudgementError(f"{where}: a 'same' needs the entity id of a reference entity in `target`")
            if j.entity_id in out:
                raise JudgementError(f"{where}: a second judgement for {j.entity_id}")
            out[j.entity_id] = j
    return out


@dataclass
class Candidate:
    entity_id: str
    label: str
    qid: str | None
    score: float


@dataclass
class Unlinked:
    entity_id: str
    type: str
    label: str
    documents: int
    surface_forms: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP_WORDS}


def candidates_for(label: str, type_: str, index, limit: int = 3) -> list[Candidate]:
    """Reference entities of the type whose label or an alias shares most of the name's words."""
    words = _words(label)
    if not words:
        return []
    scored = []
    for e in index.entities.values():
        if e.type != type_:
            continue
        best = 0.0
        for name in (e.label, *e.aliases):
            other = _words(name)
            if other:
                best = max(best, len(words & other) / len(words | other))
        if best >= MIN_CANDIDATE_SCORE:
            scored.append(Candidate(e.entity_id, e.label, e.qid, round(best, 3)))
    return sorted(scored, key=lambda c: (-c.score, c.entity_id))[:limit]


def unlinked_entities(
    catalogue: dict[str, dict], surface_forms: dict[str, set[str]], index, judgements: dict[str, Judgement]
) -> list[Unlinked]:
    """Entities of the catalogue with no Wikidata id that are not reference entities and not judged yet."""
    out = []
    for entity_id, entry in sorted(catalogue.items()):
        if entry.get("qid") or entity_id in index.entities or entity_id in judgements or entry["type"] == "DataType":
            continue
        out.append(
            Unlinked(
                entity_id,
                entry["type"],
                entry["label"],
                len(entry.get("docs", [])),
                sorted(surface_forms.get(entity_id, set()))[:8],
                candidates_for(entry["label"], entry["type"], index),
            )
        )
    return out
