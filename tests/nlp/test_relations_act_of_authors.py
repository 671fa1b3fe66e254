"""Who made an act, said by its title (probe text of our own): "Directive X of the European Parliament and of the
Council", "Circular No. 13 of the State Bank of Vietnam" are those bodies' acts; a draft's authors only propose it,
and a provision "of the GDPR" names no maker."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def test_the_bodies_an_act_is_of_enact_it(extractor: Extractor) -> None:
    facts, _ = relations(
        extractor,
        'These rules implement Directive 2006/24/EC ("the Directive") of the European Parliament and of the Council '
        "of 15 March 2006.",
    )
    assert {
        ("European Parliament", "enacts", "Directive 2006/24/EC"),
        ("Council", "enacts", "Directive 2006/24/EC"),
    } <= facts
    facts, _ = relations(
        extractor, "Circular No. 13 of the State Bank of Vietnam requires banks to store data locally."
    )
    assert ("State Bank of Vietnam", "enacts", "Circular No. 13") in facts


def test_a_drafts_authors_and_a_provisions_law_give_no_enactment(extractor: Extractor) -> None:
    facts, others = relations(extractor, "The draft Data Act of the European Commission was debated.")
    assert ("European Commission", "enacts", "Data Act") not in facts
    assert ("European Commission", "enacts", "Data Act", "asserted", "proposed") in others
    facts, _ = relations(extractor, "Article 5 of the GDPR protects personal data.")
    assert not {f for f in facts if f[1] == "enacts"}
