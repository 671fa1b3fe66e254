"""What a law rules on and who made it, said through a law's short name and verbs of scope (issue 13): probe
sentences of our own, with counter-examples that must not change."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow

FACTS = [
    # a noun of control said of an act of handling data by "for"/"before" and a gerund (the parse hangs it on the
    # verb): the law that applies to or requires the control rules on the gerund's data
    ("The Data Act applies to the security assessment for transferring personal data abroad.",
     ("Data Act", "regulates", "personal data")),
    ("The Health Records Act requires a prior review before sending patient records overseas.",
     ("Health Records Act", "regulates", "patient records")),
    # a law's defined short name, and a plural demonstrative that takes it up
    ("Peru passed the Personal Data Protection Act (the \"PDP Act\"). The PDP Act applies to the security "
     "assessment for transferring health data abroad.",
     ("PDP Act", "regulates", "health data")),
    ("Peru issued the Measures on Outbound Transfers (the \"Transfer Measures\"). These measures apply to the "
     "transfer of genetic data.",
     ("Measures on Outbound Transfers", "regulates", "genetic data")),
    # "respectively" pairs coordinated laws and items in order
    ("The Bank Act and the Health Act require a prior assessment before transferring payment data and patient "
     "records, respectively.",
     ("Bank Act", "regulates", "payment data")),
    ("The Bank Act and the Health Act require a prior assessment before transferring payment data and patient "
     "records, respectively.",
     ("Health Act", "regulates", "patient records")),
    # a decision "for" a named framework adopts it
    ("The European Commission adopted an adequacy decision for the Pacific Data Framework.",
     ("European Commission", "enacts", "Pacific Data Framework")),
    # a court decides in a named ruling: the ruling is its own
    ("The Court of Justice of the European Union held in the Schrems II ruling that the Privacy Shield was invalid.",
     ("Court of Justice of the European Union", "enacts", "Schrems II")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), FACTS)
def test_scope_and_making_facts(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


NOT_FACTS = [
    # "respectively": the crossed pairs are never said (the gerund on the verb, as the parse reads it here)
    ("After the CSL, the Bank Act and the Health Act also require a prior assessment before transferring overseas "
     "payment data and patient records under certain circumstances, respectively.",
     ("Bank Act", "regulates", "patient records")),
    ("After the CSL, the Bank Act and the Health Act also require a prior assessment before transferring overseas "
     "payment data and patient records under certain circumstances, respectively.",
     ("Health Act", "regulates", "payment data")),
    # a draft only proposes
    ("The draft Health Records Act requires a prior review before sending patient records overseas.",
     ("Health Records Act", "regulates", "patient records")),
    ("The European Commission adopted a draft adequacy decision for the Pacific Data Framework.",
     ("European Commission", "enacts", "Pacific Data Framework")),
    ("The European Commission did not adopt an adequacy decision for the Pacific Data Framework.",
     ("European Commission", "enacts", "Pacific Data Framework")),
    # a party argues in a case; it does not decide it
    ("Max Schrems argued in Schrems II that the Privacy Shield was invalid.",
     ("Max Schrems", "enacts", "Schrems II")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), NOT_FACTS)
def test_scope_and_making_not_facts(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact not in facts, facts


def test_a_decision_for_a_state_makes_no_law(extractor: Extractor) -> None:
    facts, others = relations(extractor, "The European Commission adopted an adequacy decision for South Korea.")
    assert not any(r[1] == "enacts" for r in facts | others), facts | others


def test_a_decision_on_a_law_is_about_it(extractor: Extractor) -> None:
    facts, others = relations(extractor, "The Court of Justice adopted a decision on the Privacy Shield in 2020.")
    assert not any(r[1] == "enacts" for r in facts | others), facts | others


def test_a_court_that_held_in_a_month_made_no_law(extractor: Extractor) -> None:
    facts, others = relations(extractor, "The Court of Justice held in July 2020 that the Privacy Shield was invalid.")
    assert not any(r[1] == "enacts" for r in facts | others), facts | others


# the plain verb frame (frames/__init__.py, another helper's file) still pairs every subject with every item when the
# parse hangs the gerund on the noun of control: the crossed pairs come back through it
RESPECTIVE_ON_THE_NOUN = (
    "The Bank Act and the Health Act require a prior assessment before transferring payment data and patient "
    "records, respectively."
)


def test_respectively_on_the_noun_of_control(extractor: Extractor) -> None:
    facts, _ = relations(extractor, RESPECTIVE_ON_THE_NOUN)
    assert ("Bank Act", "regulates", "patient records") not in facts, facts
