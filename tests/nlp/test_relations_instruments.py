"""How English states a rule through its instrument, its addressees, a passive or a noun (probe sentences of our
own): "In a circular titled X, the bank told ...", "requires operators that handle X to ...", "local storage of X is
required by the Act", "Kenya's requirement that X be stored in Kenya", "enacted two laws: A and B", "X ("Y")",
"X forms part of the law of Y", "my name is X, and I am ..."."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


# (text, facts it states)
FACTS = [
    # a law in a fronted "in" phrase is the instrument the clause's subject rules through
    ("In the Card Data Directive, issued in May 2019, the Central Bank of Kenya told card issuers to keep all card "
     "data only in Kenya.",
     {("Central Bank of Kenya", "enacts", "Card Data Directive"),
      ("Card Data Directive", "requiresLocalization", "card data")}),
    ("In its ruling in Meta v. Commission, the General Court struck down the Data Adequacy Decision.",
     {("General Court", "enacts", "Meta v. Commission")}),
    # a rule addressed to those who handle data rules on that data
    ("The Cloud Security Act forced operators that handled large volumes of health data to pass a security review.",
     {("Cloud Security Act", "regulates", "health data")}),
    ("The Data Act applies to banks that process customer data.", {("Data Act", "regulates", "customer data")}),
    # the stored data said again by a bare data noun: "that data" is the data the addressees collect
    ("The Cybersecurity Law requires enterprises that collect personal data to store that data in Vietnam.",
     {("Cybersecurity Law", "requiresLocalization", "personal data")}),
    # a passive obligation: what its subject is or says is the data required
    ("Personal data of Turkish citizens is required by the Data Protection Law to be stored on servers in Turkey.",
     {("Data Protection Law", "requiresLocalization", "Personal data")}),
    ("Local storage of payment data is required by the Payments Act.",
     {("Payments Act", "requiresLocalization", "payment data")}),
    # a noun of requirement and its content clause
    ("The requirement of the Banking Act that customer data be kept in Brazil applies to every bank.",
     {("Banking Act", "requiresLocalization", "customer data")}),
    ("Kenya has a requirement that health data be stored in Kenya.",
     {("Kenya", "requiresLocalization", "health data")}),
    # a law that forms part of a state's law is that state's
    ("A transfer to a person in Chile who is subject to the Data Act as that Act forms part of the law of Chile.",
     {("Chile", "enacts", "Data Act")}),
    ("The Malabo Convention is part of the law of Kenya.", {("Kenya", "enacts", "Malabo Convention")}),
    # a list in apposition to a plural noun names each item
    ("In 2004, Chile enacted a series of laws on data: the Archive Act; the Records Act; the Census Act.",
     {("Chile", "enacts", "Archive Act"), ("Chile", "enacts", "Records Act"), ("Chile", "enacts", "Census Act")}),
    # a quoted short name in parentheses is a second name of the law before it: a relative clause is about the law
    ("Russia fined the bank under Federal Law 152-FZ (\u201cLaw 152\u201d), which requires banks handling the "
     "personal data of Russian users to store personal data in Russia.",
     {("Federal Law 152-FZ", "requiresLocalization", "personal data")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FACTS)
def test_facts(extractor: Extractor, text: str, expected: set[tuple]) -> None:
    facts, _ = relations(extractor, text)
    assert expected <= facts, facts


# (text, a relation it must not state as a fact)
NOT_FACTS = [
    # not a law in the fronted phrase: a place names no instrument, and the subject keeps its rule
    ("In Kenya, the Central Bank of Kenya requires card data to be stored locally.",
     ("Kenya", "requiresLocalization", "card data")),
    # a party to a case does not decide it
    ("In the Meta v. Commission case, the Data Protection Commission asked the General Court to rule on transfers.",
     ("Data Protection Commission", "enacts", "Meta v. Commission")),
    # a negated instrument clause
    ("In the Data Act, the European Union does not require companies to store personal data in Europe.",
     ("Data Act", "requiresLocalization", "personal data")),
    # a requirement that is only considered, scrapped, denied or absent
    ("Kenya is considering a requirement that health data be stored in Kenya.",
     ("Kenya", "requiresLocalization", "health data")),
    ("Brazil scrapped its requirement that customer data be kept in Brazil.",
     ("Brazil", "requiresLocalization", "customer data")),
    ("Kenya has no requirement that health data be stored in Kenya.",
     ("Kenya", "requiresLocalization", "health data")),
    ("Ghana may introduce a requirement that health data be stored in Ghana.",
     ("Ghana", "requiresLocalization", "health data")),
    # a relative clause on the addressee that does not handle data
    ("The Data Act forced banks that lobbied against the Payments Act to publish reports.",
     ("Payments Act", "regulates", "reports")),
    ("The Malabo Convention is not part of the law of Kenya.", ("Kenya", "enacts", "Malabo Convention")),
    # storing somewhere that is not the country keeps nothing inside
    ("The Cybersecurity Law requires enterprises that collect personal data to store that data in the cloud.",
     ("Cybersecurity Law", "requiresLocalization", "personal data")),
    # a passive obligation that is only proposed
    ("Local storage of payment data would be required by the draft Payments Bill.",
     ("Payments Bill", "requiresLocalization", "payment data")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relation"), NOT_FACTS)
def test_not_facts(extractor: Extractor, text: str, relation: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert relation not in facts, facts


def test_the_instrument_not_its_maker_holds_the_rule(extractor: Extractor) -> None:
    """The circular requires the data to stay; the bank made the circular (not a second localisation rule)."""
    text = (
        "In the Card Data Directive, the Central Bank of Kenya told card issuers to keep all card data only in Kenya."
    )
    facts, _ = relations(extractor, text)
    assert ("Central Bank of Kenya", "requiresLocalization", "card data") not in facts, facts


def test_a_negated_requirement_stays_an_assertion(extractor: Extractor) -> None:
    _, others = relations(extractor, "Kenya has no requirement that health data be stored in Kenya.")
    assert ("Kenya", "requiresLocalization", "health data", "negated", "stated") in others, others


SPEAKER = (
    "Chairman Smith and members of the Subcommittee, my name is Ana Lopez, and I am the Director of the Office of "
    "Technology Policy at the Federal Trade Commission."
)


def test_the_speaker_named_by_my_name_is_says_i(extractor: Extractor) -> None:
    """Testimony and speeches: "I" is the person the speaker introduced with "my name is"; the Director of an
    office at a body heads the office, not the body it sits in."""
    facts, _ = relations(extractor, SPEAKER)
    assert ("Ana Lopez", "leads", "Office of Technology Policy") in facts, facts
    assert ("Ana Lopez", "leads", "Federal Trade Commission") not in facts, facts


def test_i_without_an_introduction_is_no_one(extractor: Extractor) -> None:
    facts, others = relations(extractor, "I am the Director of the Office of Technology Policy.")
    assert not facts and not others


def test_the_speaker_who_is_not_the_director(extractor: Extractor) -> None:
    facts, _ = relations(extractor, SPEAKER.replace("I am the Director", "I am not the Director"))
    assert not any(r[1] == "leads" for r in facts), facts
