"""Enactment said by a noun, round 21 (probe text of our own: news, government releases, law-firm alerts,
Wikipedia-style pages).

A noun of making a law ("passage", "adoption", "enactment", "ratification", "promulgation") names its maker as the
verb does: "Senate passage of X", "the Senate's passage of X" and "the passage of X by the Senate" all say the Senate
passed X. The maker is the noun's possessor, a body named before it or its "by" phrase; the law is the object of
"of". A noun that a verb or preposition asks for, fears or holds up ("urged Senate passage of X", "lobbied for",
"warned against", "ahead of") makes no law, and a modal on the clause's verb ("could come next week") keeps it from
being a fact."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Statement from President Joe Biden on Senate Passage of the Kids Online Safety and Privacy Act",
            ("Senate", "Kids Online Safety and Privacy Act"),
        ),
        ("The White House welcomed Senate passage of the CHIPS Act on Wednesday.", ("Senate", "CHIPS Act")),
        (
            "Our client alert discusses the European Parliament's adoption of the Artificial Intelligence Act on "
            "13 March 2024.",
            ("European Parliament", "Artificial Intelligence Act"),
        ),
        (
            "Kenya's adoption of the Data Protection Act in 2019 was praised by observers.",
            ("Kenya", "Data Protection Act"),
        ),
        (
            "The adoption of the General Data Protection Regulation by the European Union in 2016 changed global "
            "practice.",
            ("European Union", "General Data Protection Regulation"),
        ),
        (
            "The EU welcomed Japan's ratification of the Convention on Cybercrime.",
            ("Japan", "Convention on Cybercrime"),
        ),
    ],
)
def test_a_noun_of_making_a_law_names_its_maker(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Lawmakers urged Senate passage of the Kids Online Safety Act.", ("Senate", "Kids Online Safety Act")),
        (
            "Industry groups lobbied for Senate passage of the American Privacy Rights Act.",
            ("Senate", "American Privacy Rights Act"),
        ),
        ("Critics warned against Senate passage of the Kids Online Safety Act.", ("Senate", "Kids Online Safety Act")),
        (
            "The committee is pressing ahead of Senate passage of the Kids Online Safety Act.",
            ("Senate", "Kids Online Safety Act"),
        ),
        (
            "Opposition parties delayed Parliament's adoption of the Online Safety Bill.",
            ("Parliament", "Online Safety Bill"),
        ),
    ],
)
def test_a_noun_of_making_asked_for_or_held_up_makes_no_law(extractor, text, pair):
    assert pair not in any_pairs(extractor, text, "enacts")


def test_a_modal_on_the_clause_keeps_the_making_from_being_a_fact(extractor):
    text = "Senate passage of the Kids Online Safety Act could come next week."
    assert ("Senate", "Kids Online Safety Act") not in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text",
    [
        "The adoption of the GDPR changed how firms handle data.",
        "Microsoft's adoption of the EU-U.S. Data Privacy Framework was announced in July.",
    ],
)
def test_a_noun_of_making_without_a_body_for_maker_enacts_nothing(extractor, text):
    assert not fact_pairs(extractor, text, "enacts")
