"""The candidate mention every finder returns, with character offsets."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from pipelines.nlp.lexicon import PATTERNS_DIR


@dataclass(frozen=True)
class CandidateRule:
    """What one finder rule gives its candidates (`patterns/candidate_rules.yaml`)."""

    source: str
    priority: int
    confidence: float


@lru_cache(maxsize=2)
def candidate_rules(path: Path = PATTERNS_DIR / "candidate_rules.yaml") -> dict[str, CandidateRule]:
    """Rule id -> its source, priority and confidence, read once from the table."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        str(rule_id): CandidateRule(str(row.get("source", rule_id)), int(row["priority"]), float(row["confidence"]))
        for rule_id, row in data.items()
    }


@dataclass
class Cand:
    """A candidate mention. Higher `priority` wins an overlap; at equal priority the longer span wins (the finders'
    priorities and confidences are data, `patterns/candidate_rules.yaml`: build one with `Cand.of`). The fields
    after `entity_id` link it to what the text says about it elsewhere; most candidates have none of them."""

    start: int
    end: int
    type: str
    source: str
    priority: int = 3
    confidence: float = 0.8
    entity_id: str | None = None
    #: the label of `entity_id` as the finder that resolved it gives it (a telegram header's or a post's name),
    #: used when the tables do not know the entity; without it the mention's own text
    label: str | None = None
    #: the mention this one repeats, abbreviates or names in another language ("Personal Data Protection Act
    #: (PDPA)": the PDPA's parent is the Act): it takes the parent's entity
    parent: Cand | None = None
    #: an abbreviation a definition links that the rulers or the NER found already: the definition gives the
    #: mention found its type and parent instead of adding this one
    replaces_found: bool = False
    #: (start, end) of the citation this quoted title follows ("E.O. 14117 “Preventing Access ...”"): the
    #: candidate there, when chosen, becomes its parent
    same_as: tuple[int, int] | None = None
    #: (start, end) of the abbreviation a citation defines in brackets ("Executive Order (E.O.) 14117")
    abbreviation: tuple[int, int] | None = None
    #: the normalised text of `abbreviation`: the document's key for this mention's entity, noted when it resolves
    abbrev_key: str | None = None
    #: the name the tables know this mention by, when they do not know its own: the citation or abbreviation in
    #: the parenthesis after it ("Data Protection Law (law no. 151 of 2020)"), or its name with the country in
    #: front ("China Personal Information Protection Law" for "Personal Information Protection Law of China")
    known_as: str | None = None

    @classmethod
    def of(cls, start: int, end: int, type: str, rule_id: str, **fields) -> Cand:
        """A candidate found by the rule `rule_id` of `patterns/candidate_rules.yaml`, with its source, priority and
        confidence; `fields` sets the links (`entity_id`, `parent` ...)."""
        rule = candidate_rules()[rule_id]
        return cls(start, end, type, rule.source, rule.priority, rule.confidence, **fields)

    @property
    def length(self) -> int:
        return self.end - self.start
