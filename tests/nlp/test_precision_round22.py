"""Precision, round 22 (probe text of our own: news, press releases, telegrams in capitals, agency filings).

- A coalition whose name says what its members make, sell or campaign for ("Coalition of Music Publishers", "Asia
  Internet Coalition", "Digital Rights Coalition") is a private association: "coalition" is then no cue of an
  intergovernmental body, and its chairman leads no government body (`rules/private_coalitions.py`,
  `lexicon.private_member_words`). A coalition of states keeps its type ("Global Coalition to Counter ISIL").
"""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs, of_type


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # news
        (
            "The Asia Internet Coalition, which represents Google and Meta, criticised the draft rules.",
            "Asia Internet Coalition",
        ),
        # telegram in capitals
        (
            "THE DIGITAL RIGHTS COALITION CALLED THE DECREE A THREAT TO PRIVACY, EMBOFF WAS TOLD.",
            "DIGITAL RIGHTS COALITION",
        ),
        # agency filing
        (
            "The Coalition for Content Providers filed comments with the FCC on Monday.",
            "Coalition for Content Providers",
        ),
    ],
)
def test_a_coalition_named_after_its_members_trade_is_no_igo(extractor, text, name):
    assert name not in of_type(extractor, text, "IGO")
    assert name not in of_type(extractor, text, "Agency")


def test_the_chairman_of_a_private_coalition_leads_no_body(extractor):
    # press release
    text = "Jane Doe, Chairman of the Coalition of Music Publishers, said the bill went too far."
    assert "Coalition of Music Publishers" not in of_type(extractor, text, "IGO")
    assert not fact_pairs(extractor, text, "leads")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Global Coalition to Counter ISIL met in Rome.", "Global Coalition to Counter ISIL"),
        ("Iraq joined the Global Coalition to Counter ISIL in 2014.", "Global Coalition to Counter ISIL"),
    ],
)
def test_a_coalition_of_states_stays_an_igo(extractor, text, name):
    assert name in of_type(extractor, text, "IGO")


def test_a_state_joining_a_coalition_of_states_is_a_member(extractor):
    text = "Iraq joined the Global Coalition to Counter ISIL in 2014."
    assert ("Iraq", "Global Coalition to Counter ISIL") in fact_pairs(extractor, text, "memberOf")
