"""Agency spans, round 16 (probe text of our own): a body's remit named with "for"/"on" and narrowed by "in" to a
field with a capitalised name keeps the field in its name ("Office for Security in Information Technology"); "in"
before a place or a date says where or when the body acts, and ends the name there."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The Federal Office for Security in Information Technology warned operators about the flaw.",
            "Federal Office for Security in Information Technology",
        ),
        (
            "The ministry said the Centre for Excellence in Cyber Security would audit the network.",
            "Centre for Excellence in Cyber Security",
        ),
        (
            "Post met with the Directorate for Research in Electronic Surveillance, which oversees wiretaps.",
            "Directorate for Research in Electronic Surveillance",
        ),
        (
            "The Office for Standards in Education published its annual report on Tuesday.",
            "Office for Standards in Education",
        ),
    ],
)
def test_a_field_after_in_stays_in_the_name(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, body",
    [
        ("Officials from the Office for Civil Rights in Boston opened an inquiry.", "Office for Civil Rights"),
        ("The Committee on Trade in Washington will vote on the bill next week.", "Committee on Trade"),
        ("The Ministry for Culture in April banned the broadcast.", "Ministry for Culture"),
        ("In a statement, the Agency for Investment in Rwanda welcomed the data law.", "Agency for Investment"),
        ("The Commission for Human Rights in Nigeria criticised the bill.", "Commission for Human Rights"),
    ],
)
def test_a_place_or_date_after_in_ends_the_name(extractor, text, body):
    found = of_type(extractor, text, "Agency")
    assert body in found
    assert not any(b.startswith(body + " in") for b in found)


def test_a_word_broken_at_a_line_end_is_no_field(extractor):
    text = "As a result, the National Committee for Citizen in Educa- tion brought the matter to Congress."
    assert not any(" in " in b for b in of_type(extractor, text, "Agency"))
