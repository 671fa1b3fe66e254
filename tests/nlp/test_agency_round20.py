"""Agency names, round 20 (probe text of our own: news, government releases, Wikipedia-style pages, cables).

A legislature that English calls by its one word in its own language ("the Knesset", "the Sejm", "the Storting")
is a body wherever the word stands capitalised, but not where it modifies the noun after it ("Knesset members",
"Knesset Speaker"). A building called after the body it once housed ("the Old Hill Street Police Station", "Old
Parliament House") is a place, not the body; a police station named without "Old" stays a body."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs, of_type


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Biometric Database Law was passed by the Knesset in December 2009.", "Knesset"),
        ("JERUSALEM (Reuters) - Israel's Knesset approved the surveillance bill on Monday.", "Knesset"),
        ("The draft was sent to the Sejm, Poland's lower house, in March.", "Sejm"),
        ("The Storting adopted the Personal Data Act in 2018.", "Storting"),
        ("In Ireland, the Oireachtas enacted the Data Protection Act 2018.", "Oireachtas"),
        ("The Majlis approved the cyber crimes bill, Iranian media reported.", "Majlis"),
        ("THE KNESSET APPROVED THE DATA SECURITY REGULATIONS ON TUESDAY.", "KNESSET"),
    ],
)
def test_a_legislature_named_by_its_own_word_is_a_body(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


def test_the_legislature_named_by_its_own_word_enacts_the_law(extractor):
    text = "The Riksdag passed the Camera Surveillance Act in 2018."
    assert ("Riksdag", "Camera Surveillance Act") in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text",
    [
        "Knesset members from the opposition criticised the bill.",
        "Knesset Speaker Amir Ohana welcomed the delegation to Jerusalem.",
        "Sejm deputies voted along party lines.",
    ],
)
def test_a_legislature_word_modifying_a_noun_is_no_mention(extractor, text):
    assert not of_type(extractor, text, "Agency") & {"Knesset", "Sejm"}


def test_a_committee_named_after_the_legislature_keeps_its_whole_name(extractor):
    text = "The Knesset Constitution Committee will debate the proposal next week."
    assert of_type(extractor, text, "Agency") == {"Knesset Constitution Committee"}


@pytest.mark.parametrize(
    "text",
    [
        "The Old Hill Street Police Station is currently the headquarters of the Ministry of Communications.",
        "Headquarters: 140 Hill Street #01-01A, Old Hill Street Police Station, Singapore 179369",
        "Visitors to the Old Parliament House in Canberra can see the former chamber.",
        "The Old War Office building on Whitehall was sold to a hotel group in 2016.",
    ],
)
def test_a_building_named_after_a_body_it_housed_is_no_body(extractor, text):
    assert not any(b.startswith("Old") for b in of_type(extractor, text, "Agency"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The case was filed with the Khulna Sadar Police Station on Monday.", "Khulna Sadar Police Station"),
        ("The Old Hill Street Police Station houses the Ministry of Communications.", "Ministry of Communications"),
    ],
)
def test_a_body_named_without_old_stays_a_body(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")
