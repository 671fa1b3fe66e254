"""Who made a law (enacts), said by what the law is ("X (the Act) [1] is legislation enacted by Parliament") or
by a law's table ("- Legislature: National Congress of Y"); probe sentences of our own, with negated and
look-alike ones that must not become facts."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow

FACTS = [
    # a copula the parse leaves without a subject after a parenthesis and a note mark
    ("Cyber Act, 2015\n\nThe Cyber Act, 2015 (The Act) [4] is legislation enacted by the Parliament of Kenya to "
     "protect computer systems.", ("Parliament of Kenya", "enacts", "Cyber Act, 2015")),
    # the agent of a passing participle on the kind noun
    ("The Cyber Act is legislation adopted by the Parliament of Kenya.",
     ("Parliament of Kenya", "enacts", "Cyber Act")),
    # a law's table: the legislature that made it
    ("Online Safety Law\n\nInfobox\n- Short Title: Online Safety Law\n- Legislature: Parliament of Kenya\n"
     "- Status: in force\n", ("Parliament of Kenya", "enacts", "Online Safety Law")),
    # laws listed after a colon that ends an object announcing laws: each, with its abbreviation, split by ";"
    ("In 2003, Japan enacted a series of laws on cybersecurity: the Cyber Act (CA); the Network Security Act (NSA); "
     "the Data Storage Act (DSA).", ("Japan", "enacts", "Data Storage Act")),
    # ... laid out one item a line (an abbreviation with a hyphen in parentheses is still the item's)
    ("In 2004, Japan adopted two acts on security:\nThe Cyber Act (CA-1);\nThe Network Security Act (NSA-2).\n",
     ("Japan", "enacts", "Network Security Act")),
    # ... or by commas and "and"
    ("In 2010, Kenya adopted three regulations: the Cloud Regulation, the Telecom Regulation and the Payments "
     "Regulation.", ("Kenya", "enacts", "Telecom Regulation")),
]  # fmt: skip

NOT_FACTS = [
    # negated
    ("The Cyber Act (the Act) [2] is not legislation enacted by the Parliament of Kenya.",
     ("Parliament of Kenya", "enacts", "Cyber Act")),
    # a table about a bill names the legislature it is before
    ("Online Safety Bill, 2021\n\nInfobox\n- Short Title: Online Safety Bill, 2021\n- Legislature: Parliament of "
     "Kenya\n- Status: pending\n", ("Parliament of Kenya", "enacts", "Online Safety Bill, 2021")),
    ("In 2003, Japan did not enact any laws on cybersecurity: the Cyber Act (CA); the Network Security Act (NSA).",
     ("Japan", "enacts", "Network Security Act")),
]  # fmt: skip

NOTHING = [
    # a participle that does not pass the law names no maker
    ("The Cyber Act (the Act) [3] is legislation criticised by the Parliament of Kenya.", "enacts"),
    # a subjectless copula on a new line takes no subject from the line before
    ("Cyber Act, 2015\nis legislation enacted by the Parliament of Kenya.", "enacts"),
    # a list that is not wholly names of laws says nothing (pattern `enacts/listed`)
    (
        "In 2003, Japan enacted several laws on security: the Cyber Act, a new code for ministries and the Network "
        "Security Act.",
        "enacts",
    ),
]


@pytest.mark.parametrize(("text", "fact"), FACTS)
def test_the_maker_of_a_law_is_found(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


@pytest.mark.parametrize(("text", "fact"), NOT_FACTS)
def test_negated_or_proposed_making_is_no_fact(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact not in facts, facts


@pytest.mark.parametrize(("text", "relation"), NOTHING)
def test_no_maker_where_the_construction_does_not_say_so(extractor: Extractor, text: str, relation: str) -> None:
    # the verb frames may read a line as a clause; what the law is said to be (pattern `relation/copula`) says nothing
    x = extractor.extract("t", "v", text)
    found = [r for r in x.relations if r.source.split("+")[0] in (f"{relation}/copula", f"{relation}/listed")]
    assert not found, [(x.mentions[r.head].text, x.mentions[r.tail].text) for r in found]
