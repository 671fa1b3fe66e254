"""Issue 14, telegram round: names English and telegram prose give that earlier rules missed or cut.

An abbreviation of what an instrument is about names the instrument with its lower-case noun ("the new ACTA
agreement"); an abbreviation that already names the instrument, a party or a kind of instrument does not."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    "text, law",
    [
        ("Ministers said the new VIS agreement would take effect in the spring.", "VIS agreement"),
        ("Parliament rejected the\nAPIS accord, citing privacy.", "APIS accord"),
        ("The delegation pressed for revisions to the ETIAS treaty before the vote.", "ETIAS treaty"),
    ],
)
def test_an_abbreviated_subject_names_its_instrument(extractor, text, law):
    assert law in of_type(extractor, text, "Law")


@pytest.mark.parametrize(
    "text, not_law",
    [
        ("Both firms signed an NDA agreement before the talks.", "NDA agreement"),
        ("Officials praised the EU agreement on tariffs.", "EU agreement"),
        (
            "The Digital Standards Agency (DGSA) met the firms. The new DGSA agreement was signed later.",
            "DGSA agreement",
        ),
    ],
)
def test_a_party_or_a_kind_of_instrument_names_none(extractor, text, not_law):
    assert not_law not in of_type(extractor, text, "Law")


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "2. (C) Coastal Fisheries Protection, an agency within the ministry, seized the boat.",
            "Coastal Fisheries Protection",
        ),
        ("Harbor Point Logistics, the federal shipping regulator, fined the carrier.", "Harbor Point Logistics"),
    ],
)
def test_a_body_noun_in_apposition_makes_a_body(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


def test_a_bank_in_apposition_makes_no_body(extractor):
    assert "Northwind Traders" not in of_type(extractor, "Northwind Traders, a bank in Ohio, said so.", "Agency")


def test_a_branch_is_a_unit_of_a_body(extractor):
    text = "Written comments go to the Licensing Records Branch, Room 12, Ministry of Transport."
    assert "Licensing Records Branch" in of_type(extractor, text, "Agency")


def test_a_section_is_a_unit_of_a_body_but_not_before_a_number(extractor):
    text = "The Export Review Section of the ministry objected. See Section 4 of the Trade Act."
    agencies = of_type(extractor, text, "Agency")
    assert "Export Review Section" in agencies
    assert not any(a.endswith("Section") and a != "Export Review Section" for a in agencies)


@pytest.mark.parametrize(
    "text, capital",
    [
        ("Opposition papers were quick to accuse Ankara of stalling the talks.", "Ankara"),
        ("The minister said the Tokyo proposal was based on old figures.", "Tokyo"),
    ],
)
def test_a_capital_acted_on_or_acting_is_its_government(extractor, text, capital):
    assert capital in of_type(extractor, text, "State")


@pytest.mark.parametrize(
    "text, capital",
    [
        ("A Moscow court ruled against the company last year.", "Moscow"),
        ("The firm opened a Jakarta region for its cloud customers.", "Jakarta"),
    ],
)
def test_a_capital_before_a_place_or_court_is_no_government(extractor, text, capital):
    assert capital not in of_type(extractor, text, "State")


def test_a_title_case_data_phrase_before_a_capitalised_word_is_part_of_a_name(extractor):
    text = "- Panel: Select Committee (SCHD) on Health Records Security\n- Status: Closed"
    assert "Health Records" not in of_type(extractor, text, "DataType")


def test_a_data_phrase_in_prose_stays_a_data_type(extractor):
    text = "The rule covers health records. Hospitals keep them for ten years."
    assert "health records" in of_type(extractor, text, "DataType")
