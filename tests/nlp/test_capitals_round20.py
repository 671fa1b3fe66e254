"""Telegrams, round 20 (probe text of our own: Cablegate-style cables in mixed case and in capitals, news and
government releases).

The published telegrams of 2006-2010 print a possessive's apostrophe as a comma glued to the word ("the People,s
Republic of China", "the GoK,s capacity", "DIRECTOR MUELLER,S VISIT"): in a telegram such a comma reads as an
apostrophe, so the name it sits in is whole and the possessive is no part of a name; outside a telegram, and where
the comma is followed by a space or by more letters, it stays a comma. A ministry's one-word name before a
possessive is a body of its own, and the office after it another ("Treasury's Terrorism Finance Office")."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type

_HEADER = "E.O. 12958: DECL: 10/24/2019\nTAGS: PREL PGOV\n\n"


@pytest.mark.parametrize(
    "body, name",
    [
        (
            "1. (C) The BfV briefed us on the cyber threat posed by the People,s Republic of China (PRC).",
            "People,s Republic of China",
        ),
        (
            "1. (SBU) SUMMARY: THE PEOPLE,S REPUBLIC OF CHINA ANNOUNCED NEW RULES ON CROSS-BORDER DATA.",
            "PEOPLE,S REPUBLIC OF CHINA",
        ),
        (
            "2. (C) Officials of the People,s Republic of China said the law would enter into force in June.",
            "People,s Republic of China",
        ),
    ],
)
def test_a_comma_glued_before_s_in_a_telegram_is_an_apostrophe(extractor, body, name):
    assert name in of_type(extractor, _HEADER + body, "State")


def test_the_state_named_with_a_comma_apostrophe_links_to_that_state(extractor):
    text = _HEADER + "1. (C) The cyber threat posed by the People,s Republic of China (PRC) is growing."
    ids = {m.text: m.entity_id for m in extractor.extract("t", "v", text).mentions}
    assert ids.get("PRC") == ids.get("People,s Republic of China") == "state/CN"


@pytest.mark.parametrize(
    "body, person",
    [
        ("1. (C) FBI DIRECTOR MUELLER,S VISIT TO PARIS WAS WELCOMED BY THE MINISTRY OF INTERIOR.", "MUELLER"),
        ("2. (SBU) Poor infrastructure continues to hinder Minister Ndemo,s plans for the sector.", "Ndemo"),
    ],
)
def test_a_comma_apostrophe_is_no_word_of_a_persons_name(extractor, body, person):
    people = of_type(extractor, _HEADER + body, "Person")
    assert person in people
    assert not any(",s" in p.lower() for p in people)


@pytest.mark.parametrize(
    "text",
    [
        "The People,s Republic of China announced new rules on data on Monday.",
        "BEIJING - The People,s Republic of China has adopted a cybersecurity law, the ministry said.",
    ],
)
def test_outside_a_telegram_the_comma_stays_a_comma(extractor, text):
    assert "The People,s Republic of China" not in of_type(extractor, text, "State")
    assert "People,s Republic of China" not in of_type(extractor, text, "State")


@pytest.mark.parametrize(
    "body",
    [
        "1. (C) The items were listed as follows: data,s, privacy and security.",
        "2. (C) Ministers from Kenya,Somalia and Ethiopia met in Nairobi.",
    ],
)
def test_a_comma_before_more_letters_or_after_a_word_is_no_apostrophe(extractor, body):
    found = mentions(extractor, _HEADER + body)
    assert not any("'" in text for _, text in found)
    assert ("State", "Kenya,Somalia") not in found


@pytest.mark.parametrize(
    "text",
    [
        "He met Michael Jacobson, from Treasury's Terrorism Finance Office, on Monday.",
        "Officials from Treasury’s Office of Foreign Assets Control briefed the committee.",
        _HEADER + "1. (C) Michael Jacobson, from\nTreasury,s Terrorism Finance Office, met the Commission.",
    ],
)
def test_a_ministrys_one_word_name_before_a_possessive_is_a_body_of_its_own(extractor, text):
    bodies = of_type(extractor, text, "Agency")
    assert "Treasury" in bodies
    assert any(b in ("Terrorism Finance Office", "Office of Foreign Assets Control") for b in bodies)
    assert not any("Treasury" in b and "Office" in b for b in bodies)


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Information Commissioner's Office fined the company.", "Information Commissioner's Office"),
        ("The Prosecutor General's Office opened an investigation.", "Prosecutor General's Office"),
    ],
)
def test_a_possessive_inside_an_offices_name_stays_in_it(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")
