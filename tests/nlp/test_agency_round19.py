"""Agency names, round 19 (probe text of our own: news, government releases, party and union reports, cables).

A legislature's noun inside the name of a group of people is no mention of the legislature: a members' caucus is
named after the chamber its members sit in ("the Senate India Caucus", "the House Freedom Caucus"), and a party or
a federation of unions takes the name "Congress" after the people it gathers ("the All Progressives Congress", "the
Trades Union Congress"). A chamber named in full, its committees and a state's congress stay bodies. A court's
division alone in parentheses after the court's name is a word of the court's title ("the Court of Appeal (Criminal
Division)"): neither a body nor another name of the court; a division named outside such a parenthesis stays one."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    "text",
    [
        "Senators John Cornyn and Mark Warner, co-chairs of the Senate India Caucus, welcomed the visit.",
        "Members of the House Freedom Caucus opposed the surveillance bill.",
        "The Senate Cybersecurity Caucus held a briefing on data localization on Tuesday.",
        "WASHINGTON - The bipartisan House Privacy Caucus asked the FTC to act on data brokers.",
    ],
)
def test_a_chamber_before_a_caucus_names_the_caucus_not_the_chamber(extractor, text):
    assert not any(b in ("Senate", "House") for b in of_type(extractor, text, "Agency"))


@pytest.mark.parametrize(
    "text",
    [
        "Buhari won the election as the candidate of the All Progressives Congress in 2015.",
        "Members of the Trades Union Congress protested the surveillance bill.",
        "ABUJA - The All Progressives Congress said the social media bill would protect citizens.",
        "The Congress of South African Trade Unions and the Trades Union Congress signed a joint statement.",
    ],
)
def test_a_congress_named_after_its_members_is_no_legislature(extractor, text):
    assert not any(b.endswith("Congress") for b in of_type(extractor, text, "Agency"))


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Senate Commerce Committee held a hearing on the bill.", "Senate Commerce Committee"),
        ("The Senate Judiciary Committee approved the bill and the full Senate voted on it.", "Senate"),
        ("The House passed the bill on Tuesday and the Senate approved it.", "House"),
        ("Lawmakers in the United States Congress introduced the bill.", "United States Congress"),
        ("Brazil's National Congress approved the General Data Protection Law.", "National Congress"),
        (
            "The National People's Congress adopted the Personal Information Protection Law.",
            "National People's Congress",
        ),
        ("The caucus met after the Senate voted on the Cybersecurity Caucus Act.", "Senate"),
    ],
)
def test_a_chamber_its_committees_and_a_states_congress_stay_bodies(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, court, division",
    [
        (
            "Sir Adrian Fulford will become Vice President of the Court of Appeal (Criminal Division) next month.",
            "Court of Appeal",
            "Criminal Division",
        ),
        ("The case was heard in the High Court (Family Division) in London.", "High Court", "Family Division"),
        (
            "Judge Smith of the High Court of Justice (Chancery Division) ruled on the data claim.",
            "High Court of Justice",
            "Chancery Division",
        ),
        (
            "DHAKA - The Supreme Court (Appellate Division) upheld the Digital Security Act.",
            "Supreme Court",
            "Appellate Division",
        ),
    ],
)
def test_a_courts_division_in_parentheses_is_no_body(extractor, text, court, division):
    bodies = of_type(extractor, text, "Agency")
    assert court in bodies and division not in bodies


@pytest.mark.parametrize(
    "text, division",
    [
        (
            "Prosecutors from the Justice Department (National Security Division) briefed the committee.",
            "National Security Division",
        ),
        ("The Court of Appeal heard the case brought by the National Security Division.", "National Security Division"),
        (
            "The Criminal Division of the Department of Justice charged the hackers.",
            "Criminal Division of the Department of Justice",
        ),
    ],
)
def test_a_division_outside_a_courts_parenthesis_stays_a_body(extractor, text, division):
    assert division in of_type(extractor, text, "Agency")
