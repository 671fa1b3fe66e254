"""Precision, round 25 (probe text of our own): a clause's subject, where the parse would lend it a wrong one.

Coordinated verbs share their subject only when they agree in form ("adopts X and enforces it", "will adopt X and
enforce it"). A bare or plural-present verb with no auxiliary cannot be the conjunct of a third-person present verb
that has none either: where the parse joins them ("This bill answers the call ..., when I said it was time to
strengthen privacy protections, ban targeted advertising ... and demand tech companies stop collecting personal
data"), the bare verb belongs to another clause, and the bill is not what bans or demands (`relations/syntax.py`).

What a speaker says it is time to do is urged, not done: "It is time for Congress to pass X", "now is the time to
ratify X", "the time has come for Nigeria to adopt X" only propose it (`relations/hortative.py`); a time dated by an
article or an ordinal is an event that happened ("the last time Congress passed X"). "Is poised to enact X" is
scheduled, like "is set to". An infinitive beside "it is necessary" is the clause's real subject moved to the end, so
"it" refers to no law named before (`syntax.extraposed`)."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs

_ANSWERED_CALL = (
    "The Senate passed the Kids Online Safety and Privacy Act. This bill answers the call from the Unity Agenda of my "
    "first State of the Union Address, when I said it was time to strengthen privacy protections, ban targeted "
    "advertising to children, and demand tech companies stop collecting personal data on our children."
)


def test_a_bare_verb_does_not_take_the_subject_of_a_present_verb(extractor):
    # a White House statement: the bill is not what "demands" companies stop collecting personal data
    assert not any_pairs(extractor, _ANSWERED_CALL, "regulates")


def test_a_plural_present_verb_does_not_take_the_subject_of_a_singular_one(extractor):
    # news: "require" (tagged as a plural present) is the Commission's wish, not the act's content
    text = (
        "The Data Act answers the concerns of the Commission, which said it was time to protect users, limit "
        "profiling, and require platforms to store personal data in Europe."
    )
    assert not any_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        (  # agreeing present verbs share the subject (law-firm note)
            "The Data Security Act regulates personal data and requires localization of payment data.",
            "requiresLocalization",
            ("Data Security Act", "payment data"),
        ),
        (  # a bare verb under the first verb's modal shares it and the subject (news)
            "The Data Security Act will regulate personal data and require local storage of payment data.",
            "requiresLocalization",
            ("Data Security Act", "payment data"),
        ),
        (  # agreeing past verbs (encyclopedia)
            "The Duma adopted the Federal Law on Personal Data and ratified Convention 108.",
            "enacts",
            ("Duma", "Convention 108"),
        ),
    ],
)
def test_agreeing_coordinated_verbs_share_the_subject(extractor, text, relation, pair):
    assert pair in fact_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        (  # a congressional release
            "It is time for the Senate to pass the Kids Online Safety Act, Senator Jane Smith said.",
            "enacts",
            ("Senate", "Kids Online Safety Act"),
        ),
        (
            "It is time for Congress to pass the American Privacy Rights Act.",
            "enacts",
            ("Congress", "American Privacy Rights Act"),
        ),
        ("Kenya is poised to enact the Data Protection Act.", "enacts", ("Kenya", "Data Protection Act")),
    ],
)
def test_what_is_urged_or_scheduled_is_not_a_fact(extractor, text, relation, pair):
    assert pair in any_pairs(extractor, text, relation)
    assert pair not in fact_pairs(extractor, text, relation)


def test_a_dated_time_is_an_event_that_happened(extractor):
    text = "It was the first time that Kenya adopted the Data Protection Act, the minister said."
    assert ("Kenya", "Data Protection Act") in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "second",
    [
        "It is necessary to require operators to keep personal data in China.",
        "It is important to require network operators to store personal information in China.",
    ],
)
def test_an_extraposed_infinitive_has_no_subject(extractor, second):
    # a law-firm note: "it" stands for the infinitive clause, not for the law named before
    text = "China adopted the Cybersecurity Law in 2016. " + second
    assert not any_pairs(extractor, text, "requiresLocalization")
