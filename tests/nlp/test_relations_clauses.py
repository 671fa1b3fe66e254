"""Clause boundaries the parse misses, and storage placed inside the country (probe sentences of our own)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def test_a_semicolon_keeps_a_negated_clause_from_the_next_one(extractor: Extractor) -> None:
    # the parse hangs the first clause on the second as its complement: "local storage" is not what it requires
    facts, others = relations(
        extractor, "The Health Act does not require local storage; it requires hospitals to encrypt patient records."
    )
    assert not any(r[1] == "requiresLocalization" for r in facts | others), (facts, others)
    assert ("Health Act", "regulates", "patient records") in facts


def test_a_negation_after_a_semicolon_does_not_reach_back(extractor: Extractor) -> None:
    facts, _ = relations(
        extractor, "The Health Act requires hospitals to encrypt patient records; the Data Act does not."
    )
    assert ("Health Act", "regulates", "patient records") in facts


def test_a_negation_in_coordinated_clauses_stays(extractor: Extractor) -> None:
    facts, others = relations(
        extractor, "The Data Act does not regulate payment data, and it does not regulate health records."
    )
    assert not facts
    assert {("Data Act", "regulates", "payment data", "negated", "stated"),
            ("Data Act", "regulates", "health records", "negated", "stated")} <= others  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The Data Act requires banks to process payment data on servers located within the territory of Kenya.",
        "The Data Act requires that the processing of payment data be conducted on servers located in Kenya.",
    ],
)
def test_servers_placed_inside_the_country_are_local_storage(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert ("Data Act", "requiresLocalization", "payment data") in facts


def test_servers_placed_in_a_country_by_a_firm_oblige_nothing(extractor: Extractor) -> None:
    facts, others = relations(extractor, "Microsoft stores customer data on servers located in Ireland.")
    assert not facts and not others


@pytest.mark.parametrize(
    "text",
    [
        "Under the Data Act, personal data may be transferred abroad only with consent.",
        "Under the Data Act, personal data can be transferred abroad only with consent.",
    ],
)
def test_what_may_be_done_with_data_under_a_law_is_its_rule_not_a_hedge(extractor: Extractor, text: str) -> None:
    facts, others = relations(extractor, text)
    found = others | {(*f, "asserted", "stated") for f in facts}
    assert ("Data Act", "regulates", "personal data", "asserted", "stated") in found, (facts, others)


def test_what_might_be_done_under_a_law_stays_hedged(extractor: Extractor) -> None:
    facts, others = relations(extractor, "Under the Data Act, personal data might be transferred abroad.")
    assert not facts and ("Data Act", "regulates", "personal data", "asserted", "hedged") in others
