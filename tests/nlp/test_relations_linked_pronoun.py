"""Reference inside a sentence and by repetition: a pronoun subject of a clause joined to an earlier clause of its
sentence (after a colon or a semicolon, or coordinated) stands for that clause's named subject; a description
repeats the nearest earlier one with its noun (probe sentences of our own)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


# (text, a fact it states)
FACTS = [
    ("The Data Security Measures took effect in 2022: they require operators to store personal information in "
     "China.", ("Data Security Measures", "requiresLocalization", "personal information")),
    ("The Data Security Measures took effect in 2022; they require operators to store personal information in "
     "China.", ("Data Security Measures", "requiresLocalization", "personal information")),
    ("The Data Act took effect in 2022, and it governs health records.", ("Data Act", "regulates", "health records")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), FACTS)
def test_a_pronoun_takes_up_the_subject_of_a_linked_clause(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


def test_a_subject_that_passed_a_law_makes_the_pronoun_ambiguous(extractor: Extractor) -> None:
    text = "Kenya passed the Data Act in 2019, and it requires operators to store personal data in the country."
    facts, others = relations(extractor, text)
    assert not any(r[1] == "requiresLocalization" for r in facts | others), facts | others


def test_a_reported_clause_does_not_link_its_pronoun(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "The ministry said they require operators to store personal data in Kenya.")
    assert not any(r[1] == "requiresLocalization" for r in facts), facts


def test_a_repeated_description_refers_to_what_the_earlier_one_refers_to(extractor: Extractor) -> None:
    text = "The ministry published the Data Rule in May. Officials said this rule was overdue. The rule covers health "
    text += "records."
    facts, _ = relations(extractor, text)
    assert ("Data Rule", "regulates", "health records") in facts, facts


def test_a_repeated_description_of_an_unnamed_one_refers_to_nothing(extractor: Extractor) -> None:
    text = "The Data Act was passed in 2019. Parliament later debated a new rule. The rule covers health records."
    facts, others = relations(extractor, text)
    assert not any(r[1] == "regulates" for r in facts | others), facts | others
