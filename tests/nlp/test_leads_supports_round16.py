"""leads, round 16 (probe text of our own): an ordinal between a determiner or a possessive and a head's title counts
the holders of the office ("the first President of X" held it), so it makes no rank; before a diplomat's title it
still does ("the First Secretary of the Embassy"), and so does any other word of rank beside it."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def _led(facts: set[tuple]) -> set[tuple[str, str]]:
    return {(head, tail) for head, relation, tail in facts if relation == "leads"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an encyclopedia's history
        (
            "Otto Leiberich was the first President of the Federal Office for Information Security.",
            ("Otto Leiberich", "Federal Office for Information Security"),
        ),
        # a government release
        (
            "In a statement, the second Director of the National Cyber Security Centre, John Doe, welcomed the report.",
            ("John Doe", "National Cyber Security Centre"),
        ),
        # a news article
        (
            "Nairobi, March 3 (Reuters) - Mary Roe, the third Governor of the Central Bank of Kenya, said rates would "
            "hold.",
            ("Mary Roe", "Central Bank of Kenya"),
        ),
        # a cable
        (
            "2. (C) The Ambassador met Jane Roe, the first Chairperson of the Communications Authority of Kenya, on "
            "March 3.",
            ("Jane Roe", "Communications Authority of Kenya"),
        ),
        # an appointment in a government release
        (
            "Jane Roe was appointed as the first Director of the National Cyber Security Centre in 2016.",
            ("Jane Roe", "National Cyber Security Centre"),
        ),
    ],
)
def test_an_ordinal_counts_the_holders_of_the_office(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    facts, _ = relations(extractor, text)
    assert pair in _led(facts)


@pytest.mark.parametrize(
    "text",
    [
        # a cable: a diplomatic rank
        "The ambassador met Peter Roe, the First Secretary of the Embassy of Kenya.",
        "First Secretary Mark Doe of the Embassy of Germany attended the meeting.",
        # another word of rank beside the ordinal
        "Jane Roe, the first Press Secretary of the Federal Trade Commission, spoke.",
        # a deputy
        "The first Deputy Director of the Federal Bureau of Investigation, John Doe, resigned.",
    ],
)
def test_a_rank_or_a_deputy_leads_nothing(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not _led(facts)


def test_a_negated_first_holder_is_no_fact(extractor: Extractor) -> None:
    facts, others = relations(
        extractor, "Jane Roe was not the first President of the Federal Office for Information Security."
    )
    assert not _led(facts)
    assert ("Jane Roe", "leads", "Federal Office for Information Security", "negated", "stated") in others
