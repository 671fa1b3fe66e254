"""regulates said by a phrase of legal basis ("according to", "pursuant to", "in accordance with", a fronted "under"
phrase the parse hangs elsewhere), by "have to", and by complying with a law when handling data (probe sentences of
our own)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow

# (text, law, data)
FACTS = [
    # a phrase of legal basis of more than one word
    (
        "According to the Health Records Directive, hospitals must encrypt patient records.",
        "Health Records Directive",
        "patient records",
    ),
    (
        "In accordance with the Health Records Act, hospitals must encrypt patient records.",
        "Health Records Act",
        "patient records",
    ),
    # "have to" states an obligation as "must" does
    (
        "According to the Data Retention Directive, EU member states had to store information on all citizens' "
        "telecommunications data for six months.",
        "Data Retention Directive",
        "telecommunications data",
    ),
    ("Under the Health Records Act, clinics have to encrypt patient records.", "Health Records Act", "patient records"),
    # a fronted "under" phrase after a label, which the parse hangs on a noun of the parenthesis
    (
        "SUMMARY: Under the Health Records Act of 2009 (the 'Records Act' or 'the Act'), the Federal Trade Commission "
        "('FTC') or ('Commission') must issue rules requiring vendors of personal health records to notify "
        "individuals.",
        "Health Records Act of 2009",
        "personal health records",
    ),
    # complying with a law when (or if) handling data
    (
        "Companies must comply with the Nigeria Data Protection Regulation when hosting personal data.",
        "Nigeria Data Protection Regulation",
        "personal data",
    ),
    (
        "Clients must adhere to the Guidelines on Data Protection when they process health data.",
        "Guidelines on Data Protection",
        "health data",
    ),
    (
        "Providers must comply with the Health Records Act whenever patient records are transferred abroad.",
        "Health Records Act",
        "patient records",
    ),
    # a clause of circumstance the parse hangs on the law complied with, after a noun or a verb of compliance
    (
        "Compliance with the Nigeria Data Protection Regulation, where personal data is in consideration;",
        "Nigeria Data Protection Regulation",
        "personal data",
    ),
    (
        "Companies must comply with the Health Records Act where patient records are involved.",
        "Health Records Act",
        "patient records",
    ),
    # subject to the rules of a law
    (
        "Health records are subject to strict requirements under the Health Records Act.",
        "Health Records Act",
        "Health records",
    ),
    (
        "Genetic data is subject to the restrictions of the Health Records Act.",
        "Health Records Act",
        "Genetic data",
    ),
]


@pytest.mark.parametrize(("text", "law", "data"), FACTS)
def test_the_law_regulates_the_data(extractor: Extractor, text: str, law: str, data: str) -> None:
    facts, _ = relations(extractor, text)
    assert (law, "regulates", data) in facts, facts


# (text, law, data): stated, but not as a fact
NOT_FACTS = [
    (
        "Health records are not subject to any requirements under the Health Records Act.",
        "Health Records Act",
        "Health records",
    ),
    (
        "Health records could be subject to strict requirements under the Health Records Act.",
        "Health Records Act",
        "Health records",
    ),
    # a condition
    (
        "Providers must comply with the Health Records Act if patient records are transferred abroad.",
        "Health Records Act",
        "patient records",
    ),
    # negated
    (
        "According to the Data Retention Directive, EU member states did not have to store telecommunications data.",
        "Data Retention Directive",
        "telecommunications data",
    ),
    (
        "Companies do not need to comply with the Nigeria Data Protection Regulation when hosting personal data.",
        "Nigeria Data Protection Regulation",
        "personal data",
    ),
    # hedged: a modal on "have to", or on complying
    (
        "According to the Data Retention Directive, EU member states may have to store telecommunications data.",
        "Data Retention Directive",
        "telecommunications data",
    ),
    (
        "Companies might comply with the Nigeria Data Protection Regulation when hosting personal data.",
        "Nigeria Data Protection Regulation",
        "personal data",
    ),
]


@pytest.mark.parametrize(("text", "law", "data"), NOT_FACTS)
def test_no_fact(extractor: Extractor, text: str, law: str, data: str) -> None:
    facts, _ = relations(extractor, text)
    assert (law, "regulates", data) not in facts, facts


NOTHING = [
    # no obligation: a report of what is done is not the law's rule
    "According to the Health Records Act, hospitals encrypt patient records.",
    # "according to" a body is a source, not a legal basis
    "According to the Commission, hospitals must encrypt patient records.",
    # a phrase of basis on another clause's noun, set after the clause
    "Hospitals must encrypt patient records, according to a survey on the Health Records Act.",
    # the handling is said of someone else than the one complying
    "Companies must comply with the Nigeria Data Protection Regulation when they hire staff who handle personal data.",
    # a reason, not a time or a condition
    "Companies comply with the Nigeria Data Protection Regulation because they store personal data.",
    # the clause of time does not handle the data
    "Companies must comply with the Nigeria Data Protection Regulation when they advertise personal data services.",
    # the clause of circumstance is not about data
    "Compliance with the Nigeria Data Protection Regulation, where companies are large, is costly.",
    # subject to a body's review, no law named
    "Health records are subject to strict requirements set by the hospital board.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_regulates(extractor: Extractor, text: str) -> None:
    facts, others = relations(extractor, text)
    assert not any(r[1] == "regulates" for r in facts), facts


def test_a_rule_named_after_a_colon_rules_only_on_what_follows_its_verb(extractor: Extractor) -> None:
    text = (
        "There are three main rules of the Payments Act, designed to work together to govern the collection, "
        "disclosure, and protection of customers' payment information (CPI), namely: The Ledger Rule: Restricts the "
        "sharing of transaction records about an individual."
    )
    facts, _ = relations(extractor, text)
    assert ("Ledger Rule", "regulates", "transaction records") in facts, facts
    assert ("Ledger Rule", "regulates", "payment information") not in facts, facts


def test_a_phrase_of_legal_basis_on_a_verb_of_ruling_names_the_law(extractor: Extractor) -> None:
    text = "According to the Health Records Act, the Commission restricts the transfer of patient records."
    facts, _ = relations(extractor, text)
    assert ("Health Records Act", "regulates", "patient records") in facts, facts


def test_in_line_with_a_law_is_no_legal_basis(extractor: Extractor) -> None:
    text = "In line with the Health Records Act, the new Data Act restricts exports of genetic data."
    facts, _ = relations(extractor, text)
    assert ("Data Act", "regulates", "genetic data") in facts, facts
    assert ("Health Records Act", "regulates", "genetic data") not in facts, facts


# a bulleted list after a verb of ruling and a colon
BULLETED = [
    "The Health Records Act covers the following data:\n- health data\n- financial data\n- biometric data\n",
    "The Health Records Act applies to:\n• health data;\n• financial data;\n• biometric data.\n",
]


@pytest.mark.parametrize("text", BULLETED)
def test_the_law_regulates_each_bulleted_item(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    for data in ("health data", "financial data", "biometric data"):
        assert ("Health Records Act", "regulates", data) in facts, facts


def test_the_list_ends_at_the_first_line_that_is_no_item(extractor: Extractor) -> None:
    text = (
        "The Health Records Act covers the following data:\n- health data\n\nThe ministry also publishes biometric "
        "data.\n- financial data\n"
    )
    facts, _ = relations(extractor, text)
    assert ("Health Records Act", "regulates", "health data") in facts, facts
    assert ("Health Records Act", "regulates", "financial data") not in facts, facts
    assert ("Health Records Act", "regulates", "biometric data") not in facts, facts


@pytest.mark.parametrize(
    "text",
    [
        "The Health Records Act does not cover:\n- health data\n- financial data\n",
        "The Health Records Act may cover:\n- health data\n- financial data\n",
        # no law rules: a list published by a body
        "The ministry published a list:\n- health data\n- financial data\n",
    ],
)
def test_no_fact_from_the_list(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not any(r[1] == "regulates" for r in facts), facts
