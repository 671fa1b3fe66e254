"""Obligations said by a noun of duty with an infinitive ("imposed a new obligation on X to store Y in Z"), and the
law a pronoun stands for after a sentence saying a law was changed by another (probe sentences of our own)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow

AMENDED = (
    "The processing of health records in Kenya is governed by the Health Records Act. This act was amended in 2019 "
    "by the Data Residency Act. It introduced a new obligation on hospitals when collecting health records of "
    "patients to store such data in a database located within the territory of Kenya."
)


def test_an_amending_law_brings_in_the_duty_its_pronoun_introduces(extractor: Extractor) -> None:
    facts, _ = relations(extractor, AMENDED)
    assert ("Data Residency Act", "requiresLocalization", "health records") in facts, facts
    assert not any(r[0] == "Health Records Act" and r[1] == "requiresLocalization" for r in facts), facts


def test_a_duty_noun_with_an_infinitive_of_local_storage_is_a_requirement(extractor: Extractor) -> None:
    text = "The Payments Act imposed a new duty on banks to store payment data on servers located in Brazil."
    facts, _ = relations(extractor, text)
    assert ("Payments Act", "requiresLocalization", "payment data") in facts, facts


NOT_FACTS = [
    # two named laws in the changing sentence: "it" could be either
    "The Health Records Act was amended in 2019 by the Data Residency Act. It introduced a new obligation on "
    "hospitals when collecting health records of patients to store such data in a database located within the "
    "territory of Kenya.",
    # a duty said of something else than keeping data inside
    "The Payments Act imposed a new duty on banks to report payment data to the central bank.",
    # a purpose, not the duty's content
    "The Payments Act imposed a new duty on banks in order to keep payment data in Brazil.",
    # proposed and negated duties are no facts
    "The Payments Act would impose a new duty on banks to store payment data on servers located in Brazil.",
    "The Payments Act did not impose any duty on banks to store payment data on servers located in Brazil.",
]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_no_localisation_fact(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not any(r[1] == "requiresLocalization" for r in facts), facts


# a law said to be, hold or refer to requirements: the requirements are the law's
CONTENT = [
    "The Data Residency Act refers to a set of legal requirements mandating that health records be stored in Kenya.",
    "The Data Residency Act refers to a set of legal requirements mandating that health records be collected and "
    "stored using databases located within the territory of Kenya.",
    "The Data Residency Act contains provisions requiring hospitals to store health records in Kenya.",
    "The Data Residency Act is a set of rules requiring hospitals to store health records in Kenya.",
]


@pytest.mark.parametrize("text", CONTENT)
def test_requirements_a_law_refers_to_are_its_own(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert ("Data Residency Act", "requiresLocalization", "health records") in facts, facts


CONTENT_NOT_FACTS = [
    "The Data Residency Act does not refer to any requirements mandating that health records be stored in Kenya.",
    "The Data Residency Act may refer to requirements mandating that health records be stored in Kenya.",
    "The draft Data Residency Act contains provisions requiring hospitals to store health records in Kenya.",
    # the subject is no law: whose requirements they are is not said
    "The debate refers to a set of legal requirements mandating that health records be stored in Kenya.",
]


@pytest.mark.parametrize("text", CONTENT_NOT_FACTS)
def test_requirements_not_stated_of_a_law_are_no_fact(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not any(r[1] == "requiresLocalization" for r in facts), facts
