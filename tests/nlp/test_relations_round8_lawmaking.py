"""Round 8 of law-making and stance: being urged to pass a law is not passing it; what became of a law (not
adopted, never in force, voted down, withdrawn, struck down) says whether its content and its making are facts; an
international organisation heads no stance (the ontology's signature, as the guidelines say); a bill passed under a
description that refers back to it is passed."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs

# --- (a) urged, pressed or persuaded to pass a law: not an enactment ---


@pytest.mark.parametrize(
    "text",
    [
        "The embassy pressed Kenya to adopt the Data Protection Act.",
        "The delegation persuaded Ghana to pass the Data Protection Act.",
        "Diplomats encouraged Chile to enact the Personal Data Act.",
        "The United States urged Brazil to pass the General Data Protection Law.",
    ],
)
def test_urging_someone_to_pass_a_law_is_not_their_enactment(extractor, text):
    assert fact_pairs(extractor, text, "enacts") == set()


def test_the_urged_party_who_did_pass_it_still_enacts(extractor):
    text = "Under pressure from the embassy, Kenya adopted the Data Protection Act."
    assert fact_pairs(extractor, text, "enacts") == {("Kenya", "Data Protection Act")}


# --- (b) what became of a law ---


@pytest.mark.parametrize(
    "text",
    [
        "The Data Localization Act, which requires banks to store payment data in India, was withdrawn in 2020.",
        "The Cyber Data Act, which requires firms to store health data in Vietnam, never entered into force.",
        "The Data Transfer Act was struck down by the Supreme Court; it required firms to keep tax data in India.",
        "The Data Localization Act was not passed by the Senate; it requires banks to store payment data in India.",
        "The Data Localization Act, which requires banks to store payment data in India, was repealed in 2021.",
        "The Data Localization Act, which requires banks to store payment data in India, did not take effect.",
        "The Data Localization Act, which requires banks to store payment data in India, was vetoed by the president.",
    ],
)
def test_the_content_of_a_law_undone_or_never_made_is_not_a_fact(extractor, text):
    assert fact_pairs(extractor, text, "requiresLocalization") == set()
    assert any_pairs(extractor, text, "requiresLocalization")  # still kept, as a non-fact


@pytest.mark.parametrize(
    "text",
    [
        "The Data Localization Act requires banks to store payment data in India.",
        "The Data Localization Act, which requires banks to store payment data in India, entered into force in 2021.",
        "The Data Localization Act, which requires banks to store payment data in India, was adopted in 2021.",
        # "strike" without "down" is not undoing
        "The Data Localization Act, which requires banks to store payment data in India, struck a balance.",
    ],
)
def test_the_content_of_a_law_in_force_stays_a_fact(extractor, text):
    assert fact_pairs(extractor, text, "requiresLocalization") == {("Data Localization Act", "payment data")}


def test_a_law_that_was_not_adopted_was_not_enacted(extractor):
    text = "The Personal Data Protection Act was not adopted by the Parliament of Kenya."
    assert fact_pairs(extractor, text, "enacts") == set()


def test_a_law_voted_down_was_not_enacted_by_its_proposer(extractor):
    text = "The Senate rejected the Data Broker Act, which the Commission had proposed."
    assert fact_pairs(extractor, text, "enacts") == set()


def test_a_law_struck_down_was_still_made(extractor):
    text = "The Supreme Court struck down the Data Protection Act that Parliament passed in 2019."
    assert fact_pairs(extractor, text, "enacts") == {("Parliament", "Data Protection Act")}


# --- (c) the signature of stances: no international organisation as their head ---


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("The European Union supports the Data Governance Act.", "supports"),
        ("The World Trade Organization opposed the Cybersecurity Law.", "opposes"),
        ("The OECD praised the Personal Data Protection Act.", "supports"),
    ],
)
def test_an_international_organisation_heads_no_stance(extractor, text, relation):
    assert any_pairs(extractor, text, relation) == set()


def test_a_state_still_heads_a_stance(extractor):
    text = "Japan supports the Data Governance Act."
    assert fact_pairs(extractor, text, "supports") == {("Japan", "Data Governance Act")}


# --- (d) a bill passed by the House ---


def test_a_named_law_passed_by_an_agent_is_enacted(extractor):
    text = "The Personal Data Protection Act was passed by the House of Representatives."
    assert fact_pairs(extractor, text, "enacts") == {("House of Representatives", "Personal Data Protection Act")}


@pytest.mark.parametrize(
    "text",
    [
        "Representatives introduced the Data Broker Act in March. The bill was passed by the House in April.",
        "Representatives introduced the Data Broker Act in March. The House passed the bill in April.",
    ],
)
def test_a_bill_passed_under_a_description_that_refers_back_is_enacted(extractor, text):
    assert fact_pairs(extractor, text, "enacts") == {("House", "Data Broker Act")}


@pytest.mark.parametrize(
    "text",
    [
        # no antecedent: nothing is invented
        "The bill was passed by the House in April.",
        # two laws named before: the description does not decide between them
        "The Senate introduced the Data Act and the Cloud Act in 2020. The bill was passed by the House.",
        # the passing is hedged: the draft stays proposed
        "Representatives introduced the Data Broker Act in March. The bill may be passed by the House in April.",
    ],
)
def test_a_bill_without_one_antecedent_or_not_passed_is_not_enacted(extractor, text):
    assert fact_pairs(extractor, text, "enacts") == set()


def test_what_an_apposition_says_an_undone_law_was_stays_a_fact(extractor):
    text = (
        "The court invalidated the Data Bridge Framework, a program developed by the European Union to facilitate "
        "transfers of personal data."
    )
    assert ("Data Bridge Framework", "personal data") in fact_pairs(extractor, text, "regulates")


# --- "this rule" under the head of a rule in a government's register ---

_REGISTER = (
    "DEPARTMENT OF COMMERCE\nBureau of Industry and Security\n15 CFR Part 791\n"
    "Connected Vehicles Data Security Regulation\nAGENCY:\nBureau of Industry and Security, Department of Commerce.\n"
    "ACTION:\n{action}\nSUMMARY:\nThis final rule, published by the Bureau of Industry and Security, sets forth "
    "procedures for connected vehicles."
)


def test_this_rule_under_a_register_head_is_the_rule_it_titles(extractor):
    text = _REGISTER.format(action="Final rule.")
    assert fact_pairs(extractor, text, "enacts") == {
        ("Bureau of Industry and Security", "Connected Vehicles Data Security Regulation")
    }


@pytest.mark.parametrize(
    "text",
    [
        # a notice is no rule: "this final rule" has no title to take up
        _REGISTER.format(action="Notice and request for comments."),
    ],
)
def test_this_rule_under_the_head_of_a_notice_is_not_resolved(extractor, text):
    assert fact_pairs(extractor, text, "enacts") == set()


# --- "I" in the remarks a person announces ---


def test_i_in_announced_remarks_is_their_speaker(extractor):
    text = (
        "Senator Jane Doe (D-CA) released the following statement: I introduced the Data Broker Act because "
        "Americans deserve privacy."
    )
    assert fact_pairs(extractor, text, "supports") == {("Jane Doe", "Data Broker Act")}


def test_a_legislators_party_may_follow_a_name_suffix(extractor):
    text = "Chairman Frank Pallone, Jr. (D-NJ) introduced the Data Broker Act."
    assert fact_pairs(extractor, text, "supports") == {("Frank Pallone", "Data Broker Act")}


@pytest.mark.parametrize(
    "text",
    [
        # two announcers: "I" is not decided
        "Senator Jane Doe (D-CA) and Senator John Roe (R-TX) released the following statement: I introduced the "
        "Data Broker Act.",
        # no announcement: "I" is no one named
        "Senator Jane Doe (D-CA) said the committee would meet. I introduced the Data Broker Act.",
    ],
)
def test_i_without_one_announced_speaker_is_no_one(extractor, text):
    assert fact_pairs(extractor, text, "supports") == set()


# --- the parties of an agreement ---


def test_the_parties_an_agreement_is_between_made_it(extractor):
    text = "The Data Bridge Agreement, a treaty between Japan and Canada, entered into force in 2020."
    assert fact_pairs(extractor, text, "enacts") == {
        ("Japan", "Data Bridge Agreement"),
        ("Canada", "Data Bridge Agreement"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Data Bridge Agreement is a proposed agreement between Japan and Canada.",
        # a law is not "between" parties
        "The Data Bridge Act is a law between Japan and Canada.",
    ],
)
def test_no_parties_of_a_proposed_agreement_or_a_law(extractor, text):
    assert fact_pairs(extractor, text, "enacts") == set()


# --- the owner of accused acts, by the agent of a participle the parse reads as a modifier ---


def test_acts_related_to_trade_by_a_states_courts_are_that_states(extractor):
    text = (
        "USTR asserted that certain acts, policies, and practices related to digital trade and particular judicial "
        "decisions by Argentina's courts negatively impact U.S. companies."
    )
    assert fact_pairs(extractor, text, "opposes") == {("USTR", "Argentina")}


@pytest.mark.parametrize(
    "text",
    [
        "USTR asserted that certain practices related to digital trade by Argentina's courts do not harm U.S. firms.",
        "USTR asserted that certain practices related to digital trade by Argentina's courts help U.S. companies.",
    ],
)
def test_acts_that_do_not_harm_are_no_charge(extractor, text):
    assert fact_pairs(extractor, text, "opposes") == set()
