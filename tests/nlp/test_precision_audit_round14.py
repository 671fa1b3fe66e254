"""Round 14, precision audit. A past requirement that a later clause undoes ("previously required X, but the 2022
amendment removed that rule", "required X until a 2021 decree replaced it", "... BUT THE GOVERNMENT REPEALED IT")
held only in the past: no fact. A verb joined to another by a comma alone is no coordination and does not borrow
its subject ("the Act, which Parliament passed but the Supreme Court struck down, required ...": the court requires
nothing). A claim a "but" clause on its verb of saying contradicts ("..., but that is not the case") is denied; a
report or claim by a partisan source ("according to a report by critics") is hedged. Probes in three genres:
news, government release, cable (capitals)."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # news
        (
            "The Payment Data Act previously required firms to store payment data in Kenya, but the 2022 amendment "
            "removed that rule.",
            ("Payment Data Act", "payment data"),
        ),
        # government release
        (
            "The Banking Secrecy Act required banks to store customer data in Switzerland, but the rule was "
            "repealed in 2015.",
            ("Banking Secrecy Act", "customer data"),
        ),
        # cable (capitals)
        (
            "THE DATA PROTECTION DECREE REQUIRED FOREIGN FIRMS TO STORE USER DATA IN VIETNAM, BUT THE GOVERNMENT "
            "REPEALED IT IN 1995.",
            ("DATA PROTECTION DECREE", "USER DATA"),
        ),
    ],
)
def test_a_requirement_a_later_clause_undoes_is_no_fact(extractor, text, pair):
    assert fact_pairs(extractor, text, "requiresLocalization") == set()
    assert pair in any_pairs(extractor, text, "requiresLocalization")  # read, but as a state that is over


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the "but" clause undoes something else
        (
            "The Data Protection Decree required foreign firms to store user data in Vietnam, but the ministry "
            "dropped its appeal.",
            ("Data Protection Decree", "user data"),
        ),
        # the undoing is negated
        (
            "The Banking Secrecy Act required banks to store customer data in Switzerland, but the central bank did "
            "not lift the requirement.",
            ("Banking Secrecy Act", "customer data"),
        ),
        # "until" with a present verb says how long data is kept
        (
            "The Data Protection Act requires firms to store personal data in Kenya until the data is deleted.",
            ("Data Protection Act", "personal data"),
        ),
        # an "until" clause that ends nothing is a condition
        (
            "The Payment Systems Act required banks to store payment data in India until the central bank was "
            "satisfied with their audits.",
            ("Payment Systems Act", "payment data"),
        ),
        # "and", not "but": the clause adds to the state
        (
            "The Payment Systems Act required banks to store payment data in India, and the central bank enforced it.",
            ("Payment Systems Act", "payment data"),
        ),
    ],
)
def test_a_requirement_no_clause_undoes_stays_a_fact(extractor, text, pair):
    assert fact_pairs(extractor, text, "requiresLocalization") == {pair}


def test_a_court_that_struck_the_act_down_requires_nothing(extractor):
    text = (
        "The Data Localisation Act, which Parliament passed in 2019 but the Supreme Court struck down in 2021, "
        "required banks to store customer data in the country."
    )
    assert fact_pairs(extractor, text, "requiresLocalization") == set()
    assert fact_pairs(extractor, text, "enacts") == {("Parliament", "Data Localisation Act")}


@pytest.mark.parametrize(
    ("text", "relation", "expected"),
    [
        (
            "Parliament adopted the Data Protection Act and the ministry enforced it.",
            "enacts",
            {("Parliament", "Data Protection Act")},
        ),
        (
            "Japan, Canada and Mexico signed the Digital Trade Agreement, ratified it and implemented it in 2021.",
            "enacts",
            {(s, "Digital Trade Agreement") for s in ("Japan", "Canada", "Mexico")},
        ),
        (  # a reduced relative clause the parse takes for a verb joined by a comma: one subject, still shared
            "The Personal Information Act, adopted on March 3, 2020, regulates health data and location data.",
            "regulates",
            {("Personal Information Act", "health data"), ("Personal Information Act", "location data")},
        ),
        (
            "The Banking Act, which Parliament passed in 2019 and amended in 2021, requires banks to store customer "
            "data in Kenya.",
            "requiresLocalization",
            {("Banking Act", "customer data")},
        ),
    ],
)
def test_coordinated_verbs_with_a_coordinator_share_their_subject(extractor, text, relation, expected):
    assert fact_pairs(extractor, text, relation) == expected


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # news
        (
            "Officials say the Data Protection Act requires local storage of health data, but the text of the Act "
            "says nothing of the kind.",
            "requiresLocalization",
        ),
        # cable (capitals)
        (
            "THE MINISTRY CLAIMS THAT DECREE 53 REQUIRES FOREIGN FIRMS TO STORE USER DATA IN VIETNAM, BUT THE DECREE "
            "CONTAINS NO SUCH REQUIREMENT.",
            "requiresLocalization",
        ),
        # government release
        ("Press reports said India had adopted the Data Protection Bill, but that is not the case.", "enacts"),
        (
            "The company argued that the Cybersecurity Law requires it to store personal information in China, but "
            "this is false.",
            "requiresLocalization",
        ),
    ],
)
def test_a_claim_a_but_clause_contradicts_is_no_fact(extractor, text, relation):
    assert fact_pairs(extractor, text, relation) == set()
    assert any_pairs(extractor, text, relation)  # read, but as a claim the text denies


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        (
            "The ministry says the Data Protection Act requires local storage of health data, but it does not apply "
            "to banks.",
            "requiresLocalization",
            ("Data Protection Act", "health data"),
        ),
        (
            "The ministry says the Data Protection Act requires local storage of health data, but enforcement has "
            "been weak.",
            "requiresLocalization",
            ("Data Protection Act", "health data"),
        ),
        (
            "The embassy reported that Vietnam adopted Decree 53, but the decree says nothing about payment data.",
            "enacts",
            ("Vietnam", "Decree 53"),
        ),
        (
            "Officials said the Cybersecurity Law requires operators to store personal information in China, but "
            "they did not say when inspections would start.",
            "requiresLocalization",
            ("Cybersecurity Law", "personal information"),
        ),
    ],
)
def test_a_but_clause_about_something_else_leaves_the_claim_a_fact(extractor, text, relation, pair):
    assert fact_pairs(extractor, text, relation) == {pair}


@pytest.mark.parametrize(
    "text",
    [
        # news
        "The Reserve Bank of India requires payment data to be stored in India, according to a report by critics of "
        "the rule.",
        # government release
        "According to claims from opponents of the law, the Cybersecurity Law requires foreign firms to store "
        "personal information in China.",
    ],
)
def test_a_report_by_a_partisan_source_is_hedged(extractor, text):
    assert fact_pairs(extractor, text, "requiresLocalization") == set()
    assert any_pairs(extractor, text, "requiresLocalization")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Reserve Bank of India requires payment data to be stored in India, according to a report by the "
            "ministry.",
            ("Reserve Bank of India", "payment data"),
        ),
        (
            "According to a report of the European Commission, the Cybersecurity Law requires operators to store "
            "personal information in China.",
            ("Cybersecurity Law", "personal information"),
        ),
        (
            "The Reserve Bank of India requires payment data to be stored in India, according to a report on critics "
            "of the rule.",
            ("Reserve Bank of India", "payment data"),
        ),
    ],
)
def test_a_report_by_a_relied_on_source_stays_a_fact(extractor, text, pair):
    assert fact_pairs(extractor, text, "requiresLocalization") == {pair}
