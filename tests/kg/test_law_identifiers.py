"""Laws carry their official identifiers into the reference graph: CELEX/ELI for EU law, the number or citation
the issuing state gives it elsewhere (`identifier` column of `laws.csv` -> `pg:officialIdentifier`)."""

from __future__ import annotations

import csv
from collections import Counter

from pyoxigraph import Literal

from pipelines.kg.namespaces import DEFAULT_BASE, Iris
from pipelines.kg.reference import LAW_IDENTIFIERS, TABLES, reference_quads
from pipelines.kg.statements import pg
from pipelines.paths import REFERENCE_DIR

LAW_TABLES = [name for name, cls in TABLES.items() if cls == "Law"]


def law_rows() -> list[dict[str, str]]:
    rows = []
    for name in LAW_TABLES:
        with (REFERENCE_DIR / name).open(newline="", encoding="utf-8") as fh:
            rows += list(csv.DictReader(fh))
    return rows


def identifiers_of(entity_id: str) -> dict[str, set[str]]:
    s = Iris(DEFAULT_BASE).entity(entity_id)
    found: dict[str, set[str]] = {}
    for q in reference_quads():
        if q.subject == s and isinstance(q.object, Literal):
            found.setdefault(q.predicate.value.rsplit("#", 1)[-1], set()).add(q.object.value)
    return found


def test_a_national_law_carries_its_official_number_and_an_eu_law_its_celex_and_eli():
    lgpd = identifiers_of("law/br-lgpd")
    assert lgpd["officialIdentifier"] == {"Lei nº 13.709/2018"}
    assert "celexId" not in lgpd
    gdpr = identifiers_of("law/gdpr")
    assert gdpr["celexId"] == {"32016R0679"} and gdpr["eliId"] == {"http://data.europa.eu/eli/reg/2016/679/oj"}
    assert "officialIdentifier" not in gdpr
    assert pg("officialIdentifier") == pg(LAW_IDENTIFIERS["identifier"])


def test_every_identifier_names_one_law_and_says_where_it_came_from():
    rows = law_rows()
    for column in LAW_IDENTIFIERS:
        values = Counter(r[column] for r in rows if r.get(column))
        assert [v for v, n in values.items() if n > 1] == [], f"{column} repeats"
    for r in rows:
        if r.get("identifier"):
            assert r["identifier"] == r["identifier"].strip(), r["entity_id"]
            assert "identifier: " in r["source"], f"{r['entity_id']}: the source of its identifier is not recorded"
