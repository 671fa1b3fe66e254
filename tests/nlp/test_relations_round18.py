"""Relations within a sentence, round 18 (probe text of our own, in the genres of encyclopedias, news, law-firm
notes, government releases and cables).

- A subject named twice without commas (`relations/named_subjects.py`): "X also known as Y is a framework adopted by
  Z", "the Law adopted in 2016 is a law that ...": the parse takes the participle for the copula's clausal subject;
  the clause is about the noun before it. Not a real clausal subject ("That the Act passed is clear"), and the
  copula's own negation or hedge still counts.
- Words of a name are not words of the clause (`relations/name_words.py`): the "No" that opens a law's title ("the
  No Child Left Behind Act") negates nothing; a "no", "neither" or "not" outside the name still does.
- A plural legislator's title before a list of names titles each name in it (`frames/sponsorship.py`,
  `plural_legislator_titles`): "Congressmen A (NJ-05) and B (IL-16) introduced X"; not a singular title, nor a
  minister's.
- Parties that "reach" an agreement conclude it (enacts, the verb frame's lemmas in `patterns/relations.yaml`):
  "the United States and Cambodia have reached an Agreement on Reciprocal Trade"; not a bill that reaches a
  chamber, "reached out to", an agreement "on" a law, nor a negated or hedged reaching.
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


# --- a subject named twice without commas -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        # an encyclopedia's first sentence
        (
            "The African Union Convention on Cyber Security and Personal Data Protection also known as the Malabo "
            "Convention is a 2014 legal framework adopted by the African Union to address cybercrime.",
            "enacts",
            ("African Union", "African Union Convention on Cyber Security and Personal Data Protection"),
        ),
        # a news report
        (
            "The Online Safety Act passed in 2023 is an act of the Parliament of the United Kingdom, officials said "
            "on Tuesday.",
            "enacts",
            ("Parliament of the United Kingdom", "Online Safety Act"),
        ),
        # a law firm's note (the participle tagged as a past tense)
        (
            "The Cybersecurity Law adopted in 2016 is a law that requires critical information infrastructure "
            "operators to store personal information in China.",
            "regulates",
            ("Cybersecurity Law", "personal information"),
        ),
    ],
)
def test_subject_named_twice_without_commas(
    extractor: Extractor, text: str, relation: str, pair: tuple[str, str]
) -> None:
    facts, _ = relations(extractor, text)
    assert pair in _pairs(facts, relation)


@pytest.mark.parametrize(
    "text",
    [
        # a real clausal subject: the clause is about the fact, not about the Act
        "That the Data Protection Act passed is clear to the Parliament of Kenya.",
        # the copula's negation and hedge still count
        "The Data Protection Act known locally as the DPA is not a law passed by the Parliament of Kenya.",
        "The Data Protection Act also known as the DPA may be a law adopted by the Parliament of Kenya.",
    ],
)
def test_no_fact_from_a_clausal_subject(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not _pairs(facts, "enacts")


def test_hedged_copula_keeps_its_hedge_for_the_named_subject(extractor: Extractor) -> None:
    text = "The Convention on Data Flows also known as the Lisbon Convention may be a treaty adopted by the OECD."
    facts, others = relations(extractor, text)
    assert not _pairs(facts, "enacts")
    assert ("OECD", "enacts", "Convention on Data Flows", "asserted", "hedged") in others


# --- words of a name are not words of the clause ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        # an encyclopedia
        (
            "The No Child Left Behind Act was passed by Congress in 2001.",
            "enacts",
            ("Congress", "No Child Left Behind Act"),
        ),
        # a legislator's release (the title given earlier holds for the surname)
        (
            "WASHINGTON - Congressman Darin LaHood (IL-16) sent letters to governors on Monday. On February 7, "
            "LaHood introduced the No DeepSeek on Government Devices Act.",
            "supports",
            ("LaHood", "No DeepSeek on Government Devices Act"),
        ),
    ],
)
def test_no_in_a_title_negates_nothing(extractor: Extractor, text: str, relation: str, pair: tuple[str, str]) -> None:
    facts, _ = relations(extractor, text)
    assert pair in _pairs(facts, relation)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Congress did not pass the No Child Left Behind Act in 1999.", ("Congress", "No Child Left Behind Act")),
        ("Neither the Senate nor the House passed the No Surprises Act.", ("Senate", "No Surprises Act")),
    ],
)
def test_negation_outside_the_name_still_negates(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    facts, others = relations(extractor, text)
    assert pair not in _pairs(facts, "enacts")
    assert (*pair, "negated") in {(o[0], o[2], o[3]) for o in others if o[1] == "enacts"}


def test_negative_determiner_on_a_plain_noun_asserts_nothing(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "No law requires companies to store personal data in India.")
    assert not facts


# --- a plural legislator's title titles each name of its list -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sponsors"),
    [
        # a legislator's release
        (
            "Congressmen Josh Gottheimer (NJ-05) and Darin LaHood (IL-16), members of the House Intelligence "
            "Committee, introduced the Data Broker Accountability Act on Monday.",
            {"Josh Gottheimer", "Darin LaHood"},
        ),
        # a news report
        (
            "Congresswomen Jane Smith of Ohio and Mary Jones of Texas, both Democrats, introduced the Online Privacy "
            "Act on Tuesday.",
            {"Jane Smith", "Mary Jones"},
        ),
    ],
)
def test_plural_title_titles_each_listed_name(extractor: Extractor, text: str, sponsors: set[str]) -> None:
    facts, _ = relations(extractor, text)
    assert sponsors <= {head for head, _ in _pairs(facts, "supports")}


@pytest.mark.parametrize(
    ("text", "not_sponsor"),
    [
        # a singular title is one person's
        (
            "Congressman John Smith, a member of the Intelligence Committee since 2015, and Mary Jones, a lobbyist "
            "from Denver, introduced the Data Broker Accountability Act.",
            "Mary Jones",
        ),
        # ministers introduce a government's bill, not as its advocates
        (
            "Ministers Jane Smith, the head of the department, and Mary Jones introduced the Online Harms Bill in "
            "Parliament.",
            "Mary Jones",
        ),
    ],
)
def test_no_sponsor_without_a_plural_legislator_title(extractor: Extractor, text: str, not_sponsor: str) -> None:
    facts, others = relations(extractor, text)
    assert not_sponsor not in {head for head, _ in _all_pairs(facts, others, "supports")}


# --- parties that reach an agreement conclude it -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties", "law"),
    [
        # a government release
        (
            "The United States of America and the Kingdom of Cambodia have reached an Agreement on Reciprocal Trade "
            "to strengthen our bilateral economic relationship.",
            {"United States of America", "Kingdom of Cambodia"},
            "Agreement on Reciprocal Trade",
        ),
        # a news report
        (
            "TOKYO (Reuters) - Japan and the European Union reached the Economic Partnership Agreement in December "
            "2017 after four years of talks.",
            {"Japan", "European Union"},
            "Economic Partnership Agreement",
        ),
    ],
)
def test_parties_that_reach_an_agreement_conclude_it(
    extractor: Extractor, text: str, parties: set[str], law: str
) -> None:
    facts, _ = relations(extractor, text)
    assert {(party, law) for party in parties} <= _pairs(facts, "enacts")


@pytest.mark.parametrize(
    "text",
    [
        "The Data Protection Act reached the Senate in May.",
        "The European Commission reached out to the Ministry of Justice about the Data Protection Act.",
        "The Council and the Parliament reached a provisional agreement on the Digital Markets Act in March 2022.",
        "Japan has not yet reached the Economic Partnership Agreement with the European Union.",
        "The United States and Japan may reach a Digital Trade Agreement next year.",
    ],
)
def test_no_agreement_concluded_by_reaching(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not _pairs(facts, "enacts")
