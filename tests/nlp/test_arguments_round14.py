"""Relation arguments, round 14: law titles whose left edge was cut, which blocked the relations they take part in.

A title's modifiers joined by "and" before its parenthesis ("the Privacy and Electronic Communications (EC
Directive) Regulations 2003") and a title's modifiers written as a series ("the Anti-terrorism, Crime and Security
Act 2001") are one name from the article on; a list of states or bodies before a law's name is not part of it."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs, of_type

# --- "and" between a title's modifiers before its parenthesis ----------------------------------------------------


@pytest.mark.parametrize(
    "text, law",
    [
        (
            "Britain enacted the Privacy and Electronic Communications (EC Directive) Regulations 2003 to regulate "
            "cookies.",
            "Privacy and Electronic Communications (EC Directive) Regulations 2003",
        ),
        (
            "The Department for Science said the Network and Information Systems (Amendment) Regulations 2024 "
            "regulate cloud providers.",
            "Network and Information Systems (Amendment) Regulations 2024",
        ),
        (
            "The embassy reported that the Health and Social Care (Safety and Quality) Act 2015 governs patient "
            "records.",
            "Health and Social Care (Safety and Quality) Act 2015",
        ),
    ],
)
def test_and_inside_a_title_before_its_parenthesis(extractor, text, law):
    assert law in of_type(extractor, text, "Law")


def test_a_title_with_and_is_an_argument(extractor):
    text = (
        "Britain enacted the Privacy and Electronic Communications (EC Directive) Regulations 2003 to regulate cookies."
    )
    assert ("Britain", "Privacy and Electronic Communications (EC Directive) Regulations 2003") in fact_pairs(
        extractor, text, "enacts"
    )


@pytest.mark.parametrize(
    "text, law",
    [
        ("The UK and Data Protection (Charges and Information) Regulations 2018 were discussed.", "Data Protection"),
        ("The European Parliament and Data Protection (Amendment) Regulations were both cited.", "Data Protection"),
        ("France and the Data (Use and Access) Act 2025 were mentioned together.", "Data (Use"),
    ],
)
def test_a_state_or_body_before_and_is_no_part_of_the_title(extractor, text, law):
    laws = of_type(extractor, text, "Law")
    assert laws and all(x.startswith(law) for x in laws)


# --- a title's modifiers written as a series ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, law",
    [
        (
            "Parliament passed the Anti-terrorism, Crime and Security Act 2001 after the attacks.",
            "Anti-terrorism, Crime and Security Act 2001",
        ),
        (
            "The Home Office said the Crime, Justice and Public Order Act 1994 gave police new powers over personal "
            "data.",
            "Crime, Justice and Public Order Act 1994",
        ),
        (
            "According to the cable, the Criminal Justice, Courts and Immigration Act regulates biometric data.",
            "Criminal Justice, Courts and Immigration Act",
        ),
        (
            "The government release said the Energy, Climate, and Transport Act 2022 requires operators to store "
            "usage data locally.",
            "Energy, Climate, and Transport Act 2022",
        ),
    ],
)
def test_a_series_of_modifiers_is_one_title(extractor, text, law):
    assert law in of_type(extractor, text, "Law")


def test_a_series_title_is_an_argument(extractor):
    text = "Parliament passed the Anti-terrorism, Crime and Security Act 2001 after the attacks."
    assert ("Parliament", "Anti-terrorism, Crime and Security Act 2001") in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text, states",
    [
        ("The embassy reported that France, Germany and the Netherlands Act jointly on data.", {"France", "Germany"}),
        ("Officials met the Senate, House and Data Protection Act sponsors.", set()),
        ("Under the treaty, Crime and Security Act 2001 powers apply.", set()),
    ],
)
def test_no_series_without_one_article_and_title_words(extractor, text, states):
    laws = of_type(extractor, text, "Law")
    assert not any("," in x for x in laws)
    assert states <= of_type(extractor, text, "State")


# --- a law named by its subject in title case and its kind in lower case -----------------------------------------


@pytest.mark.parametrize(
    "text, law",
    [
        (
            "In March 2019, the PRC’s NPC adopted a new Foreign Investment law with the stated objective of improving "
            "transparency.",
            "Foreign Investment law",
        ),
        (
            "Beijing said the Data Security law requires companies to store important data in China.",
            "Data Security law",
        ),
        (
            "According to the cable, Moscow's Data Localization law requires operators to keep personal data in "
            "Russia.",
            "Data Localization law",
        ),
    ],
)
def test_a_title_case_subject_before_lower_case_law_names_a_law(extractor, text, law):
    assert law in of_type(extractor, text, "Law")


def test_a_lower_case_law_name_is_an_argument(extractor):
    text = "Beijing said the Data Security law requires companies to store important data in China."
    assert ("Data Security law", "important data") in fact_pairs(extractor, text, "requiresLocalization")


@pytest.mark.parametrize(
    "text",
    [
        "The New Zealand law requires agencies to report breaches.",
        "The European Union law applies to all member states.",
        "She joined the Covington Burling law firm in 2010.",
        "The Supreme Court law clerk resigned.",
        "Privacy experts said the Data Protection Authority law was unclear.",
        "The Trump administration law enforcement officials met on Monday.",
    ],
)
def test_a_place_or_body_before_lower_case_law_is_no_law_name(extractor, text):
    assert not any(x.endswith("law") for x in of_type(extractor, text, "Law"))
