"""What the parse hangs too high: a conjunct after a parenthesis ("by the European Union (EU) and the United
States"), a participle after a comma ("the Office, led by X") (probe sentences of our own)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


# (text, facts it states)
FACTS = [
    ("The Data Pact was signed by the European Union (EU) and the United States in 2020.",
     {("European Union", "enacts", "Data Pact"), ("United States", "enacts", "Data Pact")}),
    ("The court struck down the Data Transfer Framework, a program developed by the European Union (EU) and Japan to "
     "facilitate transfers of personal data.",
     {("European Union", "enacts", "Data Transfer Framework"), ("Japan", "enacts", "Data Transfer Framework")}),
    ("The Data Pact was signed by the Ministry of Trade (MOT), and the European Commission.",
     {("Ministry of Trade", "enacts", "Data Pact"), ("European Commission", "enacts", "Data Pact")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FACTS)
def test_a_conjunct_after_a_parenthesis_is_coordinated(extractor: Extractor, text: str, expected: set) -> None:
    facts, _ = relations(extractor, text)
    assert expected <= facts, facts


def test_a_new_clause_after_a_parenthesis_is_not_a_conjunct(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "The Senate passed the Data Act (DA) and Germany signed the Data Pact.")
    assert ("Germany", "enacts", "Data Act") not in facts, facts
    assert ("Germany", "enacts", "Data Pact") in facts, facts


# a passive participle set off by a comma right after a noun is a reduced relative clause on that noun
REDUCED_RELATIVES = [
    ("The Data Act is enforced by the Office of the Data Commissioner, led by Jane Mwangi.",
     ("Jane Mwangi", "leads", "Office of the Data Commissioner")),
    ("The President signed the Data Act, approved by Parliament in May.", ("Parliament", "enacts", "Data Act")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), REDUCED_RELATIVES)
def test_a_participle_after_a_comma_modifies_the_noun_before(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts
