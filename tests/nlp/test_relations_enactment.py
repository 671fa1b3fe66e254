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
]  # fmt: skip

NOT_FACTS = [
    # negated
    ("The Cyber Act (the Act) [2] is not legislation enacted by the Parliament of Kenya.",
     ("Parliament of Kenya", "enacts", "Cyber Act")),
    # a table about a bill names the legislature it is before
    ("Online Safety Bill, 2021\n\nInfobox\n- Short Title: Online Safety Bill, 2021\n- Legislature: Parliament of "
     "Kenya\n- Status: pending\n", ("Parliament of Kenya", "enacts", "Online Safety Bill, 2021")),
]  # fmt: skip

NOTHING = [
    # a participle that does not pass the law names no maker
    ("The Cyber Act (the Act) [3] is legislation criticised by the Parliament of Kenya.", "enacts"),
    # a subjectless copula on a new line takes no subject from the line before
    ("Cyber Act, 2015\nis legislation enacted by the Parliament of Kenya.", "enacts"),
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
    found = [r for r in x.relations if r.source.startswith(f"{relation}/copula") and r.fact]
    assert not found, [(x.mentions[r.head].text, x.mentions[r.tail].text) for r in found]
