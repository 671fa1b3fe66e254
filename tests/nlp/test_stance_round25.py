"""Stance, round 25 (probe text of our own: congressional releases, news, law-firm notes, telegrams).

A gerund with no subject of its own after a preposition of time ("after voting against X", "before cosponsoring X",
"After voting for X, A said ...") says what the subject of the clause it modifies did; the clause's modal or
condition makes the act as uncertain as the clause ("may speak after voting against X"), its "not" does not undo it
("did not comment after voting against X")."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    ("text", "relation", "pairs"),
    [
        (  # a congressional release: the statement after the vote
            "Congressman Paul Gosar issued the following statement after voting against H.R. 7888, the Reforming"
            " Intelligence and Securing America Act.",
            "opposes",
            {("Paul Gosar", "H.R. 7888")},
        ),
        (  # news: the phrase first
            "After voting against the CLOUD Act, Senator Jane Smith issued a statement.",
            "opposes",
            {("Jane Smith", "CLOUD Act")},
        ),
        (  # a release: "before" and cosponsorship
            "Senator Jane Smith released a statement before cosponsoring the CLOUD Act.",
            "supports",
            {("Jane Smith", "CLOUD Act")},
        ),
        (  # a law-firm note: a company's lobbying
            "Microsoft issued a statement after lobbying against the Digital Services Act.",
            "opposes",
            {("Microsoft", "Digital Services Act")},
        ),
        (  # news: the passive subject is the one who acted before
            "Senator Jane Smith was censured after criticizing the CLOUD Act.",
            "opposes",
            {("Jane Smith", "CLOUD Act")},
        ),
        (  # the clause's "not" is about the comment, not the vote
            "Senator Jane Smith did not comment after voting against the CLOUD Act.",
            "opposes",
            {("Jane Smith", "CLOUD Act")},
        ),
    ],
)
def test_stance_facts(extractor, text: str, relation: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= fact_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        # the clause's modal or condition reaches the act before or after it
        ("Senator Jane Smith may speak before voting against the CLOUD Act.", "opposes", ("Jane Smith", "CLOUD Act")),
        (
            "If Senator Jane Smith speaks after voting against the CLOUD Act, she will lose.",
            "opposes",
            ("Jane Smith", "CLOUD Act"),
        ),
    ],
)
def test_no_stance_fact(extractor, text: str, relation: str, pair: tuple[str, str]) -> None:
    assert pair not in fact_pairs(extractor, text, relation)


def test_a_gerund_of_time_is_the_subjects_alone(extractor) -> None:
    """Another preposition than "in" after "join": the one joined does not act with the joiner (round 24); the
    joiner did what the gerund of time says."""
    text = "Canada joined the United States after opposing the CLOUD Act."
    assert any_pairs(extractor, text, "opposes") == {("Canada", "CLOUD Act")}
    assert any_pairs(extractor, text, "supports") == set()
