"""Data a law governs said by a noun phrase ("records under the Act", a list in parentheses) and the state behind a
law whose relative clause obliges local storage (probe sentences of our own)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow

# (text, facts it states)
FACTS = [
    # data said to be under a law is data the law governs; its list in parentheses too
    ("Kenya stipulates that data under its Health Data Act (health data records, patient registers etc) are kept "
     "in data centres on the territory of Kenya.",
     {("Health Data Act", "regulates", "health data records")}),
    ("Health records under the Data Act must be encrypted.", {("Data Act", "regulates", "Health records")}),
    ("Payment data under the Banking Act is reviewed every year.", {("Banking Act", "regulates", "Payment data")}),
    # a state that enacts a law whose relative clause obliges local storage requires it
    ("In 2015 Kenya adopted the Data Act, which obliges operators to store the health records of citizens on "
     "servers located in Kenya.",
     {("Kenya", "requiresLocalization", "health records"), ("Data Act", "requiresLocalization", "health records")}),
    ("Last year Ghana passed the Payments Act, which requires banks to store payment data on servers in Ghana.",
     {("Ghana", "requiresLocalization", "payment data")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FACTS)
def test_governed_data_and_localizing_enactors(extractor: Extractor, text: str, expected: set) -> None:
    facts, _ = relations(extractor, text)
    assert expected <= facts, facts


# (text, a relation that must not be a fact)
NOT_FACTS = [
    # the enacting clause is negated or hedged: the state does not (yet) require anything
    ("Kenya did not adopt the Data Act, which obliges operators to store the health records of citizens on servers "
     "located in Kenya.", ("Kenya", "requiresLocalization", "health records")),
    ("Kenya may adopt the Data Act, which obliges operators to store the health records of citizens on servers "
     "located in Kenya.", ("Kenya", "requiresLocalization", "health records")),
    # criticising a law is not enacting it
    ("Kenya criticised the Data Act, which obliges operators to store the health records of citizens on servers "
     "located in Kenya.", ("Kenya", "requiresLocalization", "health records")),
    # a body under a law is not data under it
    ("The authority under the Data Act reviews transfers of health records.",
     ("Data Act", "regulates", "health records")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), NOT_FACTS)
def test_not_governed_or_not_required(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact not in facts, facts


# a gerund of ruling after "by" on a verb of ruling: what the law rules on by that means
MEANS = [
    ("The Data Act protects personal data by regulating the processing of health records.",
     ("Data Act", "regulates", "health records"), True),
    # (the law is the agent of the gerund of means too, and forbidding export is said more precisely: h-e round 9)
    ("The Data Act restricts transfers of personal data by prohibiting the export of payment records.",
     ("Data Act", "requiresLocalization", "payment records"), True),
    # a gerund that does not rule on the data
    ("The Data Act protects personal data by working with hospitals that hold health records.",
     ("Data Act", "regulates", "health records"), False),
    # negated
    ("The Data Act does not protect personal data by regulating the processing of health records.",
     ("Data Act", "regulates", "health records"), False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact", "stated"), MEANS)
def test_a_gerund_of_ruling_after_by(extractor: Extractor, text: str, fact: tuple, stated: bool) -> None:
    facts, _ = relations(extractor, text)
    assert (fact in facts) == stated, facts


# a phrase of topic right after a law's name: what the law is on
TOPICS = [
    ("The guidance explains how the Data Act relates to Regulation (EU) 2020/123 on the processing and transfer of "
     "personal data.", ("Regulation (EU) 2020/123", "regulates", "personal data"), True),
    ("The Commission applied the Health Directive on the protection of health records.",
     ("Health Directive", "regulates", "health records"), True),
    # the topic's noun is on persons, the data only further down: often a law's whole official title
    ("The Data Directive (officially the Health Directive on the protection of individuals with regard to the "
     "processing of health records) was adopted in 1999.",
     ("Health Directive", "regulates", "health records"), False),
    # a phrase of time or an argument of the verb, not a topic
    ("The court cited the Data Act on Tuesday after a hearing on health records.",
     ("Data Act", "regulates", "health records"), False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact", "stated"), TOPICS)
def test_a_topic_after_a_law_name(extractor: Extractor, text: str, fact: tuple, stated: bool) -> None:
    facts, _ = relations(extractor, text)
    assert (fact in facts) == stated, facts
