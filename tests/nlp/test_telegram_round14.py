"""Telegram round 14: the routing an address carries after its location is no part of the addressee's name; an
officer in a pass list may be written with a bare initial, wrapped to the next line; a wrapped line of a telegram's
prose in title case is no heading; telegram shorthand for embassy officers ("PDoff") names a title, not a person.

The probe telegrams are written for these tests (no gold document's text)."""

from __future__ import annotations

import pytest

from pipelines.nlp.telegram import header_mentions, is_telegram
from pipelines.nlp.textview import join_wrapped_lines
from tests.support.probes import mentions, of_type

# --- addresses: the office tail "//...//" and a seat abroad's country code -----------------------------------------

_ADDRESSES = (
    "R 120930Z MAY 08\n"
    "FM AMEMBASSY ATHENS\n"
    "TO RUEHC/SECSTATE WASHDC PRIORITY 4410\n"
    "INFO RUEKJCS/JOINT STAFF WASHDC//J-5//\n"
    "RHMFISS/HQ USEUCOM VAIHINGEN GE\n"
    "RUEHXX/ODC ATHENS GR//DSCA//\n"
    "RUEHXX/USDAO ATHENS GR PRIORITY\n"
    "RUEKJCS/SECDEF WASHDC//USDP:ISA//\n"
    "RUEHXX/AMCONSUL THESSALONIKI GR 0123\n"
    "RUEAIIA/CIA WASHINGTON DC\n"
    "UNCLAS SECTION 01 OF 02 ATHENS 000512\n"
)


def _designators(text: str) -> list[str]:
    return [text[h.start : h.end] for h in header_mentions(text, is_word=lambda w: w in ("JOINT", "STAFF"))]


def test_the_routing_after_an_address_is_no_part_of_its_name() -> None:
    found = _designators(_ADDRESSES)
    for name in ("JOINT STAFF", "USEUCOM", "ODC ATHENS", "USDAO ATHENS", "SECDEF", "AMCONSUL THESSALONIKI", "CIA"):
        assert name in found
    assert not any("//" in d or d.endswith((" GR", " GE")) for d in found)


def test_a_washington_agency_keeps_dropping_its_city_and_a_post_its_code_only() -> None:
    text = "FM AMEMBASSY ROME\nTO SECSTATE WASHDC 0412\nINFO AEC GERMANTOWN\nAMEMBASSY VALLETTA MT\nUNCLAS ROME 01234\n"
    assert _designators(text) == ["AMEMBASSY ROME", "SECSTATE", "AEC", "AMEMBASSY VALLETTA"]


def test_a_two_letter_office_is_no_country_code() -> None:
    # "HQ ICE DRO": the agency and its office; "DEA HQS"; no three-word address to take a code from
    text = "FM AMEMBASSY ROME\nTO SECSTATE WASHDC 0412\nINFO HQ ICE DRO WASHINGTON DC\nDEA HQS WASHINGTON DC\n"
    assert _designators(text + "UNCLAS ROME 01234\n") == ["AMEMBASSY ROME", "SECSTATE", "ICE", "DRO", "DEA"]


# --- officers with a bare initial in pass lists, wrapped after the initial ------------------------------------------

_PASS = (
    "FM AMEMBASSY LIMA\nTO RUEHC/SECSTATE WASHDC 0203\nUNCLAS LIMA 000311\n\nSIPDIS\n\n"
    "{line}\n\nE.O. 12958: N/A\nTAGS: ECPS PE\nSUBJECT: TELECOM REGULATOR FINES OPERATOR\n\n"
    "1. (U) The regulator fined the operator on Monday.\n"
)


@pytest.mark.parametrize(
    "line, people",
    [
        ("FCC FOR J HARRINGTON AND M\nCALDWELL", {"J HARRINGTON", "M\nCALDWELL"}),
        ("USTR FOR R MORALES; USDOC FOR 3131/ITA/MAC", {"R MORALES"}),
        ("TREASURY FOR OFAC, B\nKIRKPATRICK", {"B\nKIRKPATRICK"}),
    ],
)
def test_an_officer_with_a_bare_initial_is_a_person(extractor, line, people) -> None:
    found = of_type(extractor, _PASS.format(line=line), "Person")
    assert people <= found
    assert not {p.split()[-1] for p in people} & found  # the surname alone is not the mention


def test_a_pass_line_of_its_own_after_a_bureau_letter_names_no_officer(extractor) -> None:
    text = _PASS.format(line="DEPT FOR S, P, D, EAP/CM, AND H\nNSC FOR LANDRY AND OKAFOR")
    people = of_type(extractor, text, "Person")
    assert not any(p.startswith("H") for p in people)
    assert ("Agency", "NSC") in mentions(extractor, text)


# --- a wrapped line of a telegram's prose in title case is no heading ------------------------------------------------


@pytest.mark.parametrize(
    "text, joined",
    [
        (  # a numbered, classified paragraph opening on a name
            "TAGS: ECPS KE\nSUBJECT: REGULATOR\n\n1. (SBU) SUMMARY: The Communications Authority of Kenya\n"
            "Board (CAKB) has ordered operators to keep data locally.\n",
            "Kenya\nBoard",
        ),
        (  # a list of bodies wrapped mid-sentence, line after line
            "TAGS: PGOV NG\nSUBJECT: MEETING\n\n2. (U) The minister met officials from the Ministry of\n"
            "Justice, Ministry of Interior, National Identity Management\nCommission, and the central bank.\n",
            "Management\nCommission",
        ),
        (  # a name across a line whose long words are all capitalised
            "UNCLAS MANILA 000412\nSIPDIS\n3. (C) According to a statement released on Tuesday by the Department of\n"
            "Information and Communications' (DICT) National Privacy\nCommission (NPC), the rules apply.\n",
            "Privacy\nCommission",
        ),
    ],
)
def test_a_wrapped_title_case_line_in_a_telegram_is_joined(text: str, joined: str) -> None:
    view = join_wrapped_lines(text)
    at = text.index(joined) + joined.index("\n")
    assert view[at] == " "


@pytest.mark.parametrize(
    "text, kept",
    [
        (  # a heading after a sentence's end, in a telegram
            "TAGS: ECPS KE\nSUBJECT: REGULATOR\n\nThe operators filed their objections on Monday.\n"
            "Communications Authority of Kenya Board Decision Of March\nThe board met again.\n",
            "March\nThe",
        ),
        (  # outside a telegram a title-case line stays a heading
            "The report reviews the law in detail and by provision\n"
            "Personal Information Protection Law of the Republic\nThe law took effect in 2021.\n",
            "Republic\nThe",
        ),
    ],
)
def test_a_title_case_heading_stays_a_line_of_its_own(text: str, kept: str) -> None:
    view = join_wrapped_lines(text)
    at = text.index(kept) + kept.index("\n")
    assert view[at] == "\n"


def test_the_wrapped_names_are_found(extractor) -> None:
    text = (
        "UNCLAS NAIROBI 000231\nSIPDIS\nE.O. 12958: N/A\nTAGS: ECPS KE\nSUBJECT: DATA RULES\n\n"
        "2. (U) The minister said that officials of the Ministry of Interior,\n"
        "Ministry of Information, Communications and Technology, Federal\n"
        "Investigation Bureau, and the police attended.\n"
    )
    agencies = of_type(extractor, text, "Agency")
    assert "Federal\nInvestigation Bureau" in agencies
    assert "Investigation Bureau" not in agencies


# --- telegram shorthand for embassy officers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("2. (SBU) Scioff and Poleconoff Okafor visited the regulator on March 3.", "Okafor"),
        ("3. (C) A ministry official told PDoff that Director Mensah had approved the order.", "Mensah"),
    ],
)
def test_officer_shorthand_is_a_title(extractor, sentence: str, person: str) -> None:
    text = f"UNCLAS ACCRA 000118\nSIPDIS\nE.O. 12958: N/A\nTAGS: ECPS GH\nSUBJECT: REGULATOR\n\n{sentence}\n"
    people = of_type(extractor, text, "Person")
    assert person in people
    assert not {p for p in people if p.lower().endswith("off") or "off " in p.lower()}


# --- a telegram whose header was cut off: its numbered, classified paragraphs ----------------------------------------


def test_classified_paragraphs_make_a_telegram_and_its_government_code_a_state(extractor) -> None:
    text = (
        "1. (SBU) Summary: The GVN has tightened its controls over Internet content in Vietnam. End summary.\n\n"
        "2. (SBU) The GVN issued a new decree on online services in July, officials said.\n"
    )
    assert is_telegram(text)
    assert ("State", "GVN") in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "1. (U) The committee approved the plan. See the annex for details.\n",  # one marked paragraph alone
        "(a) The operator shall notify the authority.\n(C) The notice shall state the data concerned.\n",
        "1. (a) The operator shall notify the authority.\n2. (b) The notice shall state the data concerned.\n",
    ],
)
def test_lettered_items_are_no_classified_paragraphs(text: str) -> None:
    assert not is_telegram(text)
