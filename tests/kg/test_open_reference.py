"""The open reference tables (`open_firms.csv`, `open_agencies.csv`): generated from open data sets by
`scripts/build_open_reference.py`, every row with a Wikidata QID and its source, none repeating a curated row."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.paths import PROJECT_ROOT, REFERENCE_DIR

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
#: where a developer keeps the fetched data sets to rebuild the tables (not part of the repository)
DATA = Path(os.environ.get("POLICYGRAPH_OPEN_DATA", PROJECT_ROOT / "data" / "open"))


def rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE_DIR / name).open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def header(name: str) -> list[str]:
    with (REFERENCE_DIR / name).open(newline="", encoding="utf-8") as fh:
        return next(csv.reader(fh))


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


@pytest.mark.skipif(not (DATA / "nsi").is_dir(), reason="the open data sets are not on this machine")
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
            str(DATA / "nsi"),
            "--govdirectory",
            str(DATA / "govdirectory"),
            "--reference",
            str(ref),
        ],
        check=True,
        capture_output=True,
    )
    for name in OPEN:
        assert (ref / name).read_bytes() == (REFERENCE_DIR / name).read_bytes(), f"{name} is stale: rerun the build"
