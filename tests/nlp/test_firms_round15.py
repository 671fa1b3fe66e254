"""Round 15 of companies: newspapers named by an apposition after the name or by a quoted title before a kind noun
of the press, not by being cited as a source of news; a company before an auxiliary verb; business groups named by
their line of business and "Group"."""

from __future__ import annotations

import pytest


def mentions(extractor, text: str, kind: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == kind}


@pytest.mark.parametrize(
    "text, firm",
    [
        ("The government sent El Tiempo, the largest newspaper in Bogota, a tax bill for unpaid levies.", "El Tiempo"),
        ("The minister gave an interview to Novaya Gazeta, an independent weekly, on Monday.", "Novaya Gazeta"),
        ('The aide leaked the tape to "Proceso" news magazine in March.', "Proceso"),
        ("The ministry leaked the memo to the \u201cExcelsior\u201d newspaper last week.", "Excelsior"),
        ('He wrote for the "Clarin" daily until 2010.', "Clarin"),
        (
            "2. (SBU) Econoff met editors of Prensa Libre, the largest daily in Guatemala, on May 3.",
            "Prensa Libre",
        ),
        (
            "The Department of State condemns the closure of Nasha Niva, an independent newspaper, by the authorities.",
            "Nasha Niva",
        ),
        ('Post contacts said the minister leaked the memo to the "Expreso" daily.', "Expreso"),
    ],
)
def test_a_newspaper_named_by_its_kind_noun_after_it_or_after_its_quoted_title(extractor, text, firm):
    assert firm in mentions(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, firm",
    [
        ("The media company Forbes has published a list of the richest people.", "Forbes"),
        ("The US firm Forbes was sold to an investment group in 2014.", "Forbes"),
        ("The Department announced that the payments company Fairway has agreed to pay a penalty.", "Fairway"),
    ],
)
def test_an_auxiliary_verb_after_a_company_is_no_plural_noun_it_modifies(extractor, text, firm):
    assert firm in mentions(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, name",
    [
        ("According to Rosstat, inflation slowed in March.", "Rosstat"),
        ("Greenpeace reported that the plant leaked.", "Greenpeace"),
    ],
)
def test_a_name_cited_as_a_source_of_news_is_not_called_a_company(extractor, text, name):
    assert name not in mentions(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, name",
    [
        ("John Smith, the newspaper's editor, denied the report.", "John Smith"),
        ("Mary Jones, a newspaper columnist, criticised the law.", "Mary Jones"),
        ("According to Smith, the rules took effect in May.", "Smith"),
        ("According to the Ministry of Communications, the rules took effect in May.", "Ministry of Communications"),
        ("According to Reporters Without Borders, the country ranks low.", "Reporters Without Borders"),
        ('The minister spoke at the "Digital Future" conference in Hanoi.', "Digital Future"),
        ('Protesters chanted "Freedom" daily outside the ministry.', "Freedom"),
        ("Rodriguez, a daily visitor to the ministry, asked for the file.", "Rodriguez"),
    ],
)
def test_no_company_where_the_press_noun_names_a_person_a_body_or_an_event(extractor, text, name):
    assert name not in mentions(extractor, text, "Firm")


def test_the_subject_of_a_new_clause_after_a_comma_is_not_the_name_before_it(extractor):
    text = "In Lagos, the daily reported that the regulator had fined the operator."
    assert mentions(extractor, text, "Firm") == set()


@pytest.mark.parametrize(
    "text, firm",
    [
        (
            "The reform forced the former monopoly Vietnam Posts and Telecommunications Group (VNPT) to change.",
            "Vietnam Posts and Telecommunications Group",
        ),
        ("Channel 4 was followed by Emirates Media Radio and the Arab Media Group.", "Arab Media Group"),
        ("Shareholders of Acme Banking Group approved the merger on Tuesday.", "Acme Banking Group"),
    ],
)
def test_a_group_named_by_its_line_of_business_is_a_company(extractor, text, firm):
    assert firm in mentions(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text",
    [
        "The Article 29 Working Group issued guidance on consent.",
        "The Lima Group condemned the election.",
        "The Media Group of the committee met on Monday.",
        "The European Media Group urged the Commission to act.",
    ],
)
def test_no_company_in_a_committee_a_coalition_or_a_kind_alone_named_group(extractor, text):
    assert mentions(extractor, text, "Firm") == set()
