"""Offline reference tables and the entity resolver.

The tables under `ontology/reference/` (CSV, each row with a `source`) name the states, agencies, IGOs, firms, laws
and people the project knows, with their aliases and identifiers (Wikidata QID, GeoNames, ISO/FIPS, CELEX, ELI,
DPV, DBpedia). `ontology/datatypes.ttl` names the data types. `load_reference()` reads them once into a
`ReferenceIndex`; a `Resolver` turns a typed mention into `(entity_id, label, qid)`:

    >>> resolver = Resolver(load_reference())
    >>> resolver.resolve("U.S.", "State")
    ('state/US', 'United States', 'Q30')

Unknown names get a deterministic id from their canonical form ("agency/ministry-of-culture"). A `DocContext`
remembers what a document has already named, so that short forms ("Rubio", "the Department", "CJEU" after
"Court of Justice of the European Union (CJEU)") resolve to the same entity when that is unambiguous.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipelines.model import Entity, slugify
from pipelines.paths import ONTOLOGY_DIR, REFERENCE_DIR

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

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "\u00a0": " "})
_WS = re.compile(r"\s+")


_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?:19|20)\d\d$")
_NUMBER_SIGN = re.compile(r"\b(?:No|Nos|Number)\.?\s+(?=\d)", re.IGNORECASE)
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "a", "an", "by", "at", "de"})


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """The lookup key of a name: case-folded, dots and determiners dropped, apostrophes and spaces unified.

    "the U.S." -> "us"; "People’s Republic of China" -> "people's republic of china".
    """
    t = _WS.sub(" ", text.translate(_APOS)).strip()
    t = re.sub(r"^(?:the|The|THE)\s+", "", t)
    t = re.sub(r"'s$", "", t)
    t = _NUMBER_SIGN.sub("", t)  # "Regulation No. 71" and "Regulation 71" are one name
    t = t.replace(".", "").casefold()
    return _WS.sub(" ", t).strip()


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

    def add(self, entity: Entity, aliases: list[str], link_only: bool = False) -> None:
        """Index an entity under its label and aliases; a `link_only` entity links a mention the recogniser found
        but gives the name matcher no pattern (its names may be common words: "Orange", "Three")."""
        names = [entity.label, *aliases]
        if entity.entity_id in self.entities:
            # a second row for the same entity only adds its names
            entity = self.entities[entity.entity_id]
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

    def candidates(self, text: str, type_: str | None = None) -> list[Entity]:
        """Entities an alias may name, optionally only of one type."""
        ids = self.by_alias.get(normalize(text), [])
        found = [self.entities[i] for i in ids]
        return [e for e in found if type_ is None or e.type == type_]

    def recognised(self, text: str) -> list[Entity]:
        """The entities a name names for the recogniser: not those of link-only tables."""
        return [e for e in self.candidates(text) if e.entity_id not in self.link_only]

    def type_of(self, text: str) -> str | None:
        """The type a name has in the tables (link-only ones aside) when all its readings agree, else None."""
        types = {e.type for e in self.recognised(text)}
        return types.pop() if len(types) == 1 else None


def _read(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _split(aliases: str | None) -> list[str]:
    return [a.strip() for a in (aliases or "").split("|") if a.strip()]


def _load_countries(index: ReferenceIndex, ref: Path) -> None:
    for r in _read(ref / "countries.csv"):
        if r["independent"].strip() != "Yes":
            # territories are places, not states (guidelines: a sovereign state or country)
            continue
        official = re.sub(r"^the\s+", "", r["official_name"].replace("*", "").strip())
        eid = f"state/{r['iso2']}"
        name = r["name"]
        entity = Entity(
            entity_id=eid,
            type="State",
            label=name,
            qid=r["qid"] or None,
            geonames=r["geonames"] or None,
            iso2=r["iso2"],
            iso3=r["iso3"] or None,
            fips=r["fips"] or None,
        )
        index.add(entity, [official])
        index.official_names[eid] = official
    for r in _read(ref / "country_aliases.csv"):
        eid = f"state/{r['iso2']}"
        if eid in index.entities:
            index.add(index.entities[eid], [r["alias"]])
    # readable labels where the CLDR short name is an abbreviation
    for eid, label in (("state/US", "United States"), ("state/GB", "United Kingdom")):
        if eid in index.entities:
            index.entities[eid].label = label
            index.add(index.entities[eid], [label])
    for r in _read(ref / "historical_states.csv"):
        index.add(
            Entity(entity_id=r["entity_id"], type="State", label=r["label"], qid=r["qid"] or None), _split(r["aliases"])
        )
    for r in _read(ref / "capitals.csv"):
        eid = f"state/{r['iso2']}"
        if eid in index.entities:
            index.capitals[normalize(r["capital"])] = eid


def _load_table(index: ReferenceIndex, path: Path, type_: str, link_only: bool = False) -> None:
    generated = path.name.startswith(("dpv_", "open_")) and type_ not in ("Firm", "Person")  # their names are their own
    for r in _read(path):
        if generated:
            index.generic.update((normalize(n), r["entity_id"]) for n in [r["label"], *_split(r.get("aliases"))])
        entity = Entity(
            entity_id=r["entity_id"],
            type=type_,
            label=r["label"],
            qid=(r.get("qid") or None),
            dpv=r.get("dpv") or None,
            celex=r.get("celex") or None,
            eli=r.get("eli") or None,
            dbpedia=(f"http://dbpedia.org/resource/{r['dbpedia']}" if r.get("dbpedia") else None),
            country=r.get("country") or None,
        )
        index.add(entity, _split(r.get("aliases")), link_only)


def _load_posts(index: ReferenceIndex, ref: Path) -> None:
    """Telegram address prefixes (SECSTATE, USDEL ...) from the cable parser's table, read-only."""
    for r in _read(ref / "posts.csv"):
        prefix = r.get("prefix", "").strip()
        eid = (r.get("entity_id") or "").strip()
        if not prefix or " " in prefix or not eid:
            continue  # templated rows ("U.S. Embassy {place}") name many posts, not one entity
        if eid in index.entities:
            index.add(index.entities[eid], [prefix])
        else:
            index.add(Entity(entity_id=eid, type="Agency", label=r["label"].replace(" {place}", "")), [prefix])


def _load_datatypes(index: ReferenceIndex, ttl: Path) -> None:
    """skos:prefLabel / skos:altLabel / skos:exactMatch of the ontology's data types (`pg:DataType` individuals)."""
    if not ttl.exists():
        return
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDF, RDFS, SKOS

    g = Graph()
    g.parse(ttl, format="turtle")
    data_type = URIRef("https://w3id.org/policygraph/ontology#DataType")
    base = "https://w3id.org/policygraph/id/datatype/"
    for subject in sorted(set(g.subjects(RDF.type, data_type)), key=str):
        iri = str(subject)
        if not iri.startswith(base):
            continue
        key = iri[len(base) :]
        pref = g.value(subject, SKOS.prefLabel) or g.value(subject, RDFS.label)
        label = str(pref) if pref is not None else key.replace("-", " ")
        alts = sorted(str(a) for a in g.objects(subject, SKOS.altLabel))
        exact = g.value(subject, SKOS.exactMatch)
        index.add(
            Entity(entity_id=f"datatype/{key}", type="DataType", label=label, dpv=str(exact) if exact else None), alts
        )


@lru_cache(maxsize=4)
def load_reference(reference_dir: Path = REFERENCE_DIR, datatypes_ttl: Path | None = None) -> ReferenceIndex:
    """Read every reference table once (cached per directory)."""
    index = ReferenceIndex()
    _load_countries(index, reference_dir)
    # curated tables first: on a shared alias the curated reading is listed first
    for name, type_ in (
        ("agencies.csv", "Agency"),
        ("igos.csv", "IGO"),
        ("firms.csv", "Firm"),
        ("laws.csv", "Law"),
        ("persons.csv", "Person"),
        ("dpv_laws.csv", "Law"),
        ("dpv_authorities.csv", "Agency"),
    ):
        _load_table(index, reference_dir / name, type_)
    # generated from open data sets: they link what the recogniser found, they recognise nothing themselves
    for name, type_ in (("open_agencies.csv", "Agency"), ("open_firms.csv", "Firm"), ("open_persons.csv", "Person")):
        _load_table(index, reference_dir / name, type_, link_only=True)
    _load_posts(index, reference_dir)
    _load_datatypes(index, datatypes_ttl or ONTOLOGY_DIR / "datatypes.ttl")
    return index


# --- resolution ---------------------------------------------------------------------------------------------

_LEADING_STATE = re.compile(r"^(?:U\.S\.|US|UK|EU|U\.K\.)\s+")
_PLURAL = [("ies", "y"), ("ses", "s"), ("s", "")]
_DT_EXTRA = {"bulk", "precise", "online", "raw", "digital", "electronic", "specified", "certain", "covered", "detailed"}


def singular(word: str) -> str:
    if word.endswith(("data", "metadata", "information", "ss", "communications")):
        return word[:-1] if word.endswith("communications") else word
    for suffix, repl in _PLURAL:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + repl
    return word


@dataclass
class DocContext:
    """What one document has named so far, for resolving its short forms."""

    #: entity ids in order of first mention, with their type and label
    seen: list[tuple[str, str, str]] = field(default_factory=list)
    #: abbreviation (normalized) -> entity id, from "Long Name (ABBR)"
    abbreviations: dict[str, str] = field(default_factory=dict)
    #: state ids mentioned, most recent last (to pick among same-named laws)
    states: list[str] = field(default_factory=list)

    def note(self, entity_id: str, type_: str, label: str) -> None:
        if not any(s[0] == entity_id for s in self.seen):
            self.seen.append((entity_id, type_, label))
        if type_ == "State":
            self.states.append(entity_id)


#: the most capitalised words a title shared by many countries' laws or bodies has ("Law on Personal Data
#: Protection", "Ministry of Information and Communications")
MAX_SHARED_TITLE_WORDS = 4


class Resolver:
    """Maps a typed mention to one entity: tables first, then the document's own earlier names, then a slug."""

    def __init__(self, index: ReferenceIndex):
        self.index = index

    def entity(self, entity_id: str) -> Entity | None:
        return self.index.entities.get(entity_id)

    def resolve(self, text: str, type_: str, context: DocContext | None = None) -> tuple[str, str, str | None]:
        """Return (entity_id, canonical label, Wikidata QID or None) for a mention of `type_`."""
        key = normalize(text)
        if context is not None and key in context.abbreviations:
            return self._result(context.abbreviations[key], text, type_)
        earlier = self._earlier_law(key, context) if type_ == "Law" and context is not None else None
        found = earlier or self._from_tables(text, type_, context) or self._country_qualified(text, type_)
        if found is not None:
            return self._result(found, text, type_)
        if context is not None:
            short = self._short_form(text, type_, context)
            if short is not None:
                return self._result(short, text, type_)
        return self._result(self.mint(text, type_), text, type_)

    def _result(self, entity_id: str, text: str, type_: str) -> tuple[str, str, str | None]:
        e = self.index.entities.get(entity_id)
        if e is not None:
            return entity_id, e.label, e.qid
        return entity_id, self.canonical(text, type_), None

    def _from_tables(self, text: str, type_: str, context: DocContext | None) -> str | None:
        cands = self.index.candidates(text, type_)
        if not cands and type_ == "DataType":
            cands = self._datatype_candidates(text)
        if not cands and type_ == "State":
            # "Washington", "Beijing" meaning the government
            eid = self.index.capitals.get(normalize(text))
            return eid
        if not cands:
            return None
        if type_ in ("Law", "Agency") and context is not None and context.states and self.descriptive_title(text):
            # "Personal Data Protection Law" in a text about Vietnam is not Saudi Arabia's: a title any country
            # may give its law or body names a country's one only where the document names that country
            cands = [c for c in cands if not (c.country or "").startswith("state/") or c.country in context.states]
            if not cands:
                return None
        key = normalize(text)
        if context is not None and context.states and all((key, c.entity_id) in self.index.generic for c in cands):
            # "Data Protection Commission" in a text about Nigeria is not Ireland's
            if not any(c.country in context.states for c in cands):
                return None
        if len(cands) == 1:
            return cands[0].entity_id
        # an alias several tables share ("Cybersecurity Law", "DPA"): the entity whose country the document named
        # most recently; when the document does not decide, no link (a wrong link is worse than none)
        for state in reversed(context.states if context is not None else []):
            for c in cands:
                if c.country == state:
                    return c.entity_id
        return None

    def _country_qualified(self, text: str, type_: str) -> str | None:
        """ "United States CLOUD Act", "Vietnam Ministry of Public Security": a known law or body of that country
        named with the country in front."""
        split = self.split_country(text, suffix=False, min_rest=1) if type_ in ("Law", "Agency") else None
        if split is None:
            return None
        state, rest = split
        same = [c for c in self.index.candidates(rest, type_) if c.country == state]
        return same[0].entity_id if same else None

    def split_country(self, text: str, suffix: bool = True, min_rest: int = 2) -> tuple[str, str] | None:
        """(state id, the rest of the name) when a name starts with a state ("Vietnam Ministry of X") or, with
        `suffix`, ends in "of <state>" ("Ministry of X of Vietnam"); the rest keeps at least `min_rest` words."""
        words = text.split()
        for n in (3, 2, 1):
            if len(words) < n + min_rest:
                continue
            head, tail = " ".join(words[:n]), " ".join(words[-n:])
            if self.index.type_of(head) == "State":
                return self.index.candidates(head, "State")[0].entity_id, " ".join(words[n:])
            if suffix and words[-n - 1].lower() == "of" and self.index.type_of(tail) == "State":
                return self.index.candidates(tail, "State")[0].entity_id, " ".join(words[: -n - 1])
        return None

    def _datatype_candidates(self, text: str) -> list[Entity]:
        words = normalize(text).replace("-", " ").split()
        words = [w for w in words if w not in _DT_EXTRA]
        if not words:
            return []
        variants = [" ".join(words), " ".join([*words[:-1], singular(words[-1])])]
        for v in variants:
            found = self.index.candidates(v, "DataType")
            if found:
                return found
        return []

    def descriptive_title(self, text: str) -> bool:
        """A short name made of capitalised ordinary words, no country, number or abbreviation in it ("Personal
        Data Protection Law", "Ministry of Public Security"): a title many countries give their own law or body.
        A longer title ("Clarifying Lawful Overseas Use of Data Act") is one legislature's own."""
        words = text.split()
        return (
            2 <= sum(w[0].isupper() for w in words) <= MAX_SHARED_TITLE_WORDS
            and all(re.fullmatch(r"[A-Z][a-z]+|of|on|and|for|the", w) for w in words)
            and not self.names_a_state(text)
        )

    def names_a_state(self, text: str) -> bool:
        """Whether a name holds a state's name anywhere: "Office of the United States Trade Representative"."""
        words = text.split()
        return any(
            self.index.type_of(" ".join(words[i : i + n])) == "State"
            for n in (1, 2, 3)
            for i in range(len(words) - n + 1)
        )

    @staticmethod
    def _earlier_law(key: str, context: DocContext) -> str | None:
        """A law the document named before: "the Data Act" after "the Swedish Data Act of 1973" is the Swedish act,
        whatever else the tables call "Data Act" (the document's own naming wins); so is "the Swedish Data Act of
        1973" after "the Swedish Data Act"."""
        if " " not in key:
            return None
        for eid, type_, label in reversed(context.seen):
            if type_ != "Law":
                continue
            full = normalize(label)
            undated = _YEAR_AFTER.sub("", full)
            if full != key and (full.endswith(" " + key) or undated == key or undated.endswith(" " + key)):
                return eid
            if _YEAR_AFTER.search(key) and _YEAR_AFTER.sub("", key) == full:
                return eid  # "the Swedish Data Act" first, "the Swedish Data Act of 1973" later
        return None

    def _short_form(self, text: str, type_: str, context: DocContext) -> str | None:
        key = normalize(text)
        same_type = [s for s in context.seen if s[1] == type_]
        if type_ == "Person" and (" " not in key or len(key.split()) == 2 and len(key.split()[0]) <= 3):
            # the surname said alone, with its particle when it has one ("de Maiziere" after "Thomas de Maiziere")
            n = len(key.split())
            hits = {s[0] for s in same_type if len(s[2].split()) > n and normalize(s[2]).split()[-n:] == key.split()}
            return hits.pop() if len(hits) == 1 else None
        if type_ in ("Agency", "IGO") and " " not in key:
            # "the Department", "the Commission", "the Coalition": the most recent body with that head word
            for eid, _t, label in reversed(same_type):
                if key in normalize(label).split():
                    return eid
        if type_ == "State" and key in ("kingdom", "republic", "federation", "union"):
            for eid in reversed(context.states):
                if key in self.index.official_names.get(eid, "").casefold():
                    return eid
        return None

    def canonical(self, text: str, type_: str) -> str:
        """The canonical form of an unknown name: one line, no determiner or possessive, singular data types."""
        t = _WS.sub(" ", text.translate(_APOS)).strip()
        t = re.sub(r"^(?:the|The|THE)\s+", "", t)
        t = re.sub(r"'s$", "", t)
        t = re.sub(r"\b((?:[A-Z]\.){2,})", lambda m: m.group(1).replace(".", ""), t)
        if type_ == "DataType":
            words = t.lower().split()
            words = [w for w in words if w not in _DT_EXTRA] or words
            words[-1] = singular(words[-1])
            return " ".join(words)
        if t.isupper() and len(t) > 6:  # a telegram's capitals: "Swedish Data Act of 1973"
            words = t.title().split(" ")
            t = " ".join([words[0]] + [w.lower() if w.lower() in _SMALL_WORDS else w for w in words[1:]])
        return t

    def mint(self, text: str, type_: str) -> str:
        """A deterministic id for a name the tables do not know ("No." before a number left out)."""
        return f"{KIND.get(type_, type_.lower())}/{slugify(_NUMBER_SIGN.sub('', self.canonical(text, type_)))}"
