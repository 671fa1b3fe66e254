"""Telegram entities, round 17: a government written "Go" + the country's initial ("GoE", "GoK", "GoI"), the
mixed-case form later telegrams print beside "GOE", names the government of the state the telegram is about.

The probe telegrams are written for these tests (no gold document's text)."""

from __future__ import annotations

import pytest

from pipelines.nlp.telegram import government_abbreviations
from tests.support.probes import of_type


def _cable(serial: str, tags: str, subject: str, body: str) -> str:
    """A short telegram: serial line, E.O. and TAGS lines, subject and a numbered paragraph."""
    return f"CONFIDENTIAL {serial}\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: {tags}\nSUBJECT: {subject}\n\n2. (C) {body}\n"


# --- "Go" + initial -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("serial", "tags", "body", "abbreviation"),
    [
        ("ADDIS ABABA 000512", "ECON ETRD ET", "The GoE views telecommunications as a key sector.", "GoE"),
        ("NAIROBI 001234", "PGOV KE", "Officials told PolOff that the GoK will enforce the new act.", "GoK"),
        ("NEW DELHI 004321", "ECON IN", "GoI officials met EconOff on Tuesday to discuss the rules.", "GoI"),
        ("ISLAMABAD 003010", "ECON PK", "The GoP said it was committed to the reforms.", "GoP"),
    ],
)
def test_go_and_initial_in_mixed_case_names_the_state(extractor, serial, tags, body, abbreviation) -> None:
    text = _cable(serial, tags, "TELECOM", body)
    assert abbreviation in of_type(extractor, text, "State")


def test_go_and_initial_of_no_state_the_telegram_is_about_is_nothing(extractor) -> None:
    text = _cable("NAIROBI 001235", "PGOV KE", "TELECOM", "The GoE delegation and the GoI team did not attend.")
    states = of_type(extractor, text, "State")
    assert "GoE" not in states and "GoI" not in states


def test_go_and_initial_outside_a_telegram_is_nothing(extractor) -> None:
    assert "GoE" not in of_type(extractor, "The GoE said the plan works.", "State")


def test_go_before_a_word_is_no_abbreviation() -> None:
    text = "Go East, the slogan said; GoTo Meeting and GoEast were used."
    assert government_abbreviations(text, {"state/ET": "Ethiopia"}) == []


def test_go_and_initial_gives_the_state_of_that_initial() -> None:
    text = "The GoE and the GOE agree."
    found = government_abbreviations(text, {"state/ET": "Ethiopia", "state/KE": "Kenya"})
    assert [(text[a:b], sid) for a, b, sid in found] == [("GoE", "state/ET"), ("GOE", "state/ET")]
