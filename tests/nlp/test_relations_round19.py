"""Relations within a sentence, round 19 (probe text of our own, in the genres of news, government releases,
encyclopedias and cables).

- A state that presides over an organisation of states is one of its members (`frames/presidency.py`, nouns in
  `presiding_nouns`): "Indonesia's leadership of ASEAN", "Under Japan's presidency of the G7", "India's G20
  presidency". Not a presidency still to come or past ("Spain's upcoming presidency of the EU", "France's former
  presidency"), not a presiding noun without a state that holds it ("assumed the presidency of X", "the ASEAN
  chair"), and not a leadership in something that is no organisation ("China's leadership in artificial
  intelligence").
"""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def _pairs(facts: set[tuple], relation: str) -> set[tuple[str, str]]:
    return {(head, tail) for head, rel, tail in facts if rel == relation}


def _all_pairs(facts: set[tuple], others: set[tuple], relation: str) -> set[tuple[str, str]]:
    return _pairs(facts, relation) | {(o[0], o[2]) for o in others if o[1] == relation}


# --- a state presiding over an organisation is a member of it -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a government release
        (
            "President Biden thanked President Widodo for Indonesia's leadership of the Association of Southeast "
            "Asian Nations (ASEAN) and underscored the U.S. commitment to the region.",
            ("Indonesia", "Association of Southeast Asian Nations"),
        ),
        # a news report
        (
            "Under Japan's presidency of the G7, ministers agreed on a framework for cross-border data flows.",
            ("Japan", "G7"),
        ),
        # an encyclopedia
        (
            "Brazil's chairmanship of the G20 in 2024 placed digital public infrastructure on the agenda.",
            ("Brazil", "G20"),
        ),
        # a law-firm note: the organisation compounded before the noun
        (
            "During Germany's G7 presidency, the data protection authorities met in Bonn.",
            ("Germany", "G7"),
        ),
    ],
)
def test_a_presiding_state_is_a_member(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    facts, _ = relations(extractor, text)
    assert pair in _pairs(facts, "memberOf")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a presidency still to come
        (
            "Spain's upcoming presidency of the European Union was discussed at length.",
            ("Spain", "European Union"),
        ),
        (
            "The Secretary urged Spain to use its upcoming EU Presidency to advance the agenda.",
            ("Spain", "EU"),
        ),
        # a past one
        ("France's former presidency of the G7 was praised by the delegates.", ("France", "G7")),
        # a leadership in what is no organisation
        (
            "China's leadership in artificial intelligence worries the European Union.",
            ("China", "European Union"),
        ),
        # on a topic inside the organisation
        (
            "Germany's leadership on climate policy within the European Union is widely recognised.",
            ("Germany", "European Union"),
        ),
    ],
)
def test_no_member_without_a_held_presidency(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    facts, others = relations(extractor, text)
    assert pair not in _all_pairs(facts, others, "memberOf")


@pytest.mark.parametrize(
    "text",
    [
        # a presidency no state in the phrase holds
        "Denmark, which assumed the presidency of the Council of the European Union in July 2025, backed down.",
        "The ASEAN chair issued a statement on Tuesday, officials in Jakarta said.",
    ],
)
def test_a_presidency_without_its_holder_makes_no_member(extractor: Extractor, text: str) -> None:
    facts, others = relations(extractor, text)
    assert not _all_pairs(facts, others, "memberOf")
