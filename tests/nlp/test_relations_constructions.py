"""Relations stated by constructions the parse hides: an exception clause on a rule, object control read as a
noun modifier, a right granted over data, a label of burden, a part of a law as a sentence's subject, and a second
name in parentheses (probe sentences of our own)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


# (text, a fact it states)
FACTS = [
    # "unless" on a present rule names its exception: the rule is stated
    ("The Data Act requires companies to store personal data in Germany unless the ministry grants an exemption.",
     ("Data Act", "requiresLocalization", "personal data")),
    ("Decree 12 requires operators to keep payment data within Ghana, unless specific exemptions are granted.",
     ("Decree 12", "requiresLocalization", "payment data")),
    # object control: "requires X to VERB ..." with the infinitive hung on the object
    ("The Health Records Act also requires hospitals and clinics to have safeguards to protect patient records.",
     ("Health Records Act", "regulates", "patient records")),
    # a right granted to or over data, or access to it
    ("The Consumer Privacy Act grants consumers several rights, including the right to delete their browsing "
     "histories.", ("Consumer Privacy Act", "regulates", "browsing histories")),
    ("The Data Portability Act gives individuals access to their financial records.",
     ("Data Portability Act", "regulates", "financial records")),
    # labelling a law burdensome
    ("The Commerce Department described the Digital Services Act as discriminatory.",
     ("Commerce Department", "opposes", "Digital Services Act")),
    ("In a letter, Senator Jane Doe labeled rules like the Data Act as unnecessarily burdensome.",
     ("Jane Doe", "opposes", "Data Act")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), FACTS)
def test_facts_said_through_hidden_constructions(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


def test_a_label_that_is_no_burden_is_no_stance(extractor: Extractor) -> None:
    facts, others = relations(extractor, "The Commerce Department described the Digital Services Act as effective.")
    assert not any(r[1] == "opposes" for r in facts | others)


def test_a_right_held_by_a_body_is_not_a_law_ruling(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "The Ministry of Health has access to patient records.")
    assert not any(r[1] == "regulates" for r in facts)


def test_a_part_of_a_law_as_subject_makes_it_refer_to_the_law(extractor: Extractor) -> None:
    text = (
        "Title II of the Consumer Data Act covers retailers. It prohibits them from selling customer records to "
        "data brokers."
    )
    facts, _ = relations(extractor, text)
    assert ("Consumer Data Act", "regulates", "customer records") in facts, facts


def test_a_reference_takes_the_second_name_in_parentheses(extractor: Extractor) -> None:
    """ "the X Act of 1999 (XA) (P.L. 106-102)": the nearest naming of the law is its public law number."""
    text = (
        "Title V of the Financial Records Act of 1999 (FRA) (P.L. 106-102) covers banks. It requires banks to "
        "protect the confidentiality of customer records."
    )
    facts, _ = relations(extractor, text)
    assert ("P.L. 106-102", "regulates", "customer records") in facts, facts


def test_a_description_after_an_unnamed_mention_takes_the_law_the_text_called_so(extractor: Extractor) -> None:
    """ "X is a framework ... talks about a new framework ... approved X. The Commission adopted the framework": the
    unnamed "new framework" is X, which the text has called a framework and names after it."""
    text = (
        "The Pacific Data Accord is a framework for exchanges of personal data. The European Commission and Japan "
        "started talks about a new framework in 2016. In 2017 member states approved the final version of the "
        "Pacific Data Accord. The European Commission adopted the framework in 2018."
    )
    facts, _ = relations(extractor, text)
    assert ("European Commission", "enacts", "Pacific Data Accord") in facts, facts


def test_a_description_after_an_unnamed_mention_named_by_nothing_stays_unresolved(extractor: Extractor) -> None:
    text = (
        "The Pacific Data Accord is a framework for exchanges of personal data. The European Commission and Japan "
        "started talks about a new framework in 2016. The European Commission adopted the framework in 2018."
    )
    facts, _ = relations(extractor, text)
    assert ("European Commission", "enacts", "Pacific Data Accord") not in facts, facts


def test_a_singular_verb_coordinated_under_a_plural_complement_shares_the_governors_subject(
    extractor: Extractor,
) -> None:
    """ "X, which lets operators keep data offshore but still requires Y to stay in the country": "requires" agrees
    with X, not with "operators"; and requiring the data to stay is the one relation stated, not also regulates."""
    text = (
        "Kenya amended its rules with the Data Hosting Regulation, which lets private cloud operators keep most data "
        "offshore but still requires government data to stay in the country."
    )
    facts, _ = relations(extractor, text)
    assert ("Data Hosting Regulation", "requiresLocalization", "government data") in facts, facts
    assert ("Data Hosting Regulation", "regulates", "government data") not in facts, facts
