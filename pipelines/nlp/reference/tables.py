"""Reading the reference tables (`ontology/reference/*.csv`) and the ontology's data types into one
`ReferenceIndex` (`load_reference`, cached per directory)."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from pipelines.model import Entity
from pipelines.nlp.reference.index import ReferenceIndex, normalize, regular_demonyms
from pipelines.paths import ONTOLOGY_DIR, REFERENCE_DIR
from pipelines.vocabulary import DEFAULT_BASE, PG


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


def _load_demonyms(index: ReferenceIndex, ref: Path) -> None:
    """The nationality adjective of each state: the regular ones (`regular_demonyms`), where only
    one state's name forms the word ("nigerian" from Niger and Nigeria forms none), then the others, which the
    language does not form by rule (`demonyms.csv`: "Irish" -> Ireland, "French" -> France)."""
    formed: dict[str, set[str]] = {}
    for e in index.entities.values():
        if e.type != "State" or not e.entity_id.startswith("state/"):
            continue
        for word in regular_demonyms(e.label):
            formed.setdefault(word, set()).add(e.entity_id)
    index.demonyms.update({word: next(iter(ids)) for word, ids in formed.items() if len(ids) == 1})
    for r in _read(ref / "demonyms.csv"):
        if f"state/{r['iso2']}" in index.entities:
            index.demonyms[r["demonym"].strip().lower()] = f"state/{r['iso2']}"


#: generated tables whose names, though a person's own, recur among other people abroad: a common name of a member
#: of one country's legislature ("John Kennedy") links only where the document names that country or no country
_NATIONAL_NAMES = frozenset({"open_legislators.csv"})


def _load_table(index: ReferenceIndex, path: Path, type_: str, link_only: bool = False) -> None:
    # a generated table's names of national bodies and laws are often generic titles; firms', persons' and
    # international organisations' names are their own
    generated = path.name.startswith(("dpv_", "open_")) and type_ not in ("Firm", "Person", "IGO")
    generated = generated or path.name in _NATIONAL_NAMES
    for r in _read(path):
        if generated:
            index.generic.update((normalize(n), r["entity_id"]) for n in [r["label"], *_split(r.get("aliases"))])
        index.generic.update((normalize(n), r["entity_id"]) for n in _chamber_kind_names(r))
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


def _chamber_kind_names(row: dict[str, str]) -> list[str]:
    """A legislature's aliases that name it by its kind alone, the last word of its name ("Senate" of "United States
    Senate", "Congress"): many states call a chamber so (Brazil's Federal Senate, Canada's Senate, the Philippine
    Congress), so the alias links only where the document names the legislature's state or no state."""
    if row.get("subtype") != "Legislature":
        return []
    last = row["label"].split()[-1]
    return [a for a in _split(row.get("aliases")) if " " not in a and a == last]


def _load_qids(index: ReferenceIndex, path: Path) -> None:
    """The Wikidata ids open data sets give curated entities that had none (`open_qids.csv`, generated by
    `scripts/build_open_qids.py`): a known id is never replaced, and a row for an entity no table holds is ignored."""
    for r in _read(path):
        entity = index.entities.get(r["entity_id"])
        if entity is not None and not entity.qid and r.get("qid"):
            entity.qid = r["qid"]


def _load_link_names(index: ReferenceIndex, path: Path) -> None:
    """Names that only link a mention already found and typed (`telegram_names.csv`: the words a telegram names
    an office by, "STATE", "DEPT"), never recognised nor added to the entity's names."""
    for r in _read(path):
        if r["entity_id"] in index.entities:
            index.add_link_name(r["entity_id"], r["name"])


def _load_posts(index: ReferenceIndex, ref: Path) -> None:
    """Telegram address prefixes (SECSTATE, USDEL ...) from the cable parser's table, read-only."""
    link_names = {normalize(r["name"]) for r in _read(ref / "telegram_names.csv")}
    for r in _read(ref / "posts.csv"):
        prefix = r.get("prefix", "").strip()
        eid = (r.get("entity_id") or "").strip()
        if not prefix or " " in prefix or not eid:
            continue  # templated rows ("U.S. Embassy {place}") name many posts, not one entity
        if normalize(prefix) in link_names:
            continue  # "DEPT" addresses the Department, but as a word of prose only links (`telegram_names.csv`)
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
    data_type = URIRef(PG + "DataType")
    base = DEFAULT_BASE + "id/datatype/"  # the ontology's data types are minted under the default base
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
    _load_demonyms(index, reference_dir)
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
    for name, type_ in (
        ("open_agencies.csv", "Agency"),
        ("open_firms.csv", "Firm"),
        ("open_persons.csv", "Person"),
        ("open_legislators.csv", "Person"),
        ("open_igos.csv", "IGO"),
    ):
        _load_table(index, reference_dir / name, type_, link_only=True)
    # central banks and regulators whose own names say so (ROR): full names only, so they also recognise
    _load_table(index, reference_dir / "open_regulators.csv", "Agency")
    _load_qids(index, reference_dir / "open_qids.csv")
    _load_posts(index, reference_dir)
    _load_link_names(index, reference_dir / "telegram_names.csv")
    _load_datatypes(index, datatypes_ttl or ONTOLOGY_DIR / "datatypes.ttl")
    return index
