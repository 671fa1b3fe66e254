"""Round 15 of `supports` and `opposes`: what English says about the advocates and opponents of a law beyond one
clause.

(a) A text names a legislator in full with their title once and by the bare surname after that; the title still
holds, so the surname's introduction or cosponsorship of a bill is a legislator's, and the legislator supports the
bill. A minister named so stays a government's spokesperson, and a denied or hedged sponsorship is no fact."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs

# --- (a) a legislator's title holds for later mentions of the same person ---

LATER_SURNAME = [
    (
        "Senator Maria Holt spoke to reporters in Denver on Monday. "
        "Holt introduced the Data Broker Transparency Act last week.",
        ("Holt", "Data Broker Transparency Act"),
    ),
    (
        "WASHINGTON – Today, U.S. Representative Dan Ortiz (D-TX) joined parents at the Capitol. "
        '"Our children deserve privacy online," said Ortiz. "That is why I am proud to cosponsor the Kids Online '
        'Data Act."',
        ("Ortiz", "Kids Online Data Act"),
    ),
    (
        "Congressman Peter Walsh met the Ambassador on May 3. "
        "Walsh has cosponsored the Data Transfer Act, which would bar transfers to China.",
        ("Walsh", "Data Transfer Act"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), LATER_SURNAME)
def test_a_surname_keeps_the_legislators_title(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        # a minister introduces a government's bill: no advocate
        "Interior Minister Maria Holt spoke to reporters in Denver on Monday. "
        "Holt introduced the Data Broker Transparency Act last week.",
        # another person of the same surname is no legislator
        "Senator John Holt spoke to reporters on Monday. "
        "Economist Anna Holt introduced the Data Broker Transparency Act at a conference.",
        # no title anywhere
        "Maria Holt, a former teacher, spoke on Monday. Holt introduced the Data Broker Transparency Act.",
    ],
)
def test_no_legislator_no_sponsor(extractor, text):
    assert not any_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        "Senator Maria Holt spoke to reporters in Denver on Monday. Holt did not cosponsor the Data Broker "
        "Transparency Act.",
        "Senator Maria Holt spoke to reporters in Denver on Monday. Holt may introduce the Data Broker "
        "Transparency Act next year.",
    ],
)
def test_a_denied_or_hedged_sponsorship_is_no_fact(extractor, text):
    assert not fact_pairs(extractor, text, "supports")
