"""Bodies named inside other bodies' names, quoted official names, intergovernmental bodies of the reference table,
and cited telegrams in a parenthesis (probe sentences of our own)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.text_rules import abbreviations_after, find_quoted_bodies

pytestmark = pytest.mark.slow


def mentions(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extractor.extract("probe", "probe", text).mentions}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The statement came from the Foreign Affairs Committee of the Parliament of Georgia.",
         {("Foreign Affairs Committee", "Agency"), ("Parliament of Georgia", "Agency")},
         {"Foreign Affairs Committee of the Parliament of Georgia"}),
        ("The Judiciary Committee of the Senate held a hearing on the bill.",
         {("Judiciary Committee", "Agency"), ("Senate", "Agency")}, {"Judiciary Committee of the Senate"}),
    ],
)  # fmt: skip
def test_subject_committee_of_a_chamber_is_two_bodies(
    extractor: Extractor, text: str, expected: set[tuple[str, str]], absent: set[str]
) -> None:
    found = mentions(extractor, text)
    assert expected <= found
    assert not {t for t, _ in found} & absent


@pytest.mark.parametrize(
    "text",
    [
        "The Standing Committee of the National People's Congress adopted the amendment.",
        "The Committee of the Regions issued an opinion.",
    ],
)
def test_unit_named_by_its_kind_keeps_its_chamber(extractor: Extractor, text: str) -> None:
    found = {t for t, _ in mentions(extractor, text)}
    assert "Standing Committee" not in found and "Committee" not in found


def test_possessor_body_is_a_name_of_its_own(extractor: Extractor) -> None:
    found = mentions(
        extractor, "Jane Roe, chair of the Finance Committee’s Subcommittee on Taxation, Trade and Customs, spoke."
    )
    assert {("Finance Committee", "Agency"), ("Subcommittee on Taxation, Trade and Customs", "Agency")} <= found
    # a bare head as possessor is no name of its own
    found = mentions(extractor, "The Council’s Committee on Trade, Industry and Energy met on Monday.")
    assert ("Council", "Agency") not in found or ("Committee on Trade, Industry and Energy", "Agency") in found


def test_quoted_official_name() -> None:
    lex = load_lexicon()
    text = 'It set up a body called "National Service for Oversight in the Field of Ports and Inland Waterways".'
    found = [text[c.start : c.end] for c in find_quoted_bodies(text, lex)]
    assert found == ["National Service for Oversight in the Field of Ports and Inland Waterways"]


@pytest.mark.parametrize(
    "text",
    [
        'The decree is titled "Regulation on the National Service for Oversight".',  # a law's title
        'He said "The Ministry will act soon" to reporters.',  # a quoted clause
        'The "Service for Ports" is small.',  # too short to be more than a phrase
        'She wrote "Ports and Waterways Review" last year.',  # no body's head
    ],
)
def test_quoted_non_bodies(text: str) -> None:
    assert find_quoted_bodies(text, load_lexicon()) == []


def test_cited_telegram_in_parenthesis_is_no_alias() -> None:
    text = "views on the Agency (Lisbon 4021 NOTAL) and on the Court of Justice (CJ)"
    assert abbreviations_after(text, text.index(" (Lisbon")) == []
    end = text.index(" (CJ)")
    assert [text[a:b] for a, b in abbreviations_after(text, end)] == ["CJ"]


def test_name_with_a_year_in_parenthesis_is_an_alias() -> None:
    text = "The Health Records Bill, 2021 (HR Bill 2021) was withdrawn."
    end = text.index(" (HR")
    assert [text[a:b] for a, b in abbreviations_after(text, end)] == ["HR Bill 2021"]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("It reports to the European Parliament, the Council and the European Economic and Social Committee yearly.",
         {("European Economic and Social Committee", "IGO")}, {"Social Committee"}),
        ("The Ministry of Finance and the Ministry of Trade and Industry agreed.",
         {("Ministry of Finance", "Agency"), ("Ministry of Trade and Industry", "Agency")}, {"Ministry of Industry"}),
    ],
)  # fmt: skip
def test_and_the_opens_a_body_with_coordinated_modifiers(
    extractor: Extractor, text: str, expected: set[tuple[str, str]], absent: set[str]
) -> None:
    found = mentions(extractor, text)
    assert expected <= found
    assert not {t for t, _ in found} & absent


def test_a_laws_short_form_with_its_number_is_an_alias() -> None:
    text = "Government Regulation No. 82 of 2012 (GR 82) and Executive Order 14117 (EO 14117) were cited."
    for short in ("GR 82", "EO 14117"):
        end = text.index(f" ({short})")
        assert [text[a:b] for a, b in abbreviations_after(text, end)] == [short]
