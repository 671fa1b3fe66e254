"""partOf, round 16b (probe text of our own): an "in" phrase right after a body's name that names a state places the
body in it ("the Ministry of Communications in Kenya"), as "of" does; a body stationed abroad (an embassy, a
delegation) is not the host's, nor is a body the reference tables place elsewhere, nor one whose verb, not name, the
phrase follows."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def _part_of(facts: set[tuple]) -> set[tuple[str, str]]:
    return {(head, tail) for head, relation, tail in facts if relation == "partOf"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a news article
        (
            "BRASILIA, May 2 (Reuters) - The Ministry of Justice in Brazil ordered Telegram to remove the posts.",
            ("Ministry of Justice", "Brazil"),
        ),
        # a government release
        (
            "The Ministry of Communications in Kenya issued new guidelines on data centres, the release said.",
            ("Ministry of Communications", "Kenya"),
        ),
        # a cable
        (
            "3. (C) Poloff met officials of the Ministry of Interior in Jordan on May 3.",
            ("Ministry of Interior", "Jordan"),
        ),
        # an encyclopedia's lead ("in" hung on the noun whose "of" phrase the body is)
        (
            "The Privacy Act 2020 is an Act of Parliament in New Zealand which replaced the Privacy Act 1993.",
            ("Parliament", "New Zealand"),
        ),
    ],
)
def test_body_in_a_state_is_part_of_it(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    facts, _ = relations(extractor, text)
    assert pair in _part_of(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Officials at the U.S. Embassy in Germany met the minister.",
        "The EU Delegation in Japan hosted a seminar on data flows.",
        "The European Commission in Belgium published the decision.",
        "The Federal Trade Commission sued a company in Canada.",
        "The Parliament met in Ukraine.",
    ],
)
def test_no_body_placed_by_in(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not _part_of(facts)
