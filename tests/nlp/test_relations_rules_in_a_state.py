"""Rules named by where they are in force, and rules made by notification (probe sentences of our own): "data
localization rules in India" are India's rules, as "India's rules" are, so opposing them opposes India; a government
that notifies rules makes them; a negated stance or enactment stays a statement."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def test_opposing_rules_in_a_state_opposes_the_state(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "The State Department opposes data localization requirements in Indonesia.")
    assert ("State Department", "opposes", "Indonesia") in facts


def test_every_state_of_a_coordination_is_the_rules_holder(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "U.S. officials lobbied against data localization rules in India and Vietnam.")
    assert {("U.S.", "opposes", "India"), ("U.S.", "opposes", "Vietnam")} <= facts


def test_negated_and_non_rule_phrases_give_no_fact(extractor: Extractor) -> None:
    facts, others = relations(extractor, "Microsoft does not oppose the rules in India.")
    assert ("Microsoft", "opposes", "India") not in facts
    assert ("Microsoft", "opposes", "India", "negated", "stated") in others
    facts, _ = relations(extractor, "Firms in India oppose the rules.")  # a place of the opponents, not of the rules
    assert not {f for f in facts if f[1] == "opposes"}


def test_notifying_an_instrument_enacts_it(extractor: Extractor) -> None:
    """In the legal English of India and other common-law states a government "notifies" (publishes in the gazette)
    the rules it makes; notifying a body of a law is no enactment, and a negated one is a statement only."""
    facts, _ = relations(extractor, "India notified the Digital Personal Data Protection Rules in 2025.")
    assert ("India", "enacts", "Digital Personal Data Protection Rules") in facts
    facts, _ = relations(extractor, "India notified the WTO of the Digital Personal Data Protection Rules.")
    assert not {f for f in facts if f[1] == "enacts"}
    facts, _ = relations(extractor, "India has not notified the Digital Personal Data Protection Rules.")
    assert not facts


def test_a_participle_parsed_as_a_copulas_complement_keeps_its_agent(extractor: Extractor) -> None:
    """ "The Act is co-sponsored by X": the parser often takes a hyphenated participle for the copula's complement;
    with its by-agent it is still a passive whose subject is the copula's."""
    text = "The American Data Privacy and Protection Act is co-sponsored by Senator Maria Cantwell."
    facts, _ = relations(extractor, text)
    assert ("Maria Cantwell", "supports", "American Data Privacy and Protection Act") in facts
    facts, others = relations(extractor, text.replace("is co-sponsored", "is not co-sponsored"))
    assert not facts


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Senator Maria Cantwell released a draft of the American Privacy Rights Act.",
            ("Maria Cantwell", "supports", "American Privacy Rights Act"),
        ),
        (
            "Senator Maria Cantwell authored the American Privacy Rights Act.",
            ("Maria Cantwell", "supports", "American Privacy Rights Act"),
        ),
        (
            "Senator Maria Cantwell critiqued the American Privacy Rights Act as having enforcement holes.",
            ("Maria Cantwell", "opposes", "American Privacy Rights Act"),
        ),
    ],
)
def test_authors_and_critics_of_a_bill(extractor: Extractor, text: str, key: tuple[str, str, str]) -> None:
    """Who authors, unveils or releases (a draft of) a bill puts it forward as its sponsor does; who critiques it
    argues against it; a negated authorship is a statement only."""
    facts, _ = relations(extractor, text)
    assert key in facts


def test_a_negated_authorship_is_no_fact(extractor: Extractor) -> None:
    facts, others = relations(extractor, "Senator Maria Cantwell did not author the American Privacy Rights Act.")
    assert not facts
    assert ("Maria Cantwell", "supports", "American Privacy Rights Act", "negated", "stated") in others
