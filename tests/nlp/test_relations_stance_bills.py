"""Stances said through bills and evaluations: whoever gives a positive (or negative) assessment, view or opinion
of a law supports (or opposes) it; a legislator who introduces a bill to repeal a law opposes that law. Negated,
hedged or proposed statements are never facts."""

from __future__ import annotations

import pytest

from tests.nlp.test_relations import stated_pairs


@pytest.mark.parametrize(
    ("text", "relation", "pairs"),
    [
        (
            "Minister Jane Miller gave a positive assessment of the Data Broker Act.",
            "supports",
            {("Jane Miller", "Data Broker Act")},
        ),
        (
            "Senator Tom Clark expressed a favourable opinion of the Data Broker Act.",
            "supports",
            {("Tom Clark", "Data Broker Act")},
        ),
        (
            "Minister Jane Miller gave a negative assessment of the Data Broker Act.",
            "opposes",
            {("Jane Miller", "Data Broker Act")},
        ),
    ],
)
def test_an_evaluation_qualified_positive_or_negative_is_a_stance(extractor, text, relation, pairs):
    assert stated_pairs(extractor, text, relation) == pairs


@pytest.mark.parametrize(
    "text",
    [
        # no evaluative adjective: an assessment says no stance
        "Minister Jane Miller gave an assessment of the Data Broker Act.",
        "Minister Jane Miller gave a detailed assessment of the Data Broker Act.",
        # negated or hedged: no fact
        "Minister Jane Miller did not give a positive assessment of the Data Broker Act.",
        "Minister Jane Miller may give a positive assessment of the Data Broker Act.",
    ],
)
def test_an_unqualified_negated_or_hedged_evaluation_is_no_stance(extractor, text):
    assert stated_pairs(extractor, text, "supports") == set()
    assert stated_pairs(extractor, text, "opposes") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jane Miller introduced a bill to repeal the Data Broker Act.",
        "Senator Jane Miller introduced a bill that would repeal the Data Broker Act.",
    ],
)
def test_a_legislator_who_introduces_a_bill_to_undo_a_law_opposes_it(extractor, text):
    assert stated_pairs(extractor, text, "opposes") == {("Jane Miller", "Data Broker Act")}
    assert ("Jane Miller", "Data Broker Act") not in stated_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        # a bill to amend a law is no stance against it
        "Senator Jane Miller introduced a bill to amend the Data Broker Act.",
        # planned, not done
        "Senator Jane Miller plans to introduce a bill to repeal the Data Broker Act.",
        # a minister's government bill: the sponsor frame is for legislators
        "The Ministry of Justice introduced a bill to repeal the Data Broker Act.",
    ],
)
def test_an_amending_planned_or_non_legislator_bill_is_no_opposition(extractor, text):
    assert ("Jane Miller", "Data Broker Act") not in stated_pairs(extractor, text, "opposes")
    assert ("Ministry of Justice", "Data Broker Act") not in stated_pairs(extractor, text, "opposes")


def test_a_clause_in_opposition_to_a_body_s_decision_opposes_the_body(extractor):
    text = (
        "Senator Jane Miller wrote to President Tom Clark in opposition to the Federal Trade Commission's decision "
        "to withdraw its guidance."
    )
    assert ("Jane Miller", "Federal Trade Commission") in stated_pairs(extractor, text, "opposes")


def test_a_decision_without_opposition_is_no_stance(extractor):
    text = "Senator Jane Miller wrote to President Tom Clark about the Federal Trade Commission's decision."
    assert stated_pairs(extractor, text, "opposes") == set()
