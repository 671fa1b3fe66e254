"""Agency names, round 20 (probe text of our own: news, government releases, Wikipedia-style pages, cables).

A legislature that English calls by its one word in its own language ("the Knesset", "the Sejm", "the Storting")
is a body wherever the word stands capitalised, but not where it modifies the noun after it ("Knesset members",
"Knesset Speaker"). A building called after the body it once housed ("the Old Hill Street Police Station", "Old
Parliament House") is a place, not the body; a police station named without "Old" stays a body. A chamber named
with its state after "of" is one name ("the Senate of Nigeria", as "the Parliament of India"), unless chambers share
the "of" phrase ("the Senate and House of Representatives of the United States")."""

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


@pytest.mark.parametrize(
    ("text", "chamber"),
    [
        (
            "Anti-social Media Bill was introduced by the Senate of the Federal Republic of Nigeria in 2019.",
            "Senate of the Federal Republic of Nigeria",
        ),
        (
            "Lawmakers in the Senate of the Philippines approved the Data Privacy Act of 2012.",
            "Senate of the Philippines",
        ),
        ("Post met officials of the Senate of Brazil on May 3 to discuss the cybercrime bill.", "Senate of Brazil"),
        ("The Senate of Canada passed Bill C-11 in April.", "Senate of Canada"),
    ],
)
def test_a_senate_named_with_its_state_is_one_name(extractor, text, chamber):
    found = of_type(extractor, text, "Agency")
    assert chamber in found and "Senate" not in found


def test_a_chamber_of_state_enacts_as_one_body(extractor):
    text = "Lawmakers in the Senate of the Philippines approved the Data Privacy Act of 2012."
    assert ("Senate of the Philippines", "Data Privacy Act of 2012") in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # chambers sharing one determiner share the "of" phrase: two names and their state
        (
            "The Senate and House of Representatives of the United States passed the bill in May.",
            ("Senate", "United States"),
        ),
        # a body that is no chamber keeps its name apart from the state after it
        (
            "Post met officials of the Federal Trade Commission of the United States on May 3.",
            ("Federal Trade Commission", "United States"),
        ),
    ],
)
def test_no_chamber_of_state_name_where_the_state_is_shared_or_the_body_is_no_chamber(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "partOf")
