"""Relation arguments, round 13: spans that blocked a relation because an argument was not found exactly.

An office named by its data-governance remit and its title ("Privacy Commissioner", "Privacy Commissioner of
Canada") is a body, so it can be led by a person or belong to a state; a title of any other remit, or one before a
person's name, is not."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs, mentions

# --- an office named by its remit and its title -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, office",
    [
        ("The Privacy Commissioner of Canada, Jane Roe, is an officer.", "Privacy Commissioner of Canada"),
        ("Ottawa appointed Jane Roe as Privacy Commissioner last year.", "Privacy Commissioner"),
        ("Australia's Privacy Commissioner criticised the bill on Tuesday.", "Privacy Commissioner"),
        ("The government named John Smith as Information Commissioner.", "Information Commissioner"),
    ],
)
def test_an_office_named_by_its_remit_is_an_agency(extractor, text, office):
    assert ("Agency", office) in mentions(extractor, text)


def test_the_remit_office_is_an_argument_of_relations(extractor):
    text = "Ottawa appointed Jane Roe as Privacy Commissioner last year."
    assert ("Jane Roe", "Privacy Commissioner") in fact_pairs(extractor, text, "leads")
    text = "Australia's Privacy Commissioner criticised the bill on Tuesday."
    assert ("Privacy Commissioner", "Australia") in fact_pairs(extractor, text, "partOf")


@pytest.mark.parametrize(
    "text, words",
    [
        ("The Trade Commissioner met exporters in Lagos.", "Trade Commissioner"),
        ("The Police Commissioner declined to comment.", "Police Commissioner"),
        ("European Commissioner Reding presented the proposal.", "European Commissioner"),
        ("Privacy Commissioner Jane Roe said the breach was serious.", "Privacy Commissioner"),
        ("Each province has a privacy commissioner of its own.", "privacy commissioner"),
    ],
)
def test_other_titles_and_a_title_before_a_name_are_no_body(extractor, text, words):
    found = mentions(extractor, text)
    assert not any(t in ("Agency", "IGO") and words in name for t, name in found)


# --- an instrument named by its subject's abbreviation and its lower-case noun ------------------------------------


@pytest.mark.parametrize(
    "text, law",
    [
        ("The embassy reported that the SWIFT agreement was rejected by Parliament.", "SWIFT agreement"),
        ("The cable notes that the SWIFT agreement was rejected by the European Parliament.", "SWIFT agreement"),
        ("Regulators said the SWIFT agreement let investigators read payment messages.", "SWIFT agreement"),
        ("The ministers signed the new PNR agreement in Brussels.", "PNR agreement"),
    ],
)
def test_a_known_firms_abbreviation_with_its_noun_is_one_law(extractor, text, law):
    found = mentions(extractor, text)
    assert ("Law", law) in found
    assert not any(name == law.split()[0] for _, name in found)


@pytest.mark.parametrize(
    "text, party",
    [
        ("Officials said the EU agreement would be signed next month.", "EU agreement"),
        ("The Senate ratified the US treaty with Japan.", "US treaty"),
        ("The FBI agreement with local police expired.", "FBI agreement"),
        ("The FTA agreement was signed in 2012.", "FTA agreement"),
        ("The two sides resumed talks on an interim TFTP agreement.", "TFTP agreement"),
    ],
)
def test_a_partys_or_a_kinds_abbreviation_names_no_instrument(extractor, text, party):
    assert ("Law", party) not in mentions(extractor, text)


# --- a Brazilian bill's number: "PL", its serial and its year ----------------------------------------


@pytest.mark.parametrize(
    "text, law",
    [
        ("Brazil's lower house voted on PL 2630/2020, the so-called fake news bill, on Tuesday.", "PL 2630/2020"),
        ("The ministry said in a release that PL 21/2020 would regulate artificial intelligence.", "PL 21/2020"),
        ("Embassy contacts expect the Senate to take up PL nº 2338/2023 before the recess.", "PL nº 2338/2023"),
        ("Citation PL 2630/2020", "PL 2630/2020"),
    ],
)
def test_a_brazilian_bills_number_is_a_law(extractor, text, law):
    assert ("Law", law) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    ["The PL 2630 page was updated.", "See the PL/SQL 12/2020 notes."],
)
def test_pl_without_a_year_is_no_bill(extractor, text):
    assert not any(t == "Law" for t, _ in mentions(extractor, text))
