"""Organisation structure relations, round 24 (probe text of our own: news, government releases, Wikipedia-style
pages, a court report).

A state's possessive before a body's name that modifies a noun of the body's own units or staff belongs to the
whole phrase, so the state owns the body ("Iran's Cyber Police (FATA) unit", "China's Cyberspace Administration
officials"; `relations/modified_possessors.py`, read by `nominal.belongs`). A noun of likeness ("France's FCC
equivalent", "Kenya's FTC counterpart") or of a doing ("America's NSA program") makes no part, nor does a possessor
that is no state.

A letter's address or signature block puts the person's name on a line of its own (after an honorific) and the
office on the line under it, a blank line allowed between ("The Honorable Jair Bolsonaro / President of Brazil",
"Gary Gensler / Chair, Securities and Exchange Commission"): the person leads the body or state the office line
names after a head's title (`frames/address_blocks.py`). A deputy's, an ambassador's or a former holder's office
makes no head, and a line that goes on after the name, or a name line with other words, is no block."""

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


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a senator's letter to a head of state, as a web page sets it (blank lines between the block's lines)
        (
            "January 25, 2021\n\nThe Honorable Jair Bolsonaro\n\nPresident of Brazil\n\nDear President Bolsonaro:\n\n"
            "Thank you for your letter.",
            ("Jair Bolsonaro", "Brazil"),
        ),
        # a government's letter, a head of government's address
        (
            "The Honourable Justin Trudeau\nPrime Minister of Canada\n80 Wellington Street\nOttawa\n\n"
            "Dear Prime Minister,",
            ("Justin Trudeau", "Canada"),
        ),
        # a regulator's signature block, the office after a comma
        (
            "We look forward to your reply.\n\nSincerely,\n\nGary Gensler\nChair, Securities and Exchange Commission\n",
            ("Gary Gensler", "Securities and Exchange Commission"),
        ),
    ],
)
def test_an_address_block_names_the_head_of_a_body_or_state(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in fact_pairs(extractor, text, "leads")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a deputy's office
        (
            "Mr. John Smith\nDeputy Secretary of the Department of Commerce\n",
            ("John Smith", "Department of Commerce"),
        ),
        # an envoy does not head the state that sends him
        ("Jane Doe\nAmbassador of the United States\n", ("Jane Doe", "United States")),
        # a former holder
        (
            "John Smith\nFormer Director of the Federal Bureau of Investigation\n",
            ("John Smith", "Federal Bureau of Investigation"),
        ),
        # news wrapped at a line's end: the name line holds other words
        ("Yesterday the minister met Jane Roe\nPresident of Brazil\n", ("Jane Roe", "Brazil")),
        # the lines are far apart
        ("Jane Roe\n\n\n\nPresident of Brazil\n", ("Jane Roe", "Brazil")),
    ],
)
def test_no_head_from_a_deputy_an_envoy_a_former_holder_or_other_lines(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair not in any_pairs(extractor, text, "leads")
