"""Attitude, round 24 (probe text of our own): a verb of reluctance over an infinitive.

"X did not hesitate to criticize Y" says X criticized Y: the "not" negates the reluctance, not the act, so the stance
is a fact. Affirmed, the reluctance leaves the act undecided ("hesitated to support": hedged, no fact); the verb's own
modal and conditions still qualify the act."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor


def _stances(extractor: Extractor, text: str) -> set[tuple[str, str, str, str, str, bool]]:
    x = extractor.extract("d", "v", text)
    return {
        (x.mentions[r.head].text, r.type, x.mentions[r.tail].text, r.polarity, r.modality, r.fact)
        for r in x.relations
        if r.type in ("supports", "opposes")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a senator's release: the negated reluctance asserts the act
            "Senator Wyden did not hesitate to criticize the CLOUD Act.",
            ("Wyden", "opposes", "CLOUD Act", "asserted", "stated", True),
        ),
        (  # business news
            "Microsoft did not hesitate to support the CLOUD Act.",
            ("Microsoft", "supports", "CLOUD Act", "asserted", "stated", True),
        ),
    ],
)
def test_a_negated_reluctance_states_the_act(extractor, text, expected):
    assert expected in _stances(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the reluctance affirmed: undecided
            "France hesitated to support the Data Act.",
            ("France", "supports", "Data Act", "asserted", "hedged", False),
        ),
        (  # the reluctance's own modal hedges the act
            "Brazil may not hesitate to oppose the Data Act.",
            ("Brazil", "opposes", "Data Act", "asserted", "hedged", False),
        ),
        (  # and its condition makes it conditional
            "If Congress passes it, Canada will not hesitate to oppose the CLOUD Act.",
            ("Canada", "opposes", "CLOUD Act", "asserted", "conditional", False),
        ),
        (  # a plain negation still negates the act
            "Germany did not criticize the CLOUD Act.",
            ("Germany", "opposes", "CLOUD Act", "negated", "stated", False),
        ),
    ],
)
def test_what_a_reluctance_leaves_open_is_no_fact(extractor, text, expected):
    assert expected in _stances(extractor, text)
