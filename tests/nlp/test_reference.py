"""The reference tables and the resolver: aliases, abbreviations, short forms, deterministic ids."""

from __future__ import annotations

import csv

import pytest

from pipelines.nlp.reference import DocContext, load_reference, normalize
from pipelines.paths import REFERENCE_DIR


@pytest.mark.parametrize(
    ("text", "type_", "entity_id", "qid"),
    [
        ("U.S.", "State", "state/US", "Q30"),
        ("United States", "State", "state/US", "Q30"),
        ("the United States of America", "State", "state/US", "Q30"),
        ("UNITED STATES", "State", "state/US", "Q30"),
        ("America", "State", "state/US", "Q30"),
        ("Washington", "State", "state/US", "Q30"),
        ("People’s Republic of China", "State", "state/CN", "Q148"),
        ("PRC", "State", "state/CN", "Q148"),
        ("Britain", "State", "state/GB", "Q145"),
        ("South Korea", "State", "state/KR", "Q884"),
        ("USSR", "State", "state/SU", "Q15180"),
        ("GDPR", "Law", "law/gdpr", "Q1172506"),
        ("General Data Protection Regulation", "Law", "law/gdpr", "Q1172506"),
        ("State Department", "Agency", "agency/us-department-of-state", "Q789915"),
        ("U.S. Department of State", "Agency", "agency/us-department-of-state", "Q789915"),
        ("Department of State", "Agency", "agency/us-department-of-state", "Q789915"),
        ("EU", "IGO", "igo/eu", "Q458"),
        ("Court of Justice of the European Union", "IGO", "igo/cjeu", "Q4951"),
        ("Federal Law No. 242-FZ", "Law", "law/ru-242-fz", None),
        ("personal data", "DataType", "datatype/personal-data", None),
        ("health records", "DataType", "datatype/health-record", None),
    ],
)
def test_aliases_resolve_to_one_entity(resolver, text, type_, entity_id, qid):
    assert resolver.resolve(text, type_)[0] == entity_id
    assert resolver.resolve(text, type_)[2] == qid


def test_demonyms_are_not_states(resolver):
    assert load_reference().candidates("American", "State") == []
    assert resolver.index.type_of("Chinese") is None


def test_unknown_names_get_deterministic_slug_ids(resolver):
    assert resolver.resolve("the Ministry of Digital Affairs", "Agency")[0] == "agency/ministry-of-digital-affairs"
    assert resolver.resolve("Ministry of Digital Affairs", "Agency")[0] == "agency/ministry-of-digital-affairs"
    assert resolver.resolve("U.S. Embassy", "Agency")[0] == "agency/us-embassy"
    assert resolver.resolve("satellite imagery records", "DataType")[0] == "datatype/satellite-imagery-record"
    # a data-type phrase with an extra modifier still finds the ontology's concept
    assert resolver.resolve("precise geolocation information", "DataType")[0] == "datatype/location-data"


def test_a_name_in_capitals_keeps_the_abbreviations_the_tables_know(resolver):
    """A telegram's capitals are title-cased for the label, except an abbreviation the tables name an entity by."""
    assert resolver.resolve("OECD COUNCIL", "IGO")[:2] == ("igo/oecd-council", "OECD Council")
    assert resolver.resolve("MINISTRY OF PUBLIC SECURITY", "Agency")[1] == "Ministry of Public Security"


def test_short_forms_resolve_within_a_document(resolver):
    ctx = DocContext()
    eid, label, _ = resolver.resolve("Helen Dixon", "Person", ctx)
    ctx.note(eid, "Person", label)
    assert resolver.resolve("Dixon", "Person", ctx)[0] == eid
    aid, alabel, _ = resolver.resolve("Ministry of Public Security", "Agency", ctx)
    ctx.note(aid, "Agency", alabel)
    assert resolver.resolve("Ministry", "Agency", ctx)[0] == aid
    ctx.abbreviations[normalize("MPS")] = aid
    assert resolver.resolve("MPS", "Agency", ctx)[0] == aid


def test_an_alias_shared_by_two_laws_follows_the_documents_country(resolver):
    ctx = DocContext()
    ctx.note("state/VN", "State", "Vietnam")
    assert resolver.resolve("Cybersecurity Law", "Law", ctx)[0] == "law/vn-cybersecurity-law"
    ctx.note("state/CN", "State", "China")
    assert resolver.resolve("Cybersecurity Law", "Law", ctx)[0] == "law/cn-cybersecurity-law"


def test_every_reference_row_says_where_it_came_from():
    for path in REFERENCE_DIR.glob("*.csv"):
        with path.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        if path.name == "judgements.csv":  # a reviewer's decision says who made it and when
            assert all(r["reviewer"].strip() and r["date"].strip() for r in rows), path
            continue
        assert rows, path
        assert all(r.get("source", "").strip() for r in rows), path


def test_laws_table_links_identifiers():
    index = load_reference()
    gdpr = index.entities["law/gdpr"]
    assert (gdpr.celex, gdpr.dpv) == ("32016R0679", "https://w3id.org/dpv/legal/eu#law-GDPR")
    assert index.entities["law/eu-data-act"].celex == "32023R2854"
    # DPV laws are loaded too, without duplicating the curated GDPR row
    assert any(e.dpv == "https://w3id.org/dpv/legal/de#law-BDSG" for e in index.entities.values())
    assert sum(e.dpv == "https://w3id.org/dpv/legal/eu#law-GDPR" for e in index.entities.values()) == 1
