"""Telegram round 15: a "GO" + initial government abbreviation that is also an English word ("GOB", "GOP") names the
government in a line of mixed case; the Department addressed as "DEPARTMENT" routes to its own bureaus like "DEPT";
the post's city named in a telegram's prose is a place, never a person.

The probe telegrams are written for these tests (no gold document's text)."""

from __future__ import annotations

import pytest

from pipelines.nlp.telegram import in_mixed_case_line, post_cities
from tests.support.probes import mentions, of_type


def _cable(serial: str, tags: str, subject: str, body: str, pass_line: str = "") -> str:
    """A short telegram: serial line, pass line, E.O. and TAGS lines, subject and a numbered paragraph."""
    passes = f"{pass_line}\n\n" if pass_line else ""
    return f"UNCLAS {serial}\n\nSIPDIS\n\n{passes}E.O. 12958: N/A\nTAGS: {tags}\nSUBJECT: {subject}\n\n1. (U) {body}\n"


# --- "GO" + initial that is an English word -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("serial", "tags", "body", "abbreviation"),
    [
        ("LA PAZ 000101", "PGOV BL", "The GOB uses tax bills to pressure the press, officials said.", "GOB"),
        ("DHAKA 000202", "ECON BG", "The GOB has proposed licensing rules for mobile operators.", "GOB"),
        ("ISLAMABAD 000303", "PGOV PK", "The GOP blocked the video site on Friday, a spokesman said.", "GOP"),
    ],
)
def test_a_government_abbreviation_that_is_a_word_names_the_state_in_mixed_case(
    extractor, serial, tags, body, abbreviation
) -> None:
    text = _cable(serial, tags, "MEDIA", body)
    assert abbreviation in of_type(extractor, text, "State")


def test_an_abbreviation_word_in_a_line_of_capitals_is_a_word(extractor) -> None:
    text = _cable("ISLAMABAD 000304", "PGOV PK", "RALLY", "THE CROWD CHANTED GOD IS GREAT AS THE GOP LEADERS LEFT.")
    states = of_type(extractor, text, "State")
    assert "GOD" not in states and "GOP" not in states


def test_an_abbreviation_word_without_a_state_of_its_initial_is_no_government(extractor) -> None:
    text = _cable("WASHINGTON 000123", "PGOV US", "CONGRESS", "The GOP leadership in the House opposed the bill.")
    assert "GOP" not in of_type(extractor, text, "State")


def test_mixed_case_is_judged_on_the_line() -> None:
    text = "SUBJECT: GOB MOVES\n1. (U) The GOB moved."
    assert not in_mixed_case_line(text, text.index("GOB"))
    assert in_mixed_case_line(text, text.rindex("GOB"))


# --- "DEPARTMENT FOR" bureaus ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("serial", "passes", "bureaus"),
    [
        ("ADDIS ABABA 000404", "DEPARTMENT FOR AF, AF/E AND AF/EPS", {"AF", "AF/E", "AF/EPS"}),
        ("BEIJING 000111", "DEPARTMENT FOR EAP/CM, INR AND EEB/CIP", {"EAP/CM", "INR", "EEB/CIP"}),
    ],
)
def test_the_department_s_bureaus_after_department_for_are_routing(extractor, serial, passes, bureaus) -> None:
    text = _cable(serial, "ECON", "FIBER", "The ministry laid fiber.", pass_line=passes)
    agencies = of_type(extractor, text, "Agency")
    assert "DEPARTMENT" in agencies
    assert not agencies & bureaus


def test_an_agency_passed_to_after_department_is_still_named(extractor) -> None:
    passes = "DEPARTMENT PASS USTR"
    text = _cable("ADDIS ABABA 000405", "ECON ET", "FIBER", "The ministry laid fiber.", pass_line=passes)
    assert ("Agency", "USTR") in mentions(extractor, text)


# --- the post's city in prose ---------------------------------------------------------------------------------------


def test_post_cities_are_read_from_the_serial_line() -> None:
    assert post_cities("C O N F I D E N T I A L LA PAZ 002623\n\nSIPDIS\n") == frozenset({"la paz"})
    assert post_cities("The embassy in La Paz reported.") == frozenset()


@pytest.mark.parametrize("city", ["La Paz", "Porto Alegre", "Chiang Mai"])
def test_the_post_s_city_in_prose_is_no_person(extractor, city) -> None:
    first, second = city.split()
    body = f"Investors want to buy {city}'s largest daily. Editors in {first}\n{second} fear a tax bill."
    text = _cable(f"{city.upper()} 000505", "PGOV", "MEDIA", body)
    people = of_type(extractor, text, "Person")
    assert not {p for p in people if second in p}


def test_a_person_whose_name_starts_with_the_post_s_city_is_still_a_person(extractor) -> None:
    body = "Minister Santiago Ramirez Molina announced the data protection bill."
    text = _cable("SANTIAGO 000606", "ECON CI", "DATA", body)
    assert any("Ramirez" in p for p in of_type(extractor, text, "Person"))
