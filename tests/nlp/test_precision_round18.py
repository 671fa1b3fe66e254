"""Relation precision, round 18 (probe text of our own: news, releases, law-firm notes, telegrams in capitals).

What a sentence gives as only likely, rumoured or conditional is no fact, though no modal or adverb sits on its verb:
"it is likely that ..." (`relations/epistemic.py`), what unconfirmed reports or speculation say, a conjunct opened by
"perhaps" or "possibly", a condition opened by "in the event that", "in case" or "provided that" (the clause inside it
as well as the clause it governs: `relations/framing.py`), and a bill that a chamber's committee approved, which is
not yet law (`relations/committee_votes.py`). Each rule has sentences where it must not fire: "it is clear that",
"according to the ministry", "in the event of a breach", a committee that legislates itself."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow

Triple = tuple[str, str, str]


def _not_a_fact(extractor: Extractor, text: str, triple: Triple, modality: str) -> None:
    """The relation is found, not as a fact, with this modality."""
    facts, others = relations(extractor, text)
    assert triple not in facts
    assert any(o[:3] == triple and o[4] == modality for o in others), others


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # news
        ("It is possible Kenya joined the OECD.", ("Kenya", "memberOf", "OECD")),
        # law-firm note
        (
            "It is likely that the Personal Data Protection Law will regulate biometric data.",
            ("Personal Data Protection Law", "regulates", "biometric data"),
        ),
        # think-tank brief
        (
            "It is probable that the State Department opposes the Digital Services Act.",
            ("State Department", "opposes", "Digital Services Act"),
        ),
        # reported speech in a release
        (
            "The State Department said it is unlikely that India will require payment data to be stored locally.",
            ("India", "requiresLocalization", "payment data"),
        ),
        # telegram in capitals
        (
            "IT IS LIKELY THAT THE MINISTRY OF INFORMATION SUPPORTS THE CYBERSECURITY LAW.",
            ("MINISTRY OF INFORMATION", "supports", "CYBERSECURITY LAW"),
        ),
    ],
)
def test_it_is_likely_that_hedges(extractor: Extractor, text: str, triple: Triple) -> None:
    _not_a_fact(extractor, text, triple, "hedged")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("It is clear that Kenya joined the OECD.", ("Kenya", "memberOf", "OECD")),
        (
            "It is true that the Reserve Bank of India requires payment data to be stored in India.",
            ("Reserve Bank of India", "requiresLocalization", "payment data"),
        ),
    ],
)
def test_it_is_clear_that_states(extractor: Extractor, text: str, triple: Triple) -> None:
    facts, _ = relations(extractor, text)
    assert triple in facts


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # news
        (
            "Unconfirmed reports say Kenya has joined the Budapest Convention.",
            ("Kenya", "enacts", "Budapest Convention"),
        ),
        (
            "According to unconfirmed reports, Kenya has joined the Budapest Convention.",
            ("Kenya", "enacts", "Budapest Convention"),
        ),
        # law-firm note
        (
            "There is speculation that the Data Protection Act requires health data to be stored in Kenya.",
            ("Data Protection Act", "requiresLocalization", "health data"),
        ),
        # trade press
        (
            "The Reserve Bank of India, according to unverified media reports, requires payment data to be stored "
            "in India.",
            ("Reserve Bank of India", "requiresLocalization", "payment data"),
        ),
        # telegram in capitals
        (
            "UNCONFIRMED PRESS REPORTS SAY THAT KENYA HAS JOINED THE BUDAPEST CONVENTION.",
            ("KENYA", "enacts", "BUDAPEST CONVENTION"),
        ),
    ],
)
def test_rumours_and_unconfirmed_reports_hedge(extractor: Extractor, text: str, triple: Triple) -> None:
    _not_a_fact(extractor, text, triple, "hedged")


@pytest.mark.parametrize(
    "text",
    [
        "According to the ministry, Kenya has joined the Budapest Convention.",
        "According to reports, Kenya has joined the Budapest Convention.",
    ],
)
def test_a_source_the_text_relies_on_stays_a_fact(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert ("Kenya", "enacts", "Budapest Convention") in facts


@pytest.mark.parametrize(
    ("text", "stated", "hedged"),
    [
        (
            "Japan and perhaps Korea have ratified the Budapest Convention.",
            ("Japan", "enacts", "Budapest Convention"),
            ("Korea", "enacts", "Budapest Convention"),
        ),
        (
            "India, and possibly Indonesia, require payment data to be stored locally.",
            ("India", "requiresLocalization", "payment data"),
            ("Indonesia", "requiresLocalization", "payment data"),
        ),
        (
            "The Data Protection Act regulates health data and possibly genetic data.",
            ("Data Protection Act", "regulates", "health data"),
            ("Data Protection Act", "regulates", "genetic data"),
        ),
    ],
)
def test_a_hedged_conjunct_is_hedged_alone(extractor: Extractor, text: str, stated: Triple, hedged: Triple) -> None:
    facts, _ = relations(extractor, text)
    assert stated in facts
    _not_a_fact(extractor, text, hedged, "hedged")


def test_conjuncts_without_a_hedge_are_facts(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "Japan and Korea have ratified the Budapest Convention.")
    assert {("Japan", "enacts", "Budapest Convention"), ("Korea", "enacts", "Budapest Convention")} <= facts


@pytest.mark.parametrize(
    ("text", "triples"),
    [
        # a release on a bill: the condition and what depends on it
        (
            "In the event that Congress passes the American Privacy Rights Act, the Act will regulate personal data.",
            [
                ("Congress", "enacts", "American Privacy Rights Act"),
                ("American Privacy Rights Act", "regulates", "personal data"),
            ],
        ),
        # the clause inside "provided that" is the condition, not a fact
        (
            "Provided that Congress passes the American Privacy Rights Act, the Act will regulate personal data.",
            [("Congress", "enacts", "American Privacy Rights Act")],
        ),
        # law-firm note, no "that"
        (
            "In the event the bill becomes law, the Personal Data Protection Act will require firms to store "
            "personal data in India.",
            [("Personal Data Protection Act", "requiresLocalization", "personal data")],
        ),
        # news: the parse leaves "in case" without its clause
        (
            "In case the Senate passes the Data Protection Bill, the Act will regulate personal data.",
            [("Senate", "enacts", "Data Protection Bill"), ("Data Protection Bill", "regulates", "personal data")],
        ),
    ],
)
def test_conditions_without_if(extractor: Extractor, text: str, triples: list[Triple]) -> None:
    for triple in triples:
        _not_a_fact(extractor, text, triple, "conditional")


def test_in_the_event_of_a_noun_is_no_condition(extractor: Extractor) -> None:
    """ "In the event of a breach" says when a law's rule applies; the rule is the law's."""
    facts, _ = relations(extractor, "In the event of a breach, the GDPR requires controllers to protect personal data.")
    assert ("GDPR", "regulates", "personal data") in facts


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The House Energy and Commerce Committee approved the American Privacy Rights Act on Thursday.",
            ("House Energy and Commerce Committee", "enacts", "American Privacy Rights Act"),
        ),
        (
            "The American Privacy Rights Act was approved by the House Energy and Commerce Committee.",
            ("House Energy and Commerce Committee", "enacts", "American Privacy Rights Act"),
        ),
        (
            "The Senate Judiciary Committee advanced the Kids Online Safety Act, which requires platforms to protect "
            "children's data.",
            ("Kids Online Safety Act", "regulates", "children's data"),
        ),
        (
            "The European Parliament's Civil Liberties Committee approved the Data Retention Directive.",
            ("Civil Liberties Committee", "enacts", "Data Retention Directive"),
        ),
    ],
)
def test_a_chamber_committee_vote_passes_no_law(extractor: Extractor, text: str, triple: Triple) -> None:
    _not_a_fact(extractor, text, triple, "proposed")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The Standing Committee of the National People's Congress adopted the Personal Information Protection Law.",
            ("Standing Committee of the National People's Congress", "enacts", "Personal Information Protection Law"),
        ),
        (
            "The National People's Congress Standing Committee passed the Data Security Law in June 2021.",
            ("National People's Congress Standing Committee", "enacts", "Data Security Law"),
        ),
        (
            "The National Assembly Standing Committee adopted the Law on Cybersecurity.",
            ("National Assembly Standing Committee", "enacts", "Law on Cybersecurity"),
        ),
        (
            "The Committee of Ministers of the Council of Europe adopted the Convention on Cybercrime.",
            ("Committee of Ministers of the Council of Europe", "enacts", "Convention on Cybercrime"),
        ),
    ],
)
def test_a_committee_that_legislates_enacts(extractor: Extractor, text: str, triple: Triple) -> None:
    facts, _ = relations(extractor, text)
    assert triple in facts
