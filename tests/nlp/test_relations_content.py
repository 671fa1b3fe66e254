"""What a law rules on, said in a clause the parse hangs on its verb as an adverbial (an embedded question, a clause
of time, a gerund after "from") or in an infinitive of purpose of the verb that makes the law. Probe sentences of
our own, positive and negated, hedged, conditional or proposed (the real model and rules)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from pipelines.nlp.settings import NlpSettings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(NlpSettings())


def relations(extractor: Extractor, text: str) -> tuple[set[tuple], set[tuple]]:
    """(facts, the others with their polarity and modality), as (head text, type, tail text[, polarity, modality])."""
    x = extractor.extract("t", "v", text)
    facts, others = set(), set()
    for r in x.relations:
        key = (x.mentions[r.head].text, r.type, x.mentions[r.tail].text)
        if r.fact:
            facts.add(key)
        else:
            others.add((*key, r.polarity, r.modality))
    return facts, others


FACTS = [
    ("The Data Broker Act prohibits data brokers from transferring sensitive data to foreign adversaries.",
     ("Data Broker Act", "regulates", "sensitive data")),
    ("The Personal Data Protection Act governs when personal data can be transferred abroad.",
     ("Personal Data Protection Act", "regulates", "personal data")),
    ("The Privacy Act requires explicit consent before companies process health data.",
     ("Privacy Act", "regulates", "health data")),
    ("The Privacy Act demands written consent before hospitals share health data.",
     ("Privacy Act", "regulates", "health data")),
    ("The GDPR applies when companies process personal data of EU residents.",
     ("GDPR", "regulates", "personal data")),
    ("Congress passed the Data Broker Act to prohibit data brokers from transferring sensitive data.",
     ("Data Broker Act", "regulates", "sensitive data")),
    ("The Ministry issued the Cybersecurity Decree to regulate the transfer of personal data.",
     ("Cybersecurity Decree", "regulates", "personal data")),
    ("India passed the Digital Personal Data Protection Act to regulate the processing of personal data.",
     ("Digital Personal Data Protection Act", "regulates", "personal data")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), FACTS)
def test_what_a_law_rules_on(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts


NOT_FACTS = [
    ("The Data Broker Act does not prohibit companies from sharing health data.",
     ("Data Broker Act", "regulates", "health data"), "negated", "stated"),
    ("The Privacy Act would require consent before companies process health data.",
     ("Privacy Act", "regulates", "health data"), "asserted", "hedged"),
    ("If adopted, the Privacy Act would require consent before companies process health data.",
     ("Privacy Act", "regulates", "health data"), "asserted", "conditional"),
    ("The Senate failed to pass the Data Broker Act to prohibit brokers from selling location data.",
     ("Data Broker Act", "regulates", "location data"), "negated", "stated"),
    ("The committee released the Data Broker Bill to prohibit brokers from selling location data.",
     ("Data Broker Bill", "regulates", "location data"), "asserted", "proposed"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relation", "polarity", "modality"), NOT_FACTS)
def test_not_facts(extractor: Extractor, text: str, relation: tuple, polarity: str, modality: str) -> None:
    facts, others = relations(extractor, text)
    assert relation not in facts
    assert (*relation, polarity, modality) in others


def test_a_condition_is_not_what_a_law_rules_on(extractor: Extractor) -> None:
    """ "if the hospital stores personal data abroad" is a condition, not what the Act governs."""
    text = "The Privacy Act regulates health data if the hospital stores personal data abroad."
    facts, _ = relations(extractor, text)
    assert ("Privacy Act", "regulates", "personal data") not in facts


OTHER_FACTS = [
    # a stance on the event that brings a law into being is a stance on the law
    ("The United States welcomed the adoption of the Data Privacy Framework.",
     ("United States", "supports", "Data Privacy Framework")),
    ("Microsoft opposed the passage of the Data Act.", ("Microsoft", "opposes", "Data Act")),
    # a body said to be a state's by the state's name before the noun of belonging
    ("The Federal Trade Commission, a U.S. agency, regulates data brokers.",
     ("Federal Trade Commission", "partOf", "U.S.")),
    # servers named by a nationality are inside that country
    ("Decree 53 requires foreign companies to store user data on Vietnamese servers.",
     ("Decree 53", "requiresLocalization", "user data")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), OTHER_FACTS)
def test_other_constructions(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts


def test_undoing_a_law_is_no_stance_on_it(extractor: Extractor) -> None:
    """ "welcomed the repeal of X" is not support for X."""
    facts, others = relations(extractor, "Microsoft welcomed the repeal of the Data Act.")
    assert not {f for f in facts if f[1] in ("supports", "opposes")}
    assert not {o for o in others if o[1] in ("supports", "opposes")}


OTHER_NOT_FACTS = [
    ("The United States did not welcome the adoption of the Data Act.",
     ("United States", "supports", "Data Act"), "negated", "stated"),
    ("The United States might oppose the adoption of the Data Act.",
     ("United States", "opposes", "Data Act"), "asserted", "hedged"),
    ("Decree 53 does not require companies to store user data on Vietnamese servers.",
     ("Decree 53", "requiresLocalization", "user data"), "negated", "stated"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relation", "polarity", "modality"), OTHER_NOT_FACTS)
def test_other_not_facts(extractor: Extractor, text: str, relation: tuple, polarity: str, modality: str) -> None:
    facts, others = relations(extractor, text)
    assert relation not in facts
    assert (*relation, polarity, modality) in others
