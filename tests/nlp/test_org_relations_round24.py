"""Organisation structure relations, round 24 (probe text of our own: news, government releases, Wikipedia-style
pages, a court report).

A state's possessive before a body's name that modifies a noun of the body's own units or staff belongs to the
whole phrase, so the state owns the body ("Iran's Cyber Police (FATA) unit", "China's Cyberspace Administration
officials"; `relations/modified_possessors.py`, read by `nominal.belongs`). A noun of likeness ("France's FCC
equivalent", "Kenya's FTC counterpart") or of a doing ("America's NSA program") makes no part, nor does a possessor
that is no state."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # Wikipedia-style page
        (
            "On January 23, 2011, Iran's Cyber Police (FATA) unit was launched by the national police.",
            ("Cyber Police", "Iran"),
        ),
        # news
        (
            "China's Cyberspace Administration officials met the delegation in Beijing on Tuesday.",
            ("Cyberspace Administration", "China"),
        ),
        # news, a spokesman
        ("Britain's GCHQ spokesman declined to comment on the report.", ("GCHQ", "Britain")),
        # government release
        (
            "Kenya's Data Commissioner office fined the hospital for failing to secure patient records.",
            ("Data Commissioner", "Kenya"),
        ),
    ],
)
def test_a_states_possessive_on_a_bodys_unit_or_staff_owns_the_body(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in fact_pairs(extractor, text, "partOf")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a likeness: the FCC is not France's
        ("In March, the CSA, France's FCC equivalent, ordered the shutdown of the channel.", ("FCC", "France")),
        # a counterpart (court report)
        ("Kenya's FTC counterpart opened an inquiry into the lender.", ("FTC", "Kenya")),
        # a doing, not a part
        ("America's NSA program collected the phone records of millions.", ("NSA", "America")),
    ],
)
def test_no_part_through_a_noun_of_likeness_or_doing(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert pair not in any_pairs(extractor, text, "partOf")


def test_the_short_name_in_brackets_holds_no_part(extractor: Extractor) -> None:
    """The full name holds the relation; the bracketed short name is not the one the possessive stands before."""
    pairs = fact_pairs(extractor, "Iran's Cyber Police (FATA) unit was launched in 2011.", "partOf")
    assert ("Cyber Police", "Iran") in pairs
    assert ("FATA", "Iran") not in pairs
