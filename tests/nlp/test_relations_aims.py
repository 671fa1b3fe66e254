"""What a law is for is what it does: the aim of a law with any verb ("is intended to enhance the security of X"),
and a law that facilitates the use of data (probe sentences of our own)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


# (text, a fact it states)
FACTS = [
    ("The Health Data Regulation is intended to enhance the accessibility and security of electronic health data.",
     ("Health Data Regulation", "regulates", "electronic health data")),
    ("The Data Act aims to make patient records portable.", ("Data Act", "regulates", "patient records")),
    ("The Open Banking Act facilitates the lawful sharing of financial records.",
     ("Open Banking Act", "regulates", "financial records")),
    # a law's purpose said by a noun and a copula
    ("The purpose of the Health Records Act is to protect patient records.",
     ("Health Records Act", "regulates", "patient records")),
    ("The Health Records Act took effect in 2019. Its aim is to make patient records portable.",
     ("Health Records Act", "regulates", "patient records")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), FACTS)
def test_a_laws_aim_says_what_it_rules_on(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


def test_an_aim_reported_in_a_finite_clause_is_not_the_laws_own(extractor: Extractor) -> None:
    text = "The Data Act was intended to reassure the EU that the law was adequate to protect patient records."
    facts, _ = relations(extractor, text)
    assert ("Data Act", "regulates", "patient records") not in facts, facts


def test_a_body_that_aims_at_data_rules_on_nothing(extractor: Extractor) -> None:
    facts, others = relations(extractor, "The ministry intends to collect location data.")
    assert not facts and not others


def test_a_bodys_goal_rules_on_nothing(extractor: Extractor) -> None:
    facts, others = relations(extractor, "The ministry's goal is to collect patient records.")
    assert not facts and not others


def test_its_purpose_after_a_state_that_passed_a_law_is_ambiguous(extractor: Extractor) -> None:
    text = "Kenya passed the Health Records Act in 2019. One of its purposes is to protect patient records."
    facts, _ = relations(extractor, text)
    assert not any(r[1] == "regulates" for r in facts), facts


def test_what_other_laws_in_the_aim_regulate_is_theirs(extractor: Extractor) -> None:
    text = (
        "Brazil enacted the General Data Law in 2018. The law's primary aim is to unify forty different laws that"
        " regulate the processing of personal data."
    )
    facts, others = relations(extractor, text)
    assert not any(r[1] == "regulates" for r in facts | others), facts
