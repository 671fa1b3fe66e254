"""The lookup key of a name (`normalize`) and the `ReferenceIndex`: every reference entity with an alias index
over it, the capitals, official names, generic names and link-only ids."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from pipelines.model import Entity

#: entity-id prefix of each ontology type
KIND = {
    "State": "state",
    "Agency": "agency",
    "IGO": "igo",
    "Firm": "firm",
    "Law": "law",
    "DataType": "datatype",
    "Person": "person",
}


APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "\u00a0": " "})


SPACES = re.compile(r"\s+")


NUMBER_SIGN = re.compile(r"\b(?:No|Nos|Number)\.?\s+(?=\d)", re.IGNORECASE)


@lru_cache(maxsize=65536)
def regular_demonyms(name: str) -> frozenset[str]:
    """The nationality adjectives English forms by rule from a one-word place name: the name with -n, -an, -ian or
    -ese, after a final vowel too ("Vietnam" -> "vietnamese", "Italy" -> "italian", "Kenya" -> "kenyan"); none for
    a name of several words or under four letters."""
    low = name.lower()
    if " " in low or len(low) < 4:
        return frozenset()
    stems = {low, low[:-1]} if low[-1] in "aeiouy" else {low}
    return frozenset(s + suffix for s in stems for suffix in ("n", "an", "ian", "ese"))


def normalize(text: str) -> str:
    """The lookup key of a name: case-folded, dots and determiners dropped, apostrophes and spaces unified.

    "the U.S." -> "us"; "People’s Republic of China" -> "people's republic of china"; "the United Nations'" ->
    "united nations".
    """
    t = SPACES.sub(" ", text.translate(APOSTROPHES)).strip()
    t = re.sub(r"^(?:the|The|THE)\s+", "", t)
    t = re.sub(r"'s$|(?<=s)'$", "", t)  # "the Commission's", "the United Nations'"
    t = NUMBER_SIGN.sub("", t)  # "Regulation No. 71" and "Regulation 71" are one name
    t = t.replace(".", "").casefold()
    return SPACES.sub(" ", t).strip()


@dataclass
class ReferenceIndex:
    """All reference entities and an alias index over them."""

    entities: dict[str, Entity] = field(default_factory=dict)
    #: normalized alias -> entity ids (several when the alias is ambiguous)
    by_alias: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: surface aliases per entity, for generating matcher patterns
    surfaces: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: capital city (normalized) -> state entity id, for "Washington" / "Beijing" meaning the government
    capitals: dict[str, str] = field(default_factory=dict)
    #: state entity id -> official name (for "the Kingdom", "the Republic")
    official_names: dict[str, str] = field(default_factory=dict)
    #: (normalized name, entity id) of the names generated tables give, often generic ("Data Protection
    #: Commission", "DPC"): trusted only when the document names the entity's country or names no country at all
    generic: set[tuple[str, str]] = field(default_factory=set)
    #: ids whose names only link (never recognise or type) a mention
    link_only: set[str] = field(default_factory=set)
    #: (normalized name, entity id) of single names that only link, of an entity whose other names recognise
    link_names: set[tuple[str, str]] = field(default_factory=set)
    #: a nationality adjective (lower case) -> the one state it is of ("chinese" -> state/CN, "irish" -> state/IE)
    demonyms: dict[str, str] = field(default_factory=dict)

    def add(self, entity: Entity, aliases: list[str], link_only: bool = False) -> None:
        """Index an entity under its label and aliases; a `link_only` entity links a mention the recogniser found
        but gives the name matcher no pattern (its names may be common words: "Orange", "Three")."""
        names = [entity.label, *aliases]
        if entity.entity_id in self.entities:
            # a second row for the same entity adds its names, and its Wikidata id where the first row had none (a
            # generated row giving a curated one its id); a known id is never replaced
            known = self.entities[entity.entity_id]
            if not known.qid and entity.qid and known.type == entity.type:
                known.qid = entity.qid
            entity = known
        else:
            self.entities[entity.entity_id] = entity
            if link_only:
                self.link_only.add(entity.entity_id)
        for alias in names:
            alias = alias.strip()
            if not alias:
                continue
            key = normalize(alias)
            if entity.entity_id not in self.by_alias[key]:
                self.by_alias[key].append(entity.entity_id)
            if not link_only and alias not in self.surfaces[entity.entity_id]:
                self.surfaces[entity.entity_id].append(alias)
            if alias != entity.label and alias not in entity.aliases:
                entity.aliases.append(alias)

    def add_link_name(self, entity_id: str, name: str) -> None:
        """A name that links a mention the recogniser found and typed as the entity is, and does nothing else: no
        pattern, no type, no alias of the entity; trusted, like a generated name, only where the document names the
        entity's country or no country ("STATE" and "DEPT" in a telegram are the Department of State)."""
        key = normalize(name)
        if entity_id in self.entities and entity_id not in self.by_alias[key]:
            self.by_alias[key].append(entity_id)
        self.link_names.add((key, entity_id))
        self.generic.add((key, entity_id))

    def candidates(self, text: str, type_: str | None = None) -> list[Entity]:
        """Entities an alias may name, optionally only of one type."""
        ids = self.by_alias.get(normalize(text), [])
        found = [self.entities[i] for i in ids]
        return [e for e in found if type_ is None or e.type == type_]

    def recognised(self, text: str) -> list[Entity]:
        """The entities a name names for the recogniser: not those of link-only tables."""
        key = normalize(text)
        return [
            e
            for e in self.candidates(text)
            if e.entity_id not in self.link_only and (key, e.entity_id) not in self.link_names
        ]

    def type_of(self, text: str) -> str | None:
        """The type a name has in the tables (link-only ones aside) when all its readings agree, else None."""
        types = {e.type for e in self.recognised(text)}
        return types.pop() if len(types) == 1 else None
