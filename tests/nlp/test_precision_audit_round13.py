"""Round 13, precision audit: a membership that the noun phrase itself puts in the past ("the United Kingdom,
formerly a member of the EU") or that "not" sets against another noun ("an observer, not a member, of the OECD")
is no fact; a present membership beside such phrases stays one. A law that a reduced relative clause says was
undone ("the Act, withdrawn by the ministry in March, required ...") or voted down ("vetoed by the President")
requires nothing, as with "which was withdrawn". Probes in three genres: news, government release, cable."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs


@pytest.mark.parametrize(
    "text",
    [
        # news
        "The United Kingdom, formerly a member of the European Union, adopted the Data Protection Act 2018.",
        "Indonesia, once a member of the Organization of the Petroleum Exporting Countries, adopted Government "
        "Regulation 71.",
        # cable (capitals)
        "THE UNITED KINGDOM, FORMERLY A MEMBER OF THE EUROPEAN UNION, HAS ADOPTED THE DATA PROTECTION ACT 2018.",
        # government release
        "Brazil is an observer, not a member, of the Organisation for Economic Co-operation and Development.",
    ],
)
def test_a_past_or_contrasted_membership_is_no_fact(extractor, text):
    assert fact_pairs(extractor, text, "memberOf") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany, a founding member of the European Union, adopted the Federal Data Protection Act.",
            {("Germany", "European Union")},
        ),
        (
            "Canada, now a member of the Global CBPR Forum, adopted the Personal Information Protection and "
            "Electronic Documents Act.",
            {("Canada", "Global CBPR Forum")},
        ),
        (
            "The embassy notes that Japan, formerly an observer, is now a member of the Global CBPR Forum.",
            {("Japan", "Global CBPR Forum")},
        ),
        (
            "Chile is a member of the Organisation for Economic Co-operation and Development, not an observer.",
            {("Chile", "Organisation for Economic Co-operation and Development")},
        ),
    ],
)
def test_a_present_membership_stays_a_fact(extractor, text, expected):
    assert fact_pairs(extractor, text, "memberOf") == expected


def test_the_enactment_beside_a_past_membership_stays_a_fact(extractor):
    text = "The United Kingdom, formerly a member of the European Union, adopted the Data Protection Act 2018."
    assert fact_pairs(extractor, text, "enacts") == {("United Kingdom", "Data Protection Act 2018")}


@pytest.mark.parametrize(
    "text",
    [
        # cable (capitals)
        "THE CYBERSECURITY LAW, WITHDRAWN BY THE MINISTRY IN MARCH, REQUIRED LOCAL STORAGE OF PERSONAL DATA.",
        # government release
        "The Payment Data Regulation, withdrawn by the Ministry of Finance in March, required banks to store "
        "payment data in Kenya.",
        # news
        "The Cybersecurity Law, invalidated by the Constitutional Court in 2020, required local storage of personal "
        "data.",
        "The Data Protection Act, vetoed by the President, required local storage of personal data.",
    ],
)
def test_a_law_a_reduced_relative_says_was_undone_requires_nothing(extractor, text):
    assert fact_pairs(extractor, text, "requiresLocalization") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Cybersecurity Law, signed by the President in March, requires local storage of personal data.",
            {("Cybersecurity Law", "personal data")},
        ),
        (
            "The Data Protection Act, amended in 2018, requires local storage of personal data.",
            {("Data Protection Act", "personal data")},
        ),
        (
            "The Payment Data Directive, issued by the Reserve Bank of India in April, requires local storage of "
            "payment data.",
            {("Payment Data Directive", "payment data")},
        ),
    ],
)
def test_a_law_a_reduced_relative_says_was_made_still_requires(extractor, text, expected):
    assert fact_pairs(extractor, text, "requiresLocalization") == expected
