"""Telegrams and names in capitals, round 19 (`rules/caps_defined.py`, `command_heads` in the lexicon).

A name in capitals that its own initials follow in parentheses is a body's name, as English spells a body out once
and puts the abbreviation it goes by after it ("the GOVERNMENT COMMUNICATIONS HEADQUARTERS (GCHQ)"): telegrams and
headings write every word in capitals, so without a cue the capitals alone say nothing, but the initials do, also
where a telegram writes the name right after a verb in capitals ("POLOFF MET RURAL ELECTRIFICATION AUTHORITY (REA)
OFFICIALS"). The initials must spell the name's words in order; other letters in parentheses are no such cue. A
headquarters is a state's body only after a word saying which command or service it heads ("Permanent Joint
Headquarters", "Defence Headquarters"); after an owner's name it is that owner's building ("Google Headquarters").

The probe sentences (a telegram in capitals, an encyclopedia's prose, news, a government release) are written for
these tests (no gold document's text)."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type


def _cable(serial: str, tags: str, body: str) -> str:
    """A short telegram: serial line, E.O. and TAGS lines, a subject and a numbered paragraph in capitals."""
    return f"CONFIDENTIAL {serial}\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: {tags}\nSUBJECT: TELECOM\n\n2. (C) {body}\n"


@pytest.mark.parametrize(
    ("text", "body", "abbreviation"),
    [
        (
            "The GOVERNMENT COMMUNICATIONS HEADQUARTERS (GCHQ) is an intelligence and security organisation. "
            "GCHQ is based in Cheltenham.",
            "GOVERNMENT COMMUNICATIONS HEADQUARTERS",
            "GCHQ",
        ),
        (
            "The PERMANENT JOINT HEADQUARTERS (PJHQ) commands overseas operations. PJHQ is based in Northwood.",
            "PERMANENT JOINT HEADQUARTERS",
            "PJHQ",
        ),
        # a telegram writes the name right after a verb in capitals: the run of capitals starts before the name
        (
            _cable(
                "LUSAKA 000210",
                "ECON ZA",
                "POLOFF MET RURAL ELECTRIFICATION AUTHORITY (REA) OFFICIALS ON MONDAY. REA STAFF SAID TARIFFS "
                "WOULD RISE.",
            ),
            "RURAL ELECTRIFICATION AUTHORITY",
            "REA",
        ),
        (
            _cable(
                "JAKARTA 000733",
                "PGOV ID",
                "ECONOFF CALLED ON NATIONAL POLICE HEADQUARTERS (NPHQ) LEGAL ADVISERS, WHO SAID NPHQ WOULD COMPLY.",
            ),
            "NATIONAL POLICE HEADQUARTERS",
            "NPHQ",
        ),
    ],
)
def test_a_name_in_capitals_that_its_initials_follow_is_a_body(extractor, text, body, abbreviation):
    agencies = of_type(extractor, text, "Agency")
    assert body in agencies
    assert abbreviation in agencies


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the letters in parentheses do not spell the words
        (
            _cable("LUSAKA 000210", "ECON ZA", "THE RURAL ELECTRIFICATION AUTHORITY (SEE REFTEL) MET DONORS."),
            "RURAL ELECTRIFICATION AUTHORITY",
        ),
        (
            _cable("LUSAKA 000211", "ECON ZA", "THE RURAL ELECTRIFICATION AUTHORITY (NTC) MET DONORS."),
            "RURAL ELECTRIFICATION AUTHORITY",
        ),
        # no body's head: initials alone make no body of a phrase
        ("WE MET THE PERSONAL DATA (PD) TEAM ON MONDAY.", "PERSONAL DATA"),
    ],
)
def test_capitals_without_their_own_initials_make_no_body(extractor, text, words):
    assert words not in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Government Communications Headquarters (GCHQ) intercepts foreign communications.", "GCHQ"),
        ("Britain's Government Communications Headquarters shares intercepted data with the NSA.", None),
        ("The Permanent Joint Headquarters (PJHQ) commands UK overseas operations.", "PJHQ"),
        ("The Defence Headquarters (DHQ) in Abuja said troops had arrested the suspects.", "DHQ"),
    ],
)
def test_a_headquarters_named_by_its_command_is_a_body(extractor, text, body):
    agencies = of_type(extractor, text, "Agency")
    assert any(a.endswith("Headquarters") for a in agencies)
    if body is not None:
        assert body in agencies


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Protesters gathered outside Google Headquarters in Mountain View on Monday.", "Google"),
        ("The delegates met at United Nations Headquarters in New York.", "United Nations"),
        ("Microsoft Corporate Headquarters in Redmond was evacuated on Tuesday.", "Microsoft"),
        ("NATO Headquarters in Brussels hosted the defence ministers.", "NATO"),
    ],
)
def test_a_headquarters_after_its_owners_name_is_a_building(extractor, text, owner):
    found = mentions(extractor, text)
    assert not any(t.endswith("Headquarters") for _, t in found)
    assert owner in {t for _, t in found}
