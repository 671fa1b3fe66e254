"""The lead's rules of round 25 (probe text of our own: news, telegrams, law-firm notes).

A class of members presupposes its items belong: "Brazil and other Mercosur members rejected the proposal" says that
Brazil is a member of Mercosur, and the clause's "not", denial or modal is about what the members did, not about
their membership; so with "its partners in APEC". A word of the class itself ("other prospective members") still puts
the membership off. (A class of laws is looser and keeps the clause's polarity: tests/nlp/test_relations_round10.py.)

A law named right after a participle of changing ("passed Law No. 242-FZ amending Law No. 149-FZ") is what the passed
law changes, not a law that was passed. A body's head, "of" and a remit ending in "Regulation", with no number, name the
body ("the Ministry of Posts and Telecommunications Regulation (MPTR) has blocked ..."), not a law."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs, mentions

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        ("Brazil and other Mercosur members rejected the proposal.", "memberOf", ("Brazil", "Mercosur")),
        (
            "BRASILIA - Brazil and other Mercosur members did not sign the agreement on Tuesday.",
            "memberOf",
            ("Brazil", "Mercosur"),
        ),
        ("France and other EU member states may object to the plan.", "memberOf", ("France", "EU")),
        (
            "The United States and its trading partners in APEC did not sign the pact.",
            "memberOf",
            ("United States", "APEC"),
        ),
    ],
)
def test_the_clause_does_not_undo_what_the_class_presupposes(extractor, text, relation, pair):
    assert pair in fact_pairs(extractor, text, relation)


def test_a_word_of_the_class_still_puts_membership_off(extractor):
    text = "France and other prospective EU members met in Brussels."
    assert ("France", "EU") in any_pairs(extractor, text, "memberOf")
    assert ("France", "EU") not in fact_pairs(extractor, text, "memberOf")


# --- a law named after a participle of changing is what the passed law changes (frames/roles._changed_law)


@pytest.mark.parametrize(
    ("text", "passed", "changed"),
    [
        (  # news on Russia's localisation law
            "In July 2014 the State Duma passed Federal Law No. 242-FZ amending Federal Law No. 149-FZ.",
            ("State Duma", "Federal Law No. 242-FZ"),
            ("State Duma", "Federal Law No. 149-FZ"),
        ),
        (  # a law-firm note
            "Parliament adopted the Data Protection (Amendment) Act amending the Data Protection Act 2012.",
            ("Parliament", "Data Protection (Amendment) Act"),
            ("Parliament", "Data Protection Act 2012"),
        ),
    ],
)
def test_the_law_a_passed_law_amends_is_not_passed(extractor, text, passed, changed):
    facts = fact_pairs(extractor, text, "enacts")
    assert passed in facts
    assert changed not in facts


def test_laws_passed_together_are_each_passed(extractor):
    facts = fact_pairs(extractor, "Parliament passed the Data Act and the Privacy Act.", "enacts")
    assert {("Parliament", "Data Act"), ("Parliament", "Privacy Act")} <= facts


# --- a body's head, "of" and a remit ending in "Regulation" name the body (rules/laws._remit_of_body)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        (  # a telegram's marked paragraph, the name on one line
            "1. (U) SUMMARY: The Ministry of Posts and Telecommunications Regulation (MPTR) has blocked the website.",
            "Ministry of Posts and Telecommunications Regulation",
            "Agency",
        ),
        (  # a numbered instrument of a ministry stays a law
            "Ministry of Communication and Informatics Regulation No. 5 of 2020 requires platforms to register.",
            "Regulation No. 5 of 2020",
            "Law",
        ),
        ("The General Data Protection Regulation applies from May 2018.", "General Data Protection Regulation", "Law"),
    ],
)
def test_a_remit_ending_in_regulation_names_the_body(extractor, text, name, type_):
    assert (type_, name) in mentions(extractor, text)
