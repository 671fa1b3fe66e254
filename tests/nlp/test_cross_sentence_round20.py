"""Relations across sentences, round 20 (probe text of our own: news, government releases, Wikipedia, telegrams).

"The country" (or "the nation") takes up the one state named just before it: in its own sentence or the two before,
in its paragraph, or, when none is named there, the one state the whole text has named before it. Two states, a
nationality adjective of another state, a modifier ("the host country", "another country") or a plural leave it
unresolved, and nothing is guessed."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        (
            "HANOI - Vietnam tightened its cyber rules last year. The country adopted Decree 53 in August 2022.",
            "enacts",
            ("Vietnam", "Decree 53"),
        ),
        (
            "Indonesia wants more foreign investment in its ports. The country joined ASEAN in 1967.",
            "memberOf",
            ("Indonesia", "ASEAN"),
        ),
        (
            "RIYADH - Saudi Arabia is rewriting its data rules. The country requires cloud providers to store "
            "government data locally.",
            "requiresLocalization",
            ("Saudi Arabia", "government data"),
        ),
        (
            "KAZAKHSTAN IS EXPANDING ITS DIGITAL ECONOMY. THE COUNTRY ADOPTED THE LAW ON PERSONAL DATA IN 2013.",
            "enacts",
            ("KAZAKHSTAN", "LAW ON PERSONAL DATA"),
        ),
        (
            "Nepal has a growing mobile market. Nepal Telecommunications Authority (NTA) is the regulatory body of "
            "telecommunications in the country.",
            "partOf",
            ("Nepal Telecommunications Authority", "Nepal"),
        ),
        (
            "In Chile, copper exports rose in 2023.\n\nMining firms hired more workers. Wages grew. Ports were "
            "expanded. The country adopted the Data Protection Law in 2024.",
            "enacts",
            ("Chile", "Data Protection Law"),
        ),
    ],
)
def test_the_country_takes_up_the_one_state_named_before(extractor, text, relation, pair):
    assert pair in fact_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    "text",
    [
        "India and Pakistan held talks on trade. The country adopted the Digital Personal Data Protection Act.",
        "Kenya hosts a Chinese firm's data centre. The country adopted the Data Protection Act in 2019.",
        "Brazil is a large market. The host country adopted the LGPD in 2018.",
        "Brazil is a large market. The same country adopted the LGPD in 2018.",
        "The country adopted the LGPD in 2018.",
        "Brazil and Chile are large markets. Both countries adopted data laws.",
    ],
)
def test_an_ambiguous_or_modified_country_is_no_reference(extractor, text):
    assert not fact_pairs(extractor, text, "enacts")


def test_a_state_beyond_the_reach_does_not_compete_with_the_one_in_it(extractor):
    text = (
        "Japan signed the deal in May. Ports were busy all summer. Later, Vietnam tightened its rules. "
        "The country adopted Decree 53 in 2022."
    )
    assert fact_pairs(extractor, text, "enacts") == {("Vietnam", "Decree 53")}


def test_two_states_in_the_reach_leave_the_country_unresolved(extractor):
    text = "Japan signed the deal in May. Later, Vietnam tightened its rules. The country adopted Decree 53 in 2022."
    assert not fact_pairs(extractor, text, "enacts")
