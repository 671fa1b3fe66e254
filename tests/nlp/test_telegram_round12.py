"""Telegram round 12: the subject line of a telegram in capitals is a headline, read in print case by the model.

A subject line printed in capitals ("SUBJECT: PARLIAMENT DEBATES DATA PROTECTION ACT") is a newspaper-style
headline: a subject, a verb in the present tense and its object. In capitals the tagger cannot tell the verb from a
word of a name, and the law's name ran on to the start of the line. The re-cased view gives the model the headline
in print case ("Parliament debates data protection act"), so the verb is read as a verb and the name starts after
it; the label, a mixed-case headline and the lines after the headline stay as printed."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from pipelines.nlp.recase import recase, subject_headlines
from pipelines.nlp.recase_swap import RecaseIn
from pipelines.nlp.telegram import header_mentions
from pipelines.nlp.telegram.addressees import prose_line as telegram_prose_line
from tests.support.probes import fact_pairs, of_type


@pytest.fixture(scope="module")
def recase_in(extractor: Extractor) -> RecaseIn:
    component = extractor.nlp.get_pipe("pg_recase_in")
    assert isinstance(component, RecaseIn)
    return component


_WRAPPED = "TAGS: ECON, KPRV\nSUBJECT: KENYA: PARLIAMENT DEBATES DATA\nPROTECTION BILL\n\n1. (U) SUMMARY: TEXT.\n"


def test_the_headline_and_its_wrapped_line_are_found() -> None:
    spans = [_WRAPPED[a:b] for a, b in subject_headlines(_WRAPPED)]
    assert spans == ["KENYA: PARLIAMENT DEBATES DATA\nPROTECTION BILL"]


@pytest.mark.parametrize(
    "text",
    [
        "TAGS: ECON\nSUBJECT: Senate Committee Reviews Privacy Act\n\n2. Embassy officers met the staff.",
        "SUBJECT: HADOPI 2: French Assembly Approves Internet Piracy\nSanctions Bill",
        "The subject of the talks was data protection; SUBJECT TO APPROVAL BY THE BOARD.",
    ],
)
def test_no_headline_in_mixed_case_or_outside_a_subject_line(text: str) -> None:
    assert subject_headlines(text) == []


def test_the_headline_ends_before_a_line_in_mixed_case() -> None:
    text = "SUBJECT: GOVERNMENT DEFENDS LAW\nClassified By: Pol Couns for reasons 1.4 (b) and (d)\nMORE TEXT"
    assert [text[a:b] for a, b in subject_headlines(text)] == ["GOVERNMENT DEFENDS LAW"]


def test_the_label_needs_its_colon() -> None:
    # "SUBJECT" opening a line of prose in capitals ("SUBJECT SYMPOSIUM AND AGENDA.") is no subject line
    assert subject_headlines("2. THE AGENDA:\nSUBJECT SYMPOSIUM AND AGENDA. SYMPOSIUM\nRELATED TO DATA.") == []


def test_the_headline_is_re_cased_the_label_and_the_next_lines_not(recase_in: RecaseIn) -> None:
    view = recase(_WRAPPED, recase_in.vocabulary)
    assert len(view) == len(_WRAPPED)
    assert "SUBJECT: Kenya: Parliament debates data\nprotection bill\n" in view
    assert view.startswith("TAGS: ECON, KPRV\n") and view.endswith("1. (U) SUMMARY: TEXT.\n")


@pytest.mark.parametrize(
    "text, law",
    [
        ("TAGS: ECON\nSUBJECT: GOVERNMENT DEFENDS CYBERSECURITY LAW\n\n1. (U) Text.", "CYBERSECURITY LAW"),
        ("TAGS: PGOV\nSUBJECT: PARLIAMENT DEBATES DATA PROTECTION ACT\n\n1. (U) Text.", "DATA PROTECTION ACT"),
        ("TAGS: PGOV\nSUBJECT: BRAZIL ENACTS GENERAL DATA PROTECTION LAW\nREF: A. 93", "GENERAL DATA PROTECTION LAW"),
    ],
)
def test_a_headline_verb_is_no_word_of_the_law_name(extractor: Extractor, text: str, law: str) -> None:
    assert of_type(extractor, text, "Law") == {law}


def test_the_headline_states_who_enacted_the_law(extractor: Extractor) -> None:
    text = "TAGS: PGOV\nSUBJECT: SENATE PASSES PERSONAL DATA PROTECTION ACT\n\n1. (U) Text."
    assert fact_pairs(extractor, text, "enacts") == {("SENATE", "PERSONAL DATA PROTECTION ACT")}


@pytest.mark.parametrize(
    "text, law",
    [
        # a headline with no verb: the law's name is the whole noun phrase before the colon
        (
            "TAGS: ECON\nSUBJECT: PERSONAL INFORMATION PROTECTION ACT: IMPLEMENTATION UPDATE\n\n2. Text.",
            "PERSONAL INFORMATION PROTECTION ACT",
        ),
        ("TAGS: ECON\nSUBJECT: DATA PROTECTION ACT AMENDMENTS\n\n2. Text.", "DATA PROTECTION ACT"),
    ],
)
def test_a_name_without_a_verb_keeps_its_words(extractor: Extractor, text: str, law: str) -> None:
    assert law in of_type(extractor, text, "Law")


# A line of prose in a telegram's body can start with a word and "FOR", as a pass line does ("STATE FOR EEB/CIP");
# the words after "FOR" tell them apart: a pass line lists offices and officers, prose has function words.
_BODY_HEAD = "E.O. 11652: GDS\nTAGS: ETRD, KPRV\nSUBJECT: DATA TRANSFERS\n\n"


@pytest.mark.parametrize(
    "text, junk",
    [
        (
            _BODY_HEAD + "1. THE MINISTRY ASKED THE EMBASSY TO SUPPORT THE\nPROPOSAL FOR A NEW DATA PROTECTION"
            " AUTHORITY IN THE REGION AND\nWELCOMED THE STATEMENT OF THE SECRETARY ON THIS ISSUE.",
            {"PROPOSAL"},
        ),
        (
            _BODY_HEAD + "2. EMBOFFS DISCUSSED WITH THE MINISTRY THE GOVERNMENT'S\nPLAN FOR THE TRANSFER OF"
            " PASSENGER DATA TO THE UNITED STATES,\nWHICH THE PARLIAMENT HAS NOT YET DEBATED.",
            {"PLAN", "THE", "WHICH"},
        ),
        (
            _BODY_HEAD + "3. GOI OFFICIALS SAID THAT THE MINISTER WOULD SEEK\nSUPPORT FOR THE BILL IN THE CABINET"
            " BEFORE IT GOES TO\nTHE PARLIAMENT IN MARCH.",
            {"SUPPORT", "THE"},
        ),
    ],
)
def test_a_wrapped_line_of_prose_is_no_pass_line(extractor: Extractor, text: str, junk: set[str]) -> None:
    assert not of_type(extractor, text, "Agency") & junk


@pytest.mark.parametrize(
    "rest, prose",
    [
        ("EEB/CIP, EUR/ERA, INL", False),  # STATE FOR ...
        ("BADER, MEDEIROS, AND LOI", False),  # NSC FOR ...
        ("TO THE FTC", False),  # DEPT PLEASE PASS ...
        ("CONTAINING THIS THRUST SHOULD TURN ON THE CONTRAST BETWEEN", True),  # STRATEGY FOR ...
        ("THE COUNCIL'S FIRST SESSION, CONVENED TO REVIEW THE STATUS", True),  # DEVELOPED FOR ...
    ],
)
def test_prose_after_for_is_told_from_a_list(rest: str, prose: bool) -> None:
    assert telegram_prose_line(rest) is prose


def test_pass_lines_after_the_subject_still_name_their_offices(extractor: Extractor) -> None:
    text = "UNCLAS STATE 012345\nSIPDIS\nE.O. 12958: N/A\nTAGS: ECON\nSUBJECT: TALKS\n\nUSDOC FOR ITA\n\n1. (U) Text."
    assert {"USDOC", "ITA"} <= of_type(extractor, text, "Agency")


# "BT" (break) and "NNNN" (end of message) are the transmission procedure's own lines, no office the telegram is for;
# a lone office symbol on a line of its own still is one ("NESCO": the office in Paris it goes to)
_TRANSMISSION = "FM AMEMBASSY BONN\nTO SECSTATE WASHDC 4411\n{line}\nUNCLAS BONN 03412\nE.O. 11652: N/A\n"


@pytest.mark.parametrize("line", ["BT", "NNNN"])
def test_a_procedure_line_is_no_office(line: str) -> None:
    designators = [h.designator for h in header_mentions(_TRANSMISSION.format(line=line))]
    assert designators == ["AMEMBASSY BONN", "SECSTATE", "E.O. 11652"]


def test_a_lone_office_line_is_still_an_office() -> None:
    designators = [h.designator for h in header_mentions(_TRANSMISSION.format(line="NESCO"))]
    assert "NESCO" in designators


def test_transmission_breaks_name_nothing_in_a_caps_telegram(extractor: Extractor) -> None:
    text = (
        "FM AMEMBASSY BONN\nTO SECSTATE WASHDC 4411\nBT\nLIMITED OFFICIAL USE BONN 03412\nE.O. 11652: N/A\n"
        "TAGS: ETEL, GW\nSUBJECT: DATA PROTECTION\n1. THE CABINET APPROVED THE DRAFT LAW ON MARCH 2.\nBT\n#3412"
    )
    assert "BT" not in of_type(extractor, text, "Agency")


# In capitals the possessive is "'S": no part of the name, as "'s" is none in print case
@pytest.mark.parametrize(
    "text, person",
    [
        ("THE MINISTRY WELCOMED JOHN SMITH'S APPOINTMENT AS THE NEW INFORMATION COMMISSIONER ON MONDAY.", "JOHN SMITH"),
        ("1. THE EMBASSY WELCOMES CODEL SMITH'S VISIT TO BERLIN AND WILL MEET THE DELEGATION ON MONDAY.", "SMITH"),
        ("TAGS: PREL\nSUBJECT: SCENESETTER FOR CODEL SMITH'S VISIT TO BERLIN\n\n1. (U) Text.", "SMITH"),
        # "Codel": the congressional delegation the member leads, a title before the name as "Senator" is
        ("TAGS: PREL\nSUBJECT: Scenesetter for Codel Smith's visit to Berlin\n\n1. (U) Text.", "Smith"),
    ],
)
def test_a_possessive_in_capitals_and_a_codel_are_no_part_of_the_name(
    extractor: Extractor, text: str, person: str
) -> None:
    assert of_type(extractor, text, "Person") == {person}


def test_a_name_that_holds_a_possessive_keeps_it(extractor: Extractor) -> None:
    text = "1. THE EMBASSY MET EDITORS OF THE PEOPLE'S DAILY AND THE MINISTRY OF PUBLIC SECURITY ON TUESDAY."
    assert not any(t.endswith("PEOPLE") for t in of_type(extractor, text, "Firm") | of_type(extractor, text, "Agency"))
