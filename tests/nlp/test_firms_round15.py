"""Round 15 of companies: newspapers and news agencies named by an apposition after the name, by a quoted title
before a kind noun of the press, or cited as the source of news ("according to X", "X reported")."""

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
    ],
)
def test_a_newspaper_named_by_its_kind_noun_after_it_or_after_its_quoted_title(extractor, text, firm):
    assert firm in mentions(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, firm",
    [
        ("According to Interfax, the new deadline applies to all foreign social networks.", "Interfax"),
        ("Bloomberg reported that the Commerce Department will tighten export rules.", "Bloomberg"),
        ("In Xinjiang. Forbes has also reported that five senior leaders left the company.", "Forbes"),
    ],
)
def test_a_name_cited_as_the_source_of_news_is_a_company(extractor, text, firm):
    assert firm in mentions(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, name",
    [
        ("John Smith, the newspaper's editor, denied the report.", "John Smith"),
        ("Mary Jones, a newspaper columnist, criticised the law.", "Mary Jones"),
        ("According to Smith, the rules took effect in May.", "Smith"),
        ("According to the Ministry of Communications, the rules took effect in May.", "Ministry of Communications"),
        ("According to Reporters Without Borders, the country ranks low.", "Reporters Without Borders"),
        ('The minister spoke at the "Digital Future" conference in Hanoi.', "Digital Future"),
    ],
)
def test_no_company_where_the_press_noun_names_a_person_a_body_or_an_event(extractor, text, name):
    assert name not in mentions(extractor, text, "Firm")


def test_the_subject_of_a_new_clause_after_a_comma_is_not_the_name_before_it(extractor):
    text = "In Lagos, the daily reported that the regulator had fined the operator."
    assert mentions(extractor, text, "Firm") == set()
