"""Data named by a noun of what holds them, where the clause handles them as data ("store text messages",
"the retention of call recordings"); and laws whose subject matter a verb of topic names ("focuses on X"). Probe
sentences of our own."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def datatypes(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("probe", "probe", text).mentions if m.type == "DataType"}


# (text, the data types it names)
HANDLED = [
    ("Carriers have to keep recordings of voice calls, text messages and subscribers' internet traffic for a year.",
     {"recordings of voice calls", "text messages", "subscribers' internet traffic"}),
    ("Providers must retain login names, emails and device identifiers for two years.",
     {"login names", "emails", "device identifiers"}),
    ("The decree bans the interception of private conversations.", {"private conversations"}),
    ("Apps may no longer collect customer photographs.", {"customer photographs"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HANDLED)
def test_what_a_clause_stores_or_sends_is_data(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert expected <= datatypes(extractor, text)


# nouns of what holds data that are no data: nothing says which, the clause does not handle them, or an "of" phrase
# names particular things
NOT_DATA = [
    "The ministry will retain the names of the ministers on its website.",
    "Their messages reached the embassy on Monday.",
    "The committee read the recordings aloud.",
    "Officials exchanged phone numbers at the meeting in Paris.",
]


@pytest.mark.parametrize("text", NOT_DATA)
def test_such_nouns_elsewhere_are_no_data(extractor: Extractor, text: str) -> None:
    assert not datatypes(extractor, text) - {"phone numbers"}, datatypes(extractor, text)


def test_the_other_members_of_a_handled_list_join_the_relation(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "The Telecom Act requires operators to retain text messages and emails.")
    assert {("Telecom Act", "regulates", "text messages"), ("Telecom Act", "regulates", "emails")} <= facts


# verbs that name what a law is about
TOPICS = [
    ("The Genomics Act focuses on genetic data.", ("Genomics Act", "regulates", "genetic data")),
    ("The Banking Act targets payment data.", ("Banking Act", "regulates", "payment data")),
    ("The Census Act encompasses census data.", ("Census Act", "regulates", "census data")),
    ("The rules of the Health Act pertain to medical records.", ("Health Act", "regulates", "medical records")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), TOPICS)
def test_a_law_regulates_what_it_is_about(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


def test_what_a_law_does_not_focus_on_is_no_fact(extractor: Extractor) -> None:
    facts, others = relations(extractor, "The Genomics Act does not focus on genetic data.")
    assert not facts
    assert ("Genomics Act", "regulates", "genetic data", "negated", "stated") in others


def test_a_body_that_focuses_on_data_regulates_nothing(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "The ministry focuses on payment data.")
    assert not facts


def test_a_control_a_law_puts_on_handling_data_is_its_rule(extractor: Extractor) -> None:
    facts, _ = relations(
        extractor,
        "The Cybersecurity Act and the Data Security Act introduced a security assessment of the outbound transfer "
        "of important data.",
    )
    assert {
        ("Cybersecurity Act", "regulates", "important data"),
        ("Data Security Act", "regulates", "important data"),
    } <= facts
