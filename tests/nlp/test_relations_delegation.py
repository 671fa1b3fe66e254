"""A law that directs someone to rule on data rules on it, also through a participle after the clause that makes
the law; "for" and "against" after a verb of effort name what it supports or opposes; a generic description takes
up the instrument last talked about, named or not; a statute's long title says what it rules on (probe sentences
of our own; negated, hedged and proposed variants are in the NOT_FACTS table of tests/nlp/test_relations.py)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


# (text, facts it states, relations it must not state as facts)
CASES = [
    # a law directs or empowers someone to do an act of ruling on data
    ("The Data Act directs the Commission to restrict transfers of health data.",
     {("Data Act", "regulates", "health data")}, set()),
    ("The Health Records Act empowers the ministry to prohibit the sale of patient records.",
     {("Health Records Act", "regulates", "patient records")}, set()),
    # ... said by a participle after the clause that makes the law: the law is its instrument
    ("President Jane Doe signed Executive Order 14200, directing the Department of Justice to restrict transfers of "
     "bulk genomic data and biometric identifiers.",
     {("Executive Order 14200", "regulates", "bulk genomic data"),
      ("Executive Order 14200", "regulates", "biometric identifiers")},
     {("Jane Doe", "regulates", "bulk genomic data")}),
    # ... not what the directed one is told to do that is no act of ruling
    ("The Data Act directs the Commission to study transfers of health data.", set(),
     {("Data Act", "regulates", "health data")}),
    # ... nor a participle after a clause that does not make the law
    ("Parliament rejected the Data Act, directing the Commission to restrict transfers of health data.",
     {("Parliament", "opposes", "Data Act")}, {("Data Act", "regulates", "health data")}),
    # "for" after a verb of effort is support, "against" opposition
    ("Senator Jane Doe lobbied for the Data Act.", {("Jane Doe", "supports", "Data Act")}, set()),
    ("Minister Jane Doe pushed for the Data Act last summer.", {("Jane Doe", "supports", "Data Act")}, set()),
    ("Senator Jane Doe voted against the Data Act.", {("Jane Doe", "opposes", "Data Act")},
     {("Jane Doe", "supports", "Data Act")}),
    # ... the repeal of a law pushed for is opposition to it, a change to it neither
    ("Microsoft pushed for the repeal of the Data Act.", {("Microsoft", "opposes", "Data Act")},
     {("Microsoft", "supports", "Data Act")}),
    ("Microsoft lobbied for an exemption from the Data Act.", set(),
     {("Microsoft", "supports", "Data Act"), ("Microsoft", "opposes", "Data Act")}),
    # a generic description ("the rule") takes up the instrument the text last talked about, named or not: an
    # unnamed directive is no law named earlier
    ("Parliament passed the Information Technology Act in 2000. On April 6, the Reserve Bank of India issued a "
     "directive on storage of payment data. The directive requires operators to store payment data only in India. "
     "Payment firms such as Paytm support the rule.", set(), {("Paytm", "supports", "Information Technology Act")}),
    ("Vietnam issued Decree 53 in 2022. The decree requires firms to store user data in Vietnam. Google opposes the "
     "rule.", {("Google", "opposes", "Decree 53")}, set()),
    # a statute's long title in a table about it says what it rules on: the data of its infinitive's object, not of
    # the clauses that qualify it
    ("Infobox\n- Short Title: Health Records Act, 2021\n- Long Title: An Act to provide for the processing of "
     "patient records in a manner that recognises the right of individuals to protect their personal data.\n"
     "- Enacted By: National Assembly\n",
     {("Health Records Act, 2021", "regulates", "patient records")},
     {("Health Records Act, 2021", "regulates", "personal data")}),
    ("Infobox\n- Short Title: Health Records Act, 2021\n- Long Title: An Act to amend the law on patient "
     "records.\n", set(), {("Health Records Act, 2021", "regulates", "patient records")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "forbidden"), CASES)
def test_delegated_rules_and_effort_for_or_against(
    extractor: Extractor, text: str, expected: set, forbidden: set
) -> None:
    facts, _ = relations(extractor, text)
    assert expected <= facts, facts
    assert not forbidden & facts, facts
