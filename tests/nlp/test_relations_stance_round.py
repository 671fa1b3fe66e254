"""Stances of the stance round: a body that states as its finding or charge that a state's acts harm others opposes
that state (`frames/accusation.py`); who is named by a role of one who drives a law supports it
(`frames/championship.py`). Negated, hedged or denied statements are never facts."""

from __future__ import annotations

import pytest

from tests.nlp.test_relations import stated_pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "The Department of Commerce alleges that Canada's policies undermine U.S. exporters.",
            {("Department of Commerce", "Canada")},
        ),
        (
            "USTR found that the levies adopted by Germany, Poland and Japan were unfair because they discriminated "
            "against American firms.",
            {("USTR", "Germany"), ("USTR", "Poland"), ("USTR", "Japan")},
        ),
        (
            "The Federal Trade Commission asserted that a number of Mexico's practices may harm U.S. farmers.",
            {("Federal Trade Commission", "Mexico")},
        ),
        (
            "USTR concluded that the measures of Chile adversely affect American suppliers.",
            {("USTR", "Chile")},
        ),
    ],
)
def test_a_charge_that_a_states_acts_harm_opposes_the_state(extractor, text, pairs):
    assert stated_pairs(extractor, text, "opposes") == pairs


@pytest.mark.parametrize(
    "text",
    [
        # the content clause denies the harm
        "USTR found that Canada's levies do not discriminate against American firms.",
        # the finding itself is negated or hedged
        "USTR did not find that Canada's levies discriminate against American firms.",
        "USTR may allege that Canada's levies discriminate against American firms.",
        # no state owns the acts
        "USTR found that the levies burden American firms.",
        # a verb of effect without an adverb of harm says no harm
        "USTR found that Canada's levies affect American firms.",
        # the finding is passive: who finds is not said
        "It was found that Canada's levies discriminate against American firms.",
    ],
)
def test_no_charge_no_owner_or_no_harm_is_no_opposition(extractor, text):
    assert stated_pairs(extractor, text, "opposes") == set()


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Senator Ruth Olsen, the architect of the Cloud Access Act, spoke first.",
            {("Ruth Olsen", "Cloud Access Act")},
        ),
        ("Senator Ruth Olsen is the lead author of the Cloud Access Act.", {("Ruth Olsen", "Cloud Access Act")}),
        ("The Cloud Access Act's architect, Senator Ruth Olsen, spoke first.", {("Ruth Olsen", "Cloud Access Act")}),
        (
            "Ruth Olsen, counsel to the Minister of Trade and point-person for the Cloud Access Act, told reporters "
            "that the vote was close.",
            {("Ruth Olsen", "Cloud Access Act")},
        ),
        (
            "Ruth Olsen, adviser to the Minister and author of the Cloud Access Act, spoke first.",
            {("Ruth Olsen", "Cloud Access Act")},
        ),
    ],
)
def test_a_role_of_championship_supports_the_law(extractor, text, pairs):
    assert stated_pairs(extractor, text, "supports") == pairs


@pytest.mark.parametrize(
    "text",
    [
        # negated or hedged copula: no fact
        "Senator Ruth Olsen is not the author of the Cloud Access Act.",
        "Senator Ruth Olsen may be the author of the Cloud Access Act.",
        # a neutral role says no stance
        "Senator Ruth Olsen, rapporteur for the Cloud Access Act, spoke first.",
        # the role is of something else that concerns the law
        "Senator Ruth Olsen, the author of a book on the Cloud Access Act, spoke first.",
    ],
)
def test_a_negated_hedged_or_neutral_role_is_no_support(extractor, text):
    assert stated_pairs(extractor, text, "supports") == set()


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Senator Ruth Olsen urged the House to approve the Cloud Access Act.", {("Ruth Olsen", "Cloud Access Act")}),
        (
            "The State Department pressed Peru to ratify the Cloud Access Act.",
            {("State Department", "Cloud Access Act")},
        ),
    ],
)
def test_asking_that_a_named_law_be_passed_supports_it(extractor, text, pairs):
    assert stated_pairs(extractor, text, "supports") == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Olsen urged the House not to approve the Cloud Access Act.",
        "Senator Ruth Olsen did not urge the House to approve the Cloud Access Act.",
        "Senator Ruth Olsen may urge the House to approve the Cloud Access Act.",
        # passive: the one asked is not the one who asks
        "Peru was urged to ratify the Cloud Access Act.",
    ],
)
def test_asking_not_to_pass_a_negated_hedged_or_passive_demand_is_no_support(extractor, text):
    assert stated_pairs(extractor, text, "supports") == set()


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The Department of Energy banned imports of inverters from Vietnam.", {("Department of Energy", "Vietnam")}),
        (
            "The Department of Energy has issued a rule that will prohibit the sale and import of inverters, as well "
            "as batteries, from Vietnam and Cuba.",
            {("Department of Energy", "Vietnam"), ("Department of Energy", "Cuba")},
        ),
        ("The Department of Energy restricted the export of turbines to Cuba.", {("Department of Energy", "Cuba")}),
    ],
)
def test_a_ban_on_trade_from_or_to_a_state_opposes_the_state(extractor, text, pairs):
    assert stated_pairs(extractor, text, "opposes") == pairs


@pytest.mark.parametrize(
    "text",
    [
        "The Department of Energy did not ban imports of inverters from Vietnam.",
        "The Department of Energy may ban imports of inverters from Vietnam.",
        "The Department of Energy should ban imports of inverters from Vietnam.",
        # a proposed rule, or a rule that only would ban
        "The Department of Energy issued a proposed rule that will prohibit imports of inverters from Vietnam.",
        "The Department of Energy issued a rule that would prohibit imports of inverters from Vietnam.",
        # no trade is banned: the goods come from the state
        "The Department of Energy banned inverters from Vietnam.",
    ],
)
def test_a_negated_hedged_proposed_or_tradeless_ban_is_no_opposition(extractor, text):
    assert stated_pairs(extractor, text, "opposes") == set()


@pytest.mark.parametrize(
    ("text", "relation", "pairs"),
    [
        ("Peru supports talks on the Cloud Access Agreement.", "supports", {("Peru", "Cloud Access Agreement")}),
        ("Peru opposes negotiations on the Cloud Access Agreement.", "opposes", {("Peru", "Cloud Access Agreement")}),
        (
            "Ambassador Ruth Olsen urged the minister to support negotiations on the Cloud Access Agreement.",
            "supports",
            {("Ruth Olsen", "Cloud Access Agreement")},
        ),
    ],
)
def test_a_stance_on_negotiations_of_an_agreement_is_a_stance_on_it(extractor, text, relation, pairs):
    assert stated_pairs(extractor, text, relation) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Peru does not support talks on the Cloud Access Agreement.",
        "Peru might support talks on the Cloud Access Agreement.",
    ],
)
def test_a_negated_or_hedged_stance_on_negotiations_is_no_fact(extractor, text):
    assert stated_pairs(extractor, text, "supports") == set()
