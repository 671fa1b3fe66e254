"""Relations of round 13 (recall on unseen text, second pass), each a statement about English: a law that sets up a
way of handling data (a process, mechanism, procedure or channel "for companies to transfer X", "for transferring
X", "by which firms transfer X") regulates the data handled that way (`frames/mechanisms.py`); a capitalised title
headed by a noun of rule ("a Code of Fair Information Use that governs X") is a noun of rule, though the parse hangs
"Code" on the title's last word (`ruling._is_rule_noun`); the "as" phrase right after "the appointment of X" is the
noun's, though the parse hangs it on the verb that takes the noun ("approved the appointment of X as the next
Information Commissioner": X leads the office; `appointment._as_after_noun`). Negated, hedged,
proposed and conditional statements are not facts, and a body (not a way) or a subject that is no law says nothing."""

from __future__ import annotations

import pytest

from tests.nlp.test_relations import stated_pairs

# --- a mechanism a law sets up for handling data ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "law", "data"),
    [
        # a news report
        (
            "The Data Free Flow Agreement creates a mechanism for firms to transfer personal data without extra "
            "paperwork, officials said on Tuesday.",
            "Data Free Flow Agreement",
            "personal data",
        ),
        # a government release
        (
            "The Health Records Act provides a procedure for hospitals to share health data with regulators.",
            "Health Records Act",
            "health data",
        ),
        # a cable
        (
            "Embassy contacts said the Data Protection Act establishes a procedure for transferring financial data "
            "abroad.",
            "Data Protection Act",
            "financial data",
        ),
        # a relative clause on the way
        (
            "The Data Protection Act provides a process by which companies transfer personal data to third countries.",
            "Data Protection Act",
            "personal data",
        ),
        # the law as the antecedent of "which"
        (
            "The Commission said Click Labs falsely claimed to participate in the Swiss-U.S. Privacy Shield "
            "framework, which establishes a process for companies to transfer consumer data in compliance with "
            "Swiss law.",
            "Swiss-U.S. Privacy Shield",
            "consumer data",
        ),
    ],
)
def test_a_mechanism_a_law_sets_up_regulates_the_data_it_handles(extractor, text, law, data):
    assert (law, data) in stated_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The Data Protection Act does not establish a mechanism for companies to transfer personal data.",
        "The Data Protection Act may create a process for firms to share health data.",
        "The draft Data Protection Bill would establish a process for firms to transfer personal data.",
        "If adopted, the Data Act would create a mechanism for companies to share health data.",
        # a body, not a way of handling
        "The Data Protection Act establishes a commission to collect health data.",
        # the handling is not the way's
        "The Data Protection Act establishes a process for appeals, and companies transfer personal data abroad.",
    ],
)
def test_no_mechanism_fact_where_the_text_does_not_state_one(extractor, text):
    assert not stated_pairs(extractor, text, "regulates")


def test_only_a_law_heads_a_mechanism(extractor):
    text = "The Commission establishes a process for companies to transfer personal data."
    assert not stated_pairs(extractor, text, "regulates")


# --- a capitalised title headed by a noun of rule -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "law", "data"),
    [
        # a news report
        (
            "Lawmakers said on Monday that the new Privacy Law establishes a Code of Fair Information Use that "
            "covers health data.",
            "Privacy Law",
            "health data",
        ),
        # a government release
        (
            "The ministry said the Cyber Law sets a Code of Fair Information Handling that covers biometric data.",
            "Cyber Law",
            "biometric data",
        ),
        # a cable
        (
            "Embassy contacts said the Data Law establishes a Code of Fair Information Use that governs the use of "
            "biometric data.",
            "Data Law",
            "biometric data",
        ),
    ],
)
def test_a_titled_code_a_law_sets_regulates_what_the_code_governs(extractor, text, law, data):
    assert (law, data) in stated_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The Cyber Law does not set a Code of Fair Information Handling that covers biometric data.",
        "The Cyber Law could set a Code of Fair Information Handling that covers biometric data.",
        # a body, not a code
        "The Banking Act creates a Board of Governors that oversees banks holding financial data.",
        # a title headed by no noun of rule
        "The Banking Act amends the Schedule of Fees that covers financial data.",
    ],
)
def test_no_titled_code_fact_where_the_text_does_not_state_one(extractor, text):
    assert not stated_pairs(extractor, text, "regulates")


# --- "the appointment of X as Y": the "as" phrase the parse hangs on the verb -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a news report
        "Lawmakers on Tuesday approved the appointment of Sarah Miller as the next Information Commissioner, the "
        "agency said.",
        # a cable
        "Contacts said parliament endorsed the appointment of Sarah Miller as the next Information Commissioner.",
        # a release's headline
        "Justice Committee approves appointment of Sarah Miller as next Information Commissioner",
    ],
)
def test_the_appointment_of_a_person_as_an_office_is_leadership(extractor, text):
    assert ("Sarah Miller", "Information Commissioner") in stated_pairs(extractor, text, "leads")


@pytest.mark.parametrize(
    "text",
    [
        "The Senate rejected the appointment of Sarah Miller as the next Information Commissioner.",
        "Lawmakers did not approve the appointment of Sarah Miller as the next Information Commissioner.",
        "Lawmakers approved the appointment of Sarah Miller and praised the Information Commissioner.",
    ],
)
def test_no_office_where_the_appointment_is_not_stated(extractor, text):
    assert not stated_pairs(extractor, text, "leads")
