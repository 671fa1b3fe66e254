"""Stance, round 25 (probe text of our own: congressional releases, news, law-firm notes, telegrams).

A gerund with no subject of its own after a preposition of time ("after voting against X", "before cosponsoring X",
"After voting for X, A said ...") says what the subject of the clause it modifies did; the clause's modal or
condition makes the act as uncertain as the clause ("may speak after voting against X"), its "not" does not undo it
("did not comment after voting against X"). One who praises, applauds or thanks another for passing, adopting or
signing a law supports the law; one who criticizes another for it opposes it; the one praised is not said to."""

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
        (  # a release: a list of senators applaud a committee for passing their bill
            "Senators Rob Portman and Gary Peters applauded the committee for passing their bipartisan Cybersecurity"
            " Information Sharing Act.",
            "supports",
            {
                ("Rob Portman", "Cybersecurity Information Sharing Act"),
                ("Gary Peters", "Cybersecurity Information Sharing Act"),
            },
        ),
        (  # business news: a company praises a parliament for adopting a law
            "Microsoft praised the European Parliament for adopting the Data Act.",
            "supports",
            {("Microsoft", "Data Act")},
        ),
        (  # a law-firm note: thanks for passing, then a demand
            "Google thanked the Senate for passing the CLOUD Act and urged the House to follow.",
            "supports",
            {("Google", "CLOUD Act")},
        ),
        (  # news: criticism for passing a law is against the law (and, as before, the body)
            "The Chamber of Commerce criticized the Senate for passing the CLOUD Act.",
            "opposes",
            {("Chamber of Commerce", "Senate"), ("Chamber of Commerce", "CLOUD Act")},
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
        # praise not given, a deed not done, another deed
        (
            "The Chamber of Commerce did not praise the Senate for passing the CLOUD Act.",
            "supports",
            ("Chamber of Commerce", "CLOUD Act"),
        ),
        (
            "The Chamber of Commerce criticized the Senate for not passing the CLOUD Act.",
            "opposes",
            ("Chamber of Commerce", "CLOUD Act"),
        ),
        (
            "Microsoft criticized the European Parliament for delaying the Data Act.",
            "opposes",
            ("Microsoft", "Data Act"),
        ),
    ],
)
def test_no_stance_fact(extractor, text: str, relation: str, pair: tuple[str, str]) -> None:
    assert pair not in fact_pairs(extractor, text, relation)


def test_one_praised_is_no_supporter(extractor) -> None:
    """The committee praised for passing a bill handles it; it is not said to support it."""
    text = "Senator Rob Portman applauded the Senate for passing the Cybersecurity Information Sharing Act."
    assert ("Senate", "Cybersecurity Information Sharing Act") not in any_pairs(extractor, text, "supports")


def test_a_gerund_of_time_is_the_subjects_alone(extractor) -> None:
    """Another preposition than "in" after "join": the one joined does not act with the joiner (round 24); the
    joiner did what the gerund of time says."""
    text = "Canada joined the United States after opposing the CLOUD Act."
    assert any_pairs(extractor, text, "opposes") == {("Canada", "CLOUD Act")}
    assert any_pairs(extractor, text, "supports") == set()
