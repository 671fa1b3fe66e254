"""The open reference tables (`open_firms.csv`, `open_agencies.csv`): generated from open data sets by
`scripts/build_open_reference.py`, every row with a Wikidata QID and its source, none repeating a curated row."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.paths import PROJECT_ROOT, REFERENCE_DIR
from tests.support.reference_tables import OPEN_DATA, header, rows

COLUMNS = ["entity_id", "label", "aliases", "subtype", "qid", "country", "dbpedia", "source"]
CURATED = ["firms.csv", "agencies.csv", "igos.csv", "laws.csv", "dpv_authorities.csv", "dpv_laws.csv"]
OPEN = {"open_firms.csv": "firm/", "open_agencies.csv": "agency/"}
SUBTYPES = {
    "open_firms.csv": {"Technology", "Telecom", "Cloud", "Payments", "Media", "Finance"},
    # the ontology's Agency subclasses (a row's subtype becomes an rdf:type)
    "open_agencies.csv": {"Agency", "Ministry", "Regulator", "DataProtectionAuthority"},
}
#: no share-alike source: the tables, and the graph made with them, stay free of its terms
LICENCES = ("BSD-3-Clause", "CC0-1.0")


def independent_states() -> set[str]:
    return {r["iso2"] for r in rows("countries.csv") if r["independent"] == "Yes"}


@pytest.mark.parametrize("name", sorted(OPEN))
def test_columns_ids_and_identifiers(name):
    assert header(name) == COLUMNS
    table = rows(name)
    ids = [r["entity_id"] for r in table]
    assert len(ids) == len(set(ids)), "entity ids repeat"
    states = independent_states()
    for r in table:
        assert r["entity_id"].startswith(OPEN[name]) and re.fullmatch(r"[a-z]+/[a-z0-9-]+", r["entity_id"]), r
        assert r["label"].strip() == r["label"] and r["label"], r
        assert not r["label"].startswith(("The ", "the ")), r["label"]
        assert re.fullmatch(r"Q[1-9][0-9]*", r["qid"]), r
        assert r["subtype"] in SUBTYPES[name], r
        if r["country"]:
            assert re.fullmatch(r"state/[A-Z]{2}", r["country"]), r
            assert r["country"][6:] in states, f"{r['country']} is not a State entity"
        aliases = [a for a in r["aliases"].split("|") if a]
        assert all(a.strip() == a and a != r["label"] for a in aliases), r
        assert any(lic in r["source"] for lic in LICENCES), r["source"]
        assert "github.com/" in r["source"] and "commit" in r["source"], r["source"]


def test_no_row_repeats_a_curated_entity():
    curated_qids, curated_labels, curated_ids = set(), set(), set()
    for name in CURATED:
        for r in rows(name):
            curated_ids.add(r["entity_id"])
            curated_labels.add(r["label"].casefold())
            if r.get("qid"):
                curated_qids.add(r["qid"])
    seen_qids: dict[str, str] = {}
    for name in OPEN:
        for r in rows(name):
            assert r["qid"] not in curated_qids, f"{name}: {r['qid']} ({r['label']}) is curated"
            assert r["label"].casefold() not in curated_labels, f"{name}: {r['label']} is curated"
            assert r["entity_id"] not in curated_ids, r["entity_id"]
            assert seen_qids.setdefault(r["qid"], name) == name, f"{r['qid']} in two open tables"


def test_qids_unique_within_each_table():
    for name in OPEN:
        qids = [r["qid"] for r in rows(name)]
        assert len(qids) == len(set(qids)), name


def test_row_counts_and_coverage():
    firms = rows("open_firms.csv")
    assert len(firms) >= 500
    assert sum(r["subtype"] != "Finance" for r in firms) >= 500, "fewer than 500 non-bank firms"
    agencies = rows("open_agencies.csv")
    countries = {r["country"] for r in agencies if r["country"]}
    # the open data reach 36 countries (Govdirectory covers 43); the brief's target of 60 is not reached
    assert len(countries) >= 35, sorted(countries)
    assert {r["subtype"] for r in agencies} >= {"Ministry", "Regulator", "Agency"}


@pytest.mark.skipif(not (OPEN_DATA / "nsi").is_dir(), reason="the open data sets are not on this machine")
def test_tables_regenerate_byte_for_byte(tmp_path: Path):
    """The committed tables are what the build makes from the data sets (deterministic, nothing downloaded)."""
    ref = tmp_path / "reference"
    ref.mkdir()
    for name in [*CURATED, "countries.csv"]:
        shutil.copy(REFERENCE_DIR / name, ref / name)
    subprocess.run(
        [
            sys.executable,
            str(PROJECT_ROOT / "scripts" / "build_open_reference.py"),
            "--nsi",
            str(OPEN_DATA / "nsi"),
            "--govdirectory",
            str(OPEN_DATA / "govdirectory"),
            "--reference",
            str(ref),
        ],
        check=True,
        capture_output=True,
    )
    for name in OPEN:
        assert (ref / name).read_bytes() == (REFERENCE_DIR / name).read_bytes(), f"{name} is stale: rerun the build"


# --- open_persons.csv: heads of state and government and ministers, from every-politician-scrapers ------------------

PERSONS_OPEN = "open_persons.csv"
#: the row count the build reached from the pinned data sets (docs/open-reference-data.md)
PERSONS_OPEN_ROWS = 2391


def _norm(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def test_open_persons_columns_ids_and_identifiers():
    assert header(PERSONS_OPEN) == header("persons.csv")
    table = rows(PERSONS_OPEN)
    ids = [r["entity_id"] for r in table]
    assert len(ids) == len(set(ids)), "entity ids repeat"
    assert ids == sorted(ids), "rows are not sorted by entity id"
    qids = [r["qid"] for r in table]
    assert len(qids) == len(set(qids)), "a QID has two rows"
    states = independent_states()
    for r in table:
        assert re.fullmatch(r"person/[a-z0-9]+(?:-[a-z0-9]+)*", r["entity_id"]), r
        assert re.fullmatch(r"Q[1-9][0-9]*", r["qid"]), r
        assert r["label"] and r["label"].strip() == r["label"], r
        # no names of one word (common words and mononyms link wrongly)
        assert len(r["label"].replace("-", " ").split()) >= 2, r["label"]
        aliases = [a for a in r["aliases"].split("|") if a]
        assert all(a.strip() == a and len(a.split()) >= 2 and _norm(a) != _norm(r["label"]) for a in aliases), r
        if r["country"]:
            assert re.fullmatch(r"state/[A-Z]{2}", r["country"]), r
            assert r["country"][6:] in states, f"{r['country']} is not a State entity"
        assert "github.com/every-politician-scrapers/" in r["source"] and "commit" in r["source"], r["source"]
        assert "CC0-1.0" in r["source"], r["source"]
        assert re.search(r"commits? [0-9a-f]{40} \(\d{4}-\d{2}-\d{2}\)", r["source"]), r["source"]


def test_open_persons_do_not_repeat_persons_csv():
    curated = rows("persons.csv")
    curated_qids = {r["qid"] for r in curated if r["qid"]}
    curated_names = {_norm(n) for r in curated for n in [r["label"], *r["aliases"].split("|")] if n}
    curated_ids = {r["entity_id"] for r in curated}
    for r in rows(PERSONS_OPEN):
        assert r["qid"] not in curated_qids, f"{r['qid']} ({r['label']}) is in persons.csv"
        assert _norm(r["label"]) not in curated_names, f"{r['label']} is in persons.csv"
        assert not {_norm(a) for a in r["aliases"].split("|") if a} & curated_names, r
        assert r["entity_id"] not in curated_ids, r["entity_id"]


def test_open_persons_row_count_and_coverage():
    table = rows(PERSONS_OPEN)
    assert len(table) == PERSONS_OPEN_ROWS, "the table changed: rerun the build and update PERSONS_OPEN_ROWS"
    assert len({r["country"] for r in table if r["country"]}) >= 190
    by_qid = {r["qid"]: r for r in table}
    # a head of government, a foreign minister, a justice minister and a digital minister the data sets name
    for qid, label in (
        ("Q10648", "Gordon Brown"),
        ("Q564328", "Annalena Baerbock"),
        ("Q16525358", "Alfonso Bonafede"),
        ("Q64495543", "Mykhailo Fedorov"),
    ):
        assert by_qid.get(qid, {}).get("label") == label, qid


@pytest.mark.skipif(
    not (OPEN_DATA / "every-politician-scrapers").is_dir(),
    reason="the every-politician-scrapers files are not on this machine",
)
def test_open_persons_regenerate_byte_for_byte(tmp_path: Path):
    ref = tmp_path / "reference"
    ref.mkdir()
    for name in ("persons.csv", "countries.csv"):
        shutil.copy(REFERENCE_DIR / name, ref / name)
    subprocess.run(
        [
            sys.executable,
            str(PROJECT_ROOT / "scripts" / "build_open_persons.py"),
            "--epscrapers",
            str(OPEN_DATA / "every-politician-scrapers"),
            "--reference",
            str(ref),
        ],
        check=True,
        capture_output=True,
    )
    assert (ref / PERSONS_OPEN).read_bytes() == (REFERENCE_DIR / PERSONS_OPEN).read_bytes(), "rerun the build"
