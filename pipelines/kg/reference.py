"""The reference graph: entities of the curated tables in `ontology/reference/` with their identifiers and links.

States come from `countries.csv` (ISO 3166, FIPS 10-4, GeoNames, Wikidata); agencies, IGOs, firms and laws from
the curated tables (`agencies.csv`, `igos.csv`, `firms.csv`, `laws.csv`, `persons.csv`: `entity_id,label,aliases,...`
with a `source` column per row; `dpv_laws.csv`/`dpv_authorities.csv` are generated from W3C DPV). Identity links
from these tables are certain (curated by id, not by name matching), so Wikidata gets `owl:sameAs`; GeoNames,
DBpedia and DPV get `skos:exactMatch` (DPV's laws are classes, and GeoNames features are places, not governments).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode, Quad

from pipelines.kg.namespaces import DCTERMS, DEFAULT_BASE, OWL, SKOS, XSD, Iris, Terms
from pipelines.kg.statements import RDF_TYPE, RDFS_LABEL, date_literal, pg
from pipelines.paths import REFERENCE_DIR

_PREF = Terms(SKOS)["prefLabel"]
_ALT = Terms(SKOS)["altLabel"]
_EXACT = Terms(SKOS)["exactMatch"]
_SAME = Terms(OWL)["sameAs"]
_DCT_SOURCE = Terms(DCTERMS)["source"]

#: Table file -> ontology class of its rows (a row's `subtype` column, when set, names a subclass).
TABLES = {
    "agencies.csv": "Agency",
    "dpv_authorities.csv": "Agency",
    "igos.csv": "IGO",
    "firms.csv": "Firm",
    "laws.csv": "Law",
    "dpv_laws.csv": "Law",
    "persons.csv": "Person",
    "historical_states.csv": "State",
}
#: Columns of the tables that hold a law's identifiers -> the datatype property each becomes: CELEX and ELI for EU
#: law, `identifier` for the number or citation the issuing state gives a national law ("Pub. L. 93-579").
LAW_IDENTIFIERS = {"celex": "celexId", "eli": "eliId", "identifier": "officialIdentifier"}
#: How a row's `country` column links the entity to its state.
_COUNTRY_LINK = {
    "Agency": pg("partOf"),
    "Law": pg("jurisdiction"),
    "Firm": pg("headquarteredIn"),
    "IGO": pg("headquarteredIn"),
}


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as fh:
        return [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(fh)]


_DCT_ISSUED = Terms(DCTERMS)["issued"]
_XSD_GYEAR = Terms(XSD)["gYear"]


def _date(value: str) -> Literal | None:
    """An xsd:date ("2018-08-14") or, when the table gives only the year, an xsd:gYear ("2013")."""
    return Literal(value, datatype=_XSD_GYEAR) if re.fullmatch(r"\d{4}", value) else date_literal(value)


def wikidata(qid: str) -> NamedNode:
    return NamedNode(f"http://www.wikidata.org/entity/{qid}")


#: characters an IRI may not hold as they are (RFC 3987): spaces, controls and ``<>"{}|\\^` ``
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`]')


def dbpedia(value: str) -> NamedNode:
    """A DBpedia resource from a full IRI or a page name, written plainly or percent-encoded ("Microsoft",
    "AT&T", "Information_Commissioner%27s_Office"): DBpedia's own IRI form, where an apostrophe, a comma or an
    accented letter stays as it is (``.../Information_Commissioner's_Office``), never encoded twice."""
    if value.startswith(("http://", "https://")):
        return NamedNode(value)
    name = unquote(value.strip()).replace(" ", "_")
    return NamedNode("http://dbpedia.org/resource/" + _NOT_IN_IRI.sub(lambda m: quote(m.group(0)), name))


def reference_quads(reference_dir: Path = REFERENCE_DIR, base: str = DEFAULT_BASE) -> Iterator[Quad]:
    """The reference graph: every row of the countries table and of the entity tables (`TABLES`) as triples."""
    iris = Iris(base)
    g = iris.reference_graph
    for s, p, o in _country_triples(reference_dir, iris):
        yield Quad(s, p, o, g)
    for s, p, o in _entity_triples(reference_dir, iris):
        yield Quad(s, p, o, g)


def _country_triples(reference_dir: Path, iris: Iris) -> Iterator[tuple]:
    """A pg:State per row of countries.csv: names, ISO/FIPS codes, GeoNames and Wikidata links."""
    for r in _rows(reference_dir / "countries.csv"):
        s = iris.entity("state/" + r["iso2"])
        yield s, RDF_TYPE, pg("State")
        yield s, RDFS_LABEL, Literal(r["name"], language="en")
        yield s, _PREF, Literal(r["name"], language="en")
        if r.get("official_name"):
            yield s, _ALT, Literal(r["official_name"].removeprefix("the "), language="en")
        yield s, pg("isoAlpha2"), Literal(r["iso2"])
        if r.get("iso3"):
            yield s, pg("isoAlpha3"), Literal(r["iso3"])
        if r.get("fips"):
            yield s, pg("fipsCode"), Literal(r["fips"])
        if r.get("geonames"):
            yield s, pg("geonamesId"), Literal(r["geonames"])
            yield s, _EXACT, NamedNode(f"https://sws.geonames.org/{r['geonames']}/")
        if r.get("qid"):
            yield s, pg("wikidataId"), Literal(r["qid"])
            yield s, _SAME, wikidata(r["qid"])


def _entity_triples(reference_dir: Path, iris: Iris) -> Iterator[tuple]:
    """The rows of the entity tables; the first row of an entity describes it, a later one only adds its names."""
    described = set()
    for table, cls in TABLES.items():
        for r in _rows(reference_dir / table):
            if not r.get("entity_id") or not r.get("label"):
                continue
            s = iris.entity(r["entity_id"])
            if s in described:  # a generated row for a curated entity only adds its names
                for name in (r["label"], *(a.strip() for a in r.get("aliases", "").split("|"))):
                    if name:
                        yield s, _ALT, Literal(name, language="en")
                continue
            described.add(s)
            yield from _entity_row_triples(s, r, cls, iris)


def _entity_row_triples(s: NamedNode, r: dict, cls: str, iris: Iris) -> Iterator[tuple]:
    """One entity's row: types, names, external ids and links, law identifiers, date, country and source."""
    yield s, RDF_TYPE, pg(cls)
    if r.get("subtype") and r["subtype"] != cls:
        yield s, RDF_TYPE, pg(r["subtype"])
    yield s, RDFS_LABEL, Literal(r["label"], language="en")
    yield s, _PREF, Literal(r["label"], language="en")
    for alias in filter(None, (a.strip() for a in r.get("aliases", "").split("|"))):
        yield s, _ALT, Literal(alias, language="en")
    if r.get("qid"):
        yield s, pg("wikidataId"), Literal(r["qid"])
        yield s, _SAME, wikidata(r["qid"])
    if r.get("dbpedia"):
        yield s, _EXACT, dbpedia(r["dbpedia"])
    if r.get("dpv"):
        yield s, _EXACT, NamedNode(r["dpv"])
    for column, prop in LAW_IDENTIFIERS.items():
        if r.get(column):
            yield s, pg(prop), Literal(r[column])
    if r.get("date") and (issued := _date(r["date"])) is not None:  # adopted or signed: a day or a year
        yield s, _DCT_ISSUED, issued
    if r.get("country") and cls in _COUNTRY_LINK:
        country = iris.entity(r["country"])
        yield s, _COUNTRY_LINK[cls], country
    if r.get("source"):
        yield s, _DCT_SOURCE, Literal(r["source"])
