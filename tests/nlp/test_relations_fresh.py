"""Relations found on fresh real text (issue 13): how English refers back to a law and names what a body made
(probe sentences of our own, with counter-examples that must not change)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


# binding principle C: a pronoun subject and a name inside its own clause are not the same thing, so a state named
# again in the clause of "it" is not what "it" stands for; the one law the sentence before names is
PRONOUN_FACTS = [
    ("Brazil adopted the Data Act in 2018. It requires banks to store payment data in Brazil.",
     ("Data Act", "requiresLocalization", "payment data")),
    ("Chile passed the Health Records Act, and it requires clinics to store patient records in Chile.",
     ("Health Records Act", "requiresLocalization", "patient records")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), PRONOUN_FACTS)
def test_it_is_the_law_when_its_clause_names_the_state_again(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


AMBIGUOUS_PRONOUNS = [
    # the state is not named again: it or its law may require
    "Brazil adopted the Data Act in 2018. It requires banks to store payment data in the country.",
    # two laws could be meant
    "Brazil adopted the Data Act and the Bank Act in 2018. It requires banks to store payment data in Brazil.",
    # an unnamed law is no fact's argument
    "Brazil adopted a law in 2018. It requires banks to store payment data in Brazil.",
    # a coordinated clause with its own subject is not governed by "it"
    "Brazil adopted the Data Act in 2018. It requires banks to store payment data locally, and Brazil enforces it.",
]


@pytest.mark.parametrize("text", AMBIGUOUS_PRONOUNS)
def test_it_stays_ambiguous_between_a_state_and_its_law(extractor: Extractor, text: str) -> None:
    facts, others = relations(extractor, text)
    assert not any(r[1] == "requiresLocalization" for r in facts | others), facts | others


# "X, commonly referred to as Y" gives X a second name; a description after it fits one law, not two
def test_a_description_after_a_law_and_its_second_name_is_that_law(extractor: Extractor) -> None:
    text = "Peru's approach is set out in the Data Act, commonly referred to as the Privacy Law. Enacted in 2014, "
    text += "this legislation requires banks to store payment data in Peru."
    facts, _ = relations(extractor, text)
    assert ("Data Act", "requiresLocalization", "payment data") in facts, facts


def test_a_description_after_two_laws_stays_ambiguous(extractor: Extractor) -> None:
    text = "Peru's approach is set out in the Data Act and the Privacy Law. Enacted in 2014, this legislation "
    text += "requires banks to store payment data in Peru."
    facts, others = relations(extractor, text)
    assert not any(r[1] == "requiresLocalization" for r in facts | others), facts | others


# a noun of the form a law is given in ("the final version of X", "the text of X") stands for the law
FORM_FACTS = [
    ("The Data Office of Peru released the final version of the Data Export Rules in May.",
     ("Data Office of Peru", "enacts", "Data Export Rules")),
    ("The Data Office of Peru published the text of the Data Export Rules.",
     ("Data Office of Peru", "enacts", "Data Export Rules")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), FORM_FACTS)
def test_the_version_of_a_law_stands_for_the_law(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


@pytest.mark.parametrize(
    "text",
    [
        "The Data Office of Peru released a draft version of the Data Export Rules.",
        "The Data Office of Peru published an unofficial English version of the Data Export Rules.",
        "The Data Office of Peru published a Spanish version of the Data Export Rules.",
    ],
)
def test_a_draft_or_a_translation_of_a_law_is_no_enactment(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not any(r[1] == "enacts" for r in facts), facts


def test_a_draft_version_is_proposed(extractor: Extractor) -> None:
    _, others = relations(extractor, "The Data Office of Peru released a draft version of the Data Export Rules.")
    assert ("Data Office of Peru", "enacts", "Data Export Rules", "asserted", "proposed") in others, others


# an apposition belongs to the noun phrase right before its comma, even when the parse hangs it on a place before
# the name; a title's "national" is the whole body's scope, not a unit inside it
LEAD_FACTS = [
    ("In Lima, Maria Quispe, the national commissioner of the Peru Data Protection Bureau, opened the meeting.",
     ("Maria Quispe", "leads", "Peru Data Protection Bureau")),
    ("The Peru Data Protection Commission's National Commissioner, Maria Quispe, opened the meeting.",
     ("Maria Quispe", "leads", "Peru Data Protection Commission")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), LEAD_FACTS)
def test_a_title_in_apposition_names_what_its_holder_leads(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


@pytest.mark.parametrize(
    "text",
    [
        "In Lima, Maria Quispe, the deputy director of the Peru Data Protection Bureau, opened the meeting.",
        "In Lima, Maria Quispe, a researcher at the Peru Data Protection Bureau, opened the meeting.",
    ],
)
def test_an_apposition_that_is_no_head_title_leads_nothing(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not any(r[1] == "leads" for r in facts), facts


def test_a_noun_phrase_sentence_is_what_the_next_pronoun_is_about(extractor: Extractor) -> None:
    # a heading or fragment that is a noun phrase is about that noun phrase, as a sentence is about its subject
    text = "Data Act of Peru.\n\n(1) The law that came into force on 1 May 2015. It requires that patient records be "
    text += "stored on servers located in Peru."
    facts, _ = relations(extractor, text)
    assert ("Data Act of Peru", "requiresLocalization", "patient records") in facts, facts


@pytest.mark.parametrize(
    "text",
    [
        "The Data Act was passed in 2015.\n\nA new bill for clinics. It requires that patient records be stored "
        "in Peru.",
        "The Data Act was passed in 2015. A new bill was drafted for clinics. It requires that patient records be "
        "stored in Peru.",
    ],
)
def test_a_nearer_unnamed_law_gives_the_pronoun_nothing(extractor: Extractor, text: str) -> None:
    # the nearer sentence is about a law the text does not name: "it" is likelier that one than the older law
    facts, _ = relations(extractor, text)
    assert not any(r[1] == "requiresLocalization" for r in facts), facts
