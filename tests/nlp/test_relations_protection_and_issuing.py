"""What a law protects (regulates) said through nouns of protection and legal basis, and what a country's name
before a law's kind noun does not say (enacts); probe sentences of our own, with negated, hedged and look-alike
ones that must not become facts."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations, stated_pairs

pytestmark = pytest.mark.slow

FACTS = [
    # safeguards (a rule noun) whose clause of purpose secures a quality of the data (`regulates/safeguard`)
    ("The Banking Act specifies safeguards to assure the confidentiality of financial data.",
     ("Banking Act", "regulates", "financial data")),
    # ... through a noun of collection, with the clause hung on the verb ("for X to use to assure ...")
    ("The Security Rule specifies a series of technical safeguards for insurers and their agents to use to assure "
     "the confidentiality, integrity, and availability of electronic health records.",
     ("Security Rule", "regulates", "electronic health records")),
    # ... with the clause hung on the noun of collection
    ("The Banking Act lays down a set of safeguards for banks to use to ensure the integrity of payment data.",
     ("Banking Act", "regulates", "payment data")),
    # a law that secures a quality of data itself (`regulates/secured-quality`)
    ("The Health Act guarantees the confidentiality of patient records.",
     ("Health Act", "regulates", "patient records")),
    ("The Telecom Act ensures the security and integrity of subscriber data.",
     ("Telecom Act", "regulates", "subscriber data")),
    # the legal basis for an act on data (`regulates/legal-basis`)
    ("The Data Transfer Act provides a legal basis for transfers of personal data to third countries.",
     ("Data Transfer Act", "regulates", "personal data")),
    ("The Payments Act is the legal basis for the collection of payment data.",
     ("Payments Act", "regulates", "payment data")),
    # a code the law sets up that rules on the data (rule nouns)
    ("The Health Act establishes a code that governs the collection of health records.",
     ("Health Act", "regulates", "health records")),
    # guidelines the law stipulates, with a relative clause of ruling on the data (rule nouns), after a pronoun
    ("The Clinic Act of 1999 (CA) is an act of Congress. It stipulated the guidelines by which patient records "
     "should be protected.", ("Clinic Act of 1999", "regulates", "patient records")),
    ("The Transit Act sets out principles for the processing of location data.",
     ("Transit Act", "regulates", "location data")),
    # a body that publishes or issues a (final) rule makes it; so does the agent of a passive of enacting
    ("The Ministry of Health published a final Data Security Rule in March 2004.",
     ("Ministry of Health", "enacts", "Data Security Rule")),
    ("The Data Security Act was enacted by Congress in 1998.", ("Congress", "enacts", "Data Security Act")),
    # a body's name before a law's kind noun says who made it
    ("The Cloud Directive is a European Union directive adopted in 2019.",
     ("European Union", "enacts", "Cloud Directive")),
]  # fmt: skip

# (text, a relation that must not be a fact)
NOT_FACTS = [
    # hedged, negated, proposed, conditional
    ("The Health Data Act would provide protections for health records.",
     ("Health Data Act", "regulates", "health records")),
    ("The Health Data Act does not regulate the transfer of personal data.",
     ("Health Data Act", "regulates", "personal data")),
    ("The Banking Act would provide a legal basis for transfers of personal data.",
     ("Banking Act", "regulates", "personal data")),
    ("The Banking Act does not provide a legal basis for transfers of personal data.",
     ("Banking Act", "regulates", "personal data")),
    ("If adopted, the Data Act would provide a legal basis for transfers of personal data.",
     ("Data Act", "regulates", "personal data")),
    ("The Health Act does not ensure the confidentiality of patient records.",
     ("Health Act", "regulates", "patient records")),
    ("The Banking Act might specify safeguards to assure the confidentiality of financial data.",
     ("Banking Act", "regulates", "financial data")),
    ("Whether the Health Act guarantees the confidentiality of patient records remains unclear.",
     ("Health Act", "regulates", "patient records")),
    ("The Health Act, if passed, would guarantee the confidentiality of patient records.",
     ("Health Act", "regulates", "patient records")),
    ("The draft Health Act guarantees the confidentiality of patient records.",
     ("Health Act", "regulates", "patient records")),
    ("The Health Act fails to ensure the confidentiality of patient records.",
     ("Health Act", "regulates", "patient records")),
    ("The Health Act no longer provides a legal basis for transfers of patient records.",
     ("Health Act", "regulates", "patient records")),
    ("The Transit Act would set out principles for the processing of location data.",
     ("Transit Act", "regulates", "location data")),
    ("The Ministry of Health proposed a Data Security Rule in March 2004.",
     ("Ministry of Health", "enacts", "Data Security Rule")),
    ("The Data Security Act was not enacted by Congress.", ("Congress", "enacts", "Data Security Act")),
    # a country's name before a law's kind noun names the legal order the law is part of, not its maker
    ("The Records Act is a United States federal law that governs access to student records.",
     ("United States", "enacts", "Records Act")),
    ("The Records Act is a U.S. federal law.", ("U.S.", "enacts", "Records Act")),
    ("The Cyber Act, a Kenyan law, is strict.", ("Kenya", "enacts", "Cyber Act")),
]  # fmt: skip

# (text, relation): a near miss that must give no stated relation of that type
NOTHING = [
    # "basis" that grounds no act on data
    ("The Banking Act is the basis of the agreement on financial data.", "regulates"),
    # a verb of securing whose object is no quality of data
    ("The Health Act guarantees patients a hearing before the board.", "regulates"),
    # the subject that secures the quality is no law
    ("The hospital guarantees the confidentiality of patient records.", "regulates"),
    # safeguards whose purpose secures something other than data
    ("The Banking Act specifies safeguards to assure the independence of the regulator.", "regulates"),
]


@pytest.mark.parametrize(("text", "fact"), FACTS)
def test_protection_and_making_are_found(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


@pytest.mark.parametrize(("text", "fact"), NOT_FACTS)
def test_hedged_negated_or_jurisdictional_is_no_fact(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact not in facts, facts


@pytest.mark.parametrize(("text", "relation"), NOTHING)
def test_near_misses_state_nothing(extractor: Extractor, text: str, relation: str) -> None:
    assert not stated_pairs(extractor, text, relation)


def test_the_proposed_rule_governs_nothing_yet(extractor: Extractor) -> None:
    # a proposed rule's scope is no fact, and a bare "the proposed rule" names no law
    facts, _ = relations(extractor, "The proposed rule would govern the access to biometric data.")
    assert not [f for f in facts if f[1] == "regulates"], facts
