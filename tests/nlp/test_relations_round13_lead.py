"""Round 13, the lead's relation fixes found by the helpers' probes."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IBM Germany has already raised concerns with the Ministry of Interior about the Data Retention Act.",
            {("IBM Germany", "Data Retention Act")},
        ),
        (
            "Microsoft raised concerns with the European Commission over the Digital Markets Act.",
            {("Microsoft", "Digital Markets Act")},
        ),
        ("Google raised concerns with the Data Protection Act.", {("Google", "Data Protection Act")}),
    ],
)
def test_a_body_after_with_is_whom_concerns_were_raised_with_not_their_subject(extractor, text, expected):
    """English "raise concerns with X": an actor after "with" is the one addressed; a law after it is the subject
    of the concerns (before: "IBM Germany opposes the Ministry of Interior")."""
    assert fact_pairs(extractor, text, "opposes") == expected


def test_a_plural_noun_before_of_stays_in_a_name_in_capitals(extractor):
    """In telegram capitals a present-tense verb ends a name ("MINISTRY OF COMMUNICATIONS SAID"), but a present form
    right before "of" is a plural noun: "TRANSBORDER FLOWS OF PERSONAL DATA" stays in the guidelines' title."""
    text = (
        "SUMMARY: THE OECD COUNCIL ON SEPTEMBER 23 ADOPTED THE GUIDELINES ON THE PROTECTION OF PRIVACY AND "
        "TRANSBORDER FLOWS OF PERSONAL DATA AS A RECOMMENDATION TO MEMBER COUNTRIES."
    )
    title = "GUIDELINES ON THE PROTECTION OF PRIVACY AND TRANSBORDER FLOWS OF PERSONAL DATA"
    assert fact_pairs(extractor, text, "enacts") == {("OECD COUNCIL", title)}
    said = fact_pairs(extractor, "THE MINISTRY OF COMMUNICATIONS SAID THAT IT OPPOSES THE DATA ACT.", "opposes")
    assert said == {("MINISTRY OF COMMUNICATIONS", "DATA ACT")}
