"""leads, round 16 (probe text of our own): an ordinal between a determiner or a possessive and a head's title counts
the holders of the office ("the first President of X" held it), so it makes no rank; before a diplomat's title it
still does ("the First Secretary of the Embassy"), and so does any other word of rank beside it. A body's name right
before its head's title right before a person's name says the person heads the body ("Justice Committee Chair Jane
Roe MP"), read off the words whatever the parse made of them (an honorific after the name, a heading line); a
deputy, a former holder, a rank, a portfolio between body and title or a dateline before it heads nothing."""

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


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a parliament's release
        (
            "DCMS Committee Chair Julian Knight MP said: the appointment is welcome.",
            ("Julian Knight", "DCMS Committee"),
        ),
        (
            "Home Affairs Committee Chair Yvette Cooper MP said the report was damning.",
            ("Yvette Cooper", "Home Affairs Committee"),
        ),
        # a cable
        (
            "3. (SBU) Justice Committee Chairman John Doe MP told PolOff the bill would pass.",
            ("John Doe", "Justice Committee"),
        ),
        # a release's heading line the parser breaks into pieces
        (
            "Chair's comment \n\nDCMS Committee Chair Julian Knight MP said:\n\nWe welcome the report.",
            ("Julian Knight", "DCMS Committee"),
        ),
        # a news article; a qualifier of the title between body and title
        (
            "House Speaker Mike Johnson said the House of Representatives would vote on Friday.",
            ("Mike Johnson", "House"),
        ),
        (
            "The Federal Trade Commission Acting Chair Maureen Roe said the rule was overdue.",
            ("Maureen Roe", "Federal Trade Commission"),
        ),
    ],
)
def test_a_body_and_its_heads_title_before_a_name(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    facts, _ = relations(extractor, text)
    assert _led(facts) == {pair}


def test_a_dateline_before_the_title_is_no_body(extractor: Extractor) -> None:
    """A news wire's dateline: the agency in brackets is the wire, not the body the chair heads."""
    facts, _ = relations(
        extractor,
        "London, May 2 (Reuters) - Treasury Committee Chair Jane Roe MP said on Tuesday that the bank had failed "
        "savers.",
    )
    assert _led(facts) == {("Jane Roe", "Treasury Committee")}


@pytest.mark.parametrize(
    "text",
    [
        "Justice Committee Deputy Chair Jane Roe MP said the bill was flawed.",
        "Justice Committee member Jane Roe MP said the bill was flawed.",
        "Former Justice Committee Chair Jane Roe MP said the bill was flawed.",
        "Julian Knight MP said the appointment is welcome.",
        # a cable: a past holder; a rank; a portfolio inside the body
        "The Administrative Department of Security (DAS) said no surveillance has occurred since former DAS Director "
        "Jorge Noguera was fired.",
        "White House Press Secretary Karine Roe said the President would sign it.",
        "EU Trade Commissioner Cecilia Roe said the talks would resume.",
    ],
)
def test_a_deputy_a_member_a_former_chair_a_rank_or_a_portfolio_leads_nothing(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not _led(facts)
