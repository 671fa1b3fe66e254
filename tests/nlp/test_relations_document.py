"""Relations and what the rest of the document says about their arguments (probe sentences of our own): a law
introduced as a draft stays proposed under its later names; a thing named twice ("X (ABBR)") is one argument; a
title's first word is not the issuer of an instrument it does not name."""

from __future__ import annotations

import pytest

from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


DRAFT = (
    "The committee held a hearing on the draft Consumer Location Safety Act of 2031 (\u201cCLSA\u201d). "
    "The CLSA regulates the collection of location data by mobile apps."
)


def test_a_law_introduced_as_a_draft_is_proposed_under_its_abbreviation_too(extractor):
    facts, others = relations(extractor, DRAFT)
    assert not any(f[1] == "regulates" for f in facts), facts
    assert ("CLSA", "regulates", "location data", "asserted", "proposed") in others, others


@pytest.mark.parametrize(
    "text",
    [
        # no draft anywhere: a fact
        "The Consumer Location Safety Act of 2031 (\u201cCLSA\u201d) took effect in May. "
        "The CLSA regulates the collection of location data by mobile apps.",
        # a draft that a clause of the document passes is a law
        "The parliament adopted the draft Consumer Location Safety Act in May. "
        "The Consumer Location Safety Act regulates the collection of location data by mobile apps.",
    ],
)
def test_a_law_neither_drafted_nor_left_a_draft_states_facts(extractor, text):
    facts, _ = relations(extractor, text)
    assert any(f[1:] == ("regulates", "location data") for f in facts), facts


def test_a_negated_statement_about_a_draft_stays_negated(extractor):
    _, others = relations(
        extractor,
        "The committee discussed the draft Consumer Location Safety Act. "
        "The Consumer Location Safety Act does not regulate location data.",
    )
    assert any(o[1:3] == ("regulates", "location data") and o[3] == "negated" for o in others), others


def test_a_parenthesised_abbreviation_is_the_same_argument_as_its_long_form(extractor):
    facts, _ = relations(
        extractor,
        "The Banking Secrecy Act restricts the sharing of protected account information (PAI) by banks.",
    )
    assert ("Banking Secrecy Act", "regulates", "protected account information") in facts, facts
    assert ("Banking Secrecy Act", "regulates", "PAI") not in facts, facts


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("The HIPAA Security Rule restricts the disclosure of health records by hospitals.",
         ("HIPAA", "regulates", "health records")),
        ("The SEC Cyber Disclosure Rule requires the reporting of incident data within four days.",
         ("SEC", "regulates", "incident data")),
    ],
)  # fmt: skip
def test_a_title_is_not_its_first_words_instrument(extractor, text, forbidden):
    facts, _ = relations(extractor, text)
    assert forbidden not in facts, facts


def test_an_unnamed_instrument_still_speaks_for_its_issuer(extractor):
    facts, _ = relations(
        extractor,
        "The RBI rule requires payment system operators to store payment data only in India.",
    )
    assert ("RBI", "requiresLocalization", "payment data") in facts, facts


@pytest.mark.parametrize(
    "text",
    [
        "Mercosur is a bloc of Argentina, Brazil, Paraguay and Uruguay.",
        "The trade ministers met Mercosur, a group of Argentina, Brazil, Paraguay and Uruguay, in May.",
    ],
)
def test_a_body_said_to_be_a_collective_of_states_has_them_as_members(extractor, text):
    facts, _ = relations(extractor, text)
    for state in ("Argentina", "Brazil", "Paraguay", "Uruguay"):
        assert (state, "memberOf", "Mercosur") in facts, facts


@pytest.mark.parametrize(
    ("text", "polarity", "modality"),
    [
        ("Mercosur is not a bloc of Chile and Peru.", "negated", "stated"),
        ("Mercosur may be a bloc of Chile and Peru.", "asserted", "hedged"),
        ("If Mercosur is a bloc of Chile and Peru, the rule applies.", "asserted", "conditional"),
    ],
)
def test_a_collective_denied_hedged_or_supposed_is_no_membership_fact(extractor, text, polarity, modality):
    facts, others = relations(extractor, text)
    assert not any(f[1] == "memberOf" for f in facts), facts
    assert ("Chile", "memberOf", "Mercosur", polarity, modality) in others, others


def test_a_collective_of_people_names_no_member_state(extractor):
    facts, others = relations(extractor, "Mercosur is a group of experts from Chile.")
    assert not any(r[1] == "memberOf" for r in facts | others), facts | others


def test_it_after_a_state_that_has_a_law_is_ambiguous(extractor):
    # the state or the law it has may oblige: nothing rather than a guess
    facts, others = relations(
        extractor,
        "Since 2015, Russia has had the Federal Law No. 242-FZ. "
        "It obliges banks to store payment data on servers located in the country.",
    )
    assert not any(r[1] == "requiresLocalization" for r in facts | others), facts | others


def test_it_after_a_state_alone_is_the_state(extractor):
    facts, _ = relations(extractor, "India is a large market. It requires banks to store payment data only in India.")
    assert ("India", "requiresLocalization", "payment data") in facts, facts


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("EU Trade Commissioner Cecilia Malmstrom spoke in Brussels.", ("Cecilia Malmstrom", "leads", "EU")),
        ("State Department Counterterrorism Coordinator Daniel Benjamin spoke.",
         ("Daniel Benjamin", "leads", "State Department")),
    ],
)  # fmt: skip
def test_a_portfolio_between_body_and_title_is_an_office_inside_the_body(extractor, text, forbidden):
    facts, _ = relations(extractor, text)
    assert forbidden not in facts, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FTC Acting Chair Maureen Ohlhausen spoke.", ("Maureen Ohlhausen", "leads", "FTC")),
        ("Japan's then prime minister Shinzo Abe spoke.", ("Shinzo Abe", "leads", "Japan")),
    ],
)
def test_a_qualified_title_still_heads_the_body(extractor, text, expected):
    facts, _ = relations(extractor, text)
    assert expected in facts, facts


def test_what_a_law_aims_to_do_is_what_it_does(extractor):
    facts, _ = relations(
        extractor,
        "The Health Data Regulation aims to allow doctors to access personal health data across borders.",
    )
    assert ("Health Data Regulation", "regulates", "personal health data") in facts, facts


@pytest.mark.parametrize(
    ("text", "head", "relation", "polarity", "modality"),
    [
        ("The Health Data Regulation does not aim to restrict health records.",
         "Health Data Regulation", "regulates", "negated", "stated"),
        ("The draft Health Data Regulation aims to restrict health records.",
         "Health Data Regulation", "regulates", "asserted", "proposed"),
        ("The Data Act might aim to restrict health records.", "Data Act", "regulates", "asserted", "hedged"),
    ],
)  # fmt: skip
def test_a_law_aim_negated_drafted_or_hedged_is_no_fact(extractor, text, head, relation, polarity, modality):
    facts, others = relations(extractor, text)
    assert not any(f[1] == relation for f in facts), facts
    assert (head, relation, "health records", polarity, modality) in others, others


def test_a_state_aim_stays_a_plan(extractor):
    facts, others = relations(extractor, "India aims to require banks to store payment data locally.")
    assert ("India", "requiresLocalization", "payment data") not in facts, facts
    assert ("India", "requiresLocalization", "payment data", "asserted", "proposed") in others, others


@pytest.mark.parametrize(
    "text",
    [
        "The European Parliament announced its decision to adopt the Data Act.",
        "The European Parliament's decision to adopt the Data Act was welcomed.",
    ],
)
def test_the_owner_of_a_decision_does_what_it_decided(extractor, text):
    facts, _ = relations(extractor, text)
    assert ("European Parliament", "enacts", "Data Act") in facts, facts


@pytest.mark.parametrize(
    ("text", "polarity", "modality"),
    [
        ("The European Parliament did not announce its decision to adopt the Data Act.", "negated", "stated"),
        ("The European Parliament denied its decision to adopt the Data Act.", "denied", "stated"),
        ("The European Parliament may announce its decision to adopt the Data Act.", "asserted", "hedged"),
    ],
)
def test_a_decision_announced_negated_denied_hedged_or_planned_is_no_fact(extractor, text, polarity, modality):
    facts, others = relations(extractor, text)
    assert ("European Parliament", "enacts", "Data Act") not in facts, facts
    assert ("European Parliament", "enacts", "Data Act", polarity, modality) in others, others


@pytest.mark.parametrize("noun", ["refusal", "plan", "promise"])
def test_a_refusal_plan_or_promise_is_no_decision_to_enact(extractor, noun):
    facts, _ = relations(extractor, f"The European Parliament announced its {noun} to adopt the Data Act.")
    assert ("European Parliament", "enacts", "Data Act") not in facts, facts
