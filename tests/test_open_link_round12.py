"""Round 12 of the open Wikidata ids (`scripts/build_open_igos.py`, `scripts/build_open_qids.py`): two spellings of
one English name compare equal (a typographic apostrophe is the ASCII one, a noun's British "-isation" the American
"-ization"), one item's two spellings of its own name count as one name, and the US space agency takes the QID ROR
gives it. Firms still take no QID from ROR: its company records name the company item, not the platform."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from pipelines.nlp.reference import DocContext
from pipelines.paths import PROJECT_ROOT
from tests.support.reference_tables import rows

sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
from build_open_igos import build as build_igos  # noqa: E402
from build_open_qids import CURATED as QID_TABLES  # noqa: E402
from build_open_reference import name_key  # noqa: E402

IGO_HEADER = "entity_id,label,aliases,subtype,qid,dbpedia,source\n"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("United Nations Children\u2019s Fund", "United Nations Children's Fund"),
        ("Ministry of Children\u02bcs Affairs", "Ministry of Children's Affairs"),
        ("World Customs Organisation", "World Customs Organization"),
        ("International Organisation for Migration", "International Organization for Migration"),
        ("Standardisation Administration", "Standardization Administration"),
        ("Authorisations Board", "Authorizations Board"),
    ],
)
def test_two_spellings_of_one_name_have_one_key(one: str, other: str):
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Paradise Organisation", "Paradise Organization"),  # the rule folds the noun, never other -ise words
    ],
)
def test_only_the_noun_is_folded(one: str, other: str):
    assert name_key(one) == name_key(other)
    assert "paradise" in name_key(one)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Organisational Review Board", "Organizational Review Board"),  # an adjective: not folded
        ("Wise Council", "Wize Council"),
        ("Promise Fund", "Promize Fund"),
        ("Children's Fund", "Childrens Fund"),  # an apostrophe still separates words as before
        ("Isation Office", "Ization Office"),  # a word that is only the ending is not a British spelling
    ],
)
def test_other_names_stay_apart(one: str, other: str):
    assert name_key(one) != name_key(other)


def _supraverden(root: Path, items: dict[str, dict]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "general_list.yaml").write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")


def _item(qid: str, name: str, other: str = "", abbrev: str = "") -> dict:
    return {
        "Wikidata_code": qid,
        "Name_en": name,
        "Name_other_en": other or "[No other name found.]",
        "Abbreviation_en": abbrev or "[No abbreviation found.]",
        "Org_family": "none",
        "Country": "ZZ",
        "Assessment_against_FATF_definition": "Included",
    }


def test_a_curated_igo_takes_the_qid_of_its_namesake_spelt_otherwise(tmp_path: Path):
    """SupraVerden writes "Children’s" and "Organisation"; the curated rows "Children's" and "Organization"."""
    ref = tmp_path / "reference"
    ref.mkdir()
    (ref / "igos.csv").write_text(
        IGO_HEADER
        + "igo/fund,FUND,United Nations Children's Fund,Organ,,,curated\n"
        + "igo/customs,World Customs Organization,WCO,Organization,,,curated\n",
        encoding="utf-8",
    )
    data = tmp_path / "supraverden"
    _supraverden(
        data,
        {
            "A": _item("Q101", "United Nations Children\u2019s Fund"),
            "B": _item("Q102", "World Customs Organisation", "Customs Co-operation Council"),
        },
    )
    table, _notes = build_igos(data, ref)
    assert {r["entity_id"]: r["qid"] for r in table} == {"igo/fund": "Q101", "igo/customs": "Q102"}


def test_one_items_two_spellings_of_its_name_count_once(tmp_path: Path):
    """An item named "Example Organization" and "Example Organisation" (or "CARICOM" and "Caricom") keeps its row and
    both names; two items of one name still give that name to neither."""
    ref = tmp_path / "reference"
    ref.mkdir()
    (ref / "igos.csv").write_text(IGO_HEADER, encoding="utf-8")
    data = tmp_path / "supraverden"
    _supraverden(
        data,
        {
            "A": _item("Q201", "Example Organization", "Example Organisation", "EXO"),
            "B": _item("Q202", "Sample Community", "Sample community"),
            "C": _item("Q203", "Twin Board", abbrev="TWB"),
            "D": _item("Q204", "Twin Board", abbrev="TWC"),
        },
    )
    table, _notes = build_igos(data, ref)
    by_qid = {r["qid"]: r for r in table}
    assert set(by_qid) == {"Q201", "Q202"}
    assert by_qid["Q201"]["aliases"].split("|") == ["Example Organisation", "EXO"]


def test_the_us_space_agency_takes_the_qid_ror_gives_it(resolver):
    assert resolver.resolve("NASA", "Agency") == (
        "agency/us-nasa",
        "National Aeronautics and Space Administration",
        "Q23548",
    )
    assert resolver.resolve("National Aeronautics and Space Administration", "Agency")[2] == "Q23548"
    assert resolver.resolve("NASA", "Firm")[2] is None
    context = DocContext()
    context.note("state/PH", "State", "Philippines")
    assert resolver.resolve("National Aeronautics and Space Administration", "Agency", context)[2] is None


def test_curated_igos_spelt_otherwise_now_carry_their_qid(resolver):
    assert resolver.resolve("UNICEF", "IGO")[2] == "Q740308"
    assert resolver.resolve("United Nations Children's Fund", "IGO")[2] == "Q740308"
    assert resolver.resolve("World Customs Organization", "IGO")[2] == "Q605326"
    assert resolver.resolve("UNICEF", "Agency")[2] is None
    ids = [r["entity_id"] for r in rows("open_igos.csv") if r["qid"] in ("Q740308", "Q605326")]
    assert sorted(ids) == ["igo/unicef", "igo/wco"]  # one entity each, not a curated and an open twin


def test_firms_take_no_qid_from_ror(resolver):
    """ROR's "Twitter (United States)" carries the company item while its Wikipedia link names the platform's
    article: a firm's QID is not taken from ROR."""
    assert "firms.csv" not in QID_TABLES
    for name in ("Twitter", "ZTE", "ByteDance", "Spotify", "Dropbox"):
        assert resolver.resolve(name, "Firm")[2] is None, name
