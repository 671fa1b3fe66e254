"""Entity rules for text nobody has seen: lines, paragraphs, parentheses, titles and capitals (probe sentences)."""

from __future__ import annotations

import pytest
import spacy

from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.pipeline import add_rule_components
from pipelines.nlp.settings import NlpSettings
from pipelines.nlp.text_rules import clean_span, find_heading_bodies

LEX = load_lexicon()


@pytest.fixture(scope="module")
def rule_nlp():
    return add_rule_components(spacy.blank("en"), NlpSettings())


def found(text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.type) for c in find_heading_bodies(text, LEX)]


def test_a_line_of_capitals_ending_in_a_head_noun_is_a_body():
    text = "Rules and Regulations\nFEDERAL MARITIME COMMISSION\nNATIONAL CREDIT UNION ADMINISTRATION\n12 CFR 9"
    assert found(text) == [
        ("FEDERAL MARITIME COMMISSION", "Agency"),
        ("NATIONAL CREDIT UNION ADMINISTRATION", "Agency"),
    ]
    assert found("Letterhead\nINTERNATIONAL TELECOMMUNICATION COUNCIL\n") == [
        ("INTERNATIONAL TELECOMMUNICATION COUNCIL", "IGO")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "WE WILL BRIEF THE COMMISSION\n",  # a clause in capitals
        "THE NEW COMMISSION\n",  # a determiner: a noun phrase, not a name
        "EUROPEAN DATA PROTECTION AUTHORITIES\n",  # several bodies
        "FEDERAL MARITIME COMMISSION RULES\n",  # no head at the end
        "The Federal Maritime Commission\n",  # not capitals: the run rules read it
        "BUREAU\n",  # one word
    ],
)
def test_other_lines_in_capitals_name_no_body(text):
    assert found(text) == []


def test_no_name_runs_across_a_blank_line():
    text = "PRIVACY\n\nThe Data Retention (Telecommunications) Regulations 2019"
    s, e = clean_span(text, 0, len(text))
    assert text[s:e] == "Data Retention (Telecommunications) Regulations 2019"
    one = "the Data Retention Act\nof 2019"
    assert clean_span(one, 0, len(one)) == (4, len(one))


def test_a_law_title_after_a_heading_paragraph(rule_nlp):
    text = "No. 77\n\nDATA RETENTION\n\nThe Data Retention (Telecommunications) Regulations 2019\n\nMade"
    mentions = rule_nlp(text)._.pg_mentions
    laws = [m.text for m in mentions if m.type == "Law"]
    assert laws == ["Data Retention (Telecommunications) Regulations 2019"]


def test_an_agency_line_in_a_document_header(rule_nlp):
    text = "DEPARTMENT OF LABOR\nFEDERAL MARITIME COMMISSION\n46 CFR Part 5\nThe rule takes effect in May."
    mentions = rule_nlp(text)._.pg_mentions
    assert ("FEDERAL MARITIME COMMISSION", "Agency") in [(m.text, m.type) for m in mentions]


def test_a_company_in_capitals_that_is_also_a_word_is_named_when_the_prose_names_it(rule_nlp):
    import copy

    typer = copy.copy(rule_nlp.get_pipe("pg_entities"))
    typer.common_words = frozenset({"google"})  # WordNet has the verb

    def firms(text: str) -> list[str]:
        return [text[c.start : c.end] for c in typer._firms_in_capitals(text)]

    header = "SUBJECT: GOOGLE UPDATE: CHINA TECH BUSINESS CONCERNS\n"
    assert firms(header + "1. The firm said nothing.") == []  # the word alone: capitals cannot tell
    assert firms(header + "1. Officials said Google would stay.") == ["GOOGLE"]
    maps = "SUBJECT: IMAGES ON GOOGLE EARTH WORRY OFFICIALS\n1. Officials said Google Earth shows bases."
    assert firms(maps) == []  # the prose names the product, not the company


def test_a_parenthesis_that_says_something_defines_no_alias():
    from pipelines.nlp.text_rules import abbreviations_after

    text = "support from Germany (Berlin was reluctant) and from the Data Protection Commission (DPC)."
    assert abbreviations_after(text, text.index(" (Berlin")) == []
    assert [text[a:b] for a, b in abbreviations_after(text, text.index(" (DPC"))] == ["DPC"]
    named = "the Kingdom (Kingdom of Saudi Arabia)"
    assert [named[a:b] for a, b in abbreviations_after(named, len("the Kingdom"))] == ["Kingdom of Saudi Arabia"]


def test_a_name_in_another_language_after_its_label_is_the_same_law(rule_nlp):
    from pipelines.nlp.text_rules import foreign_names_after

    text = "the Data Protection Act (German: Datenschutzgesetz; Italian: Legge sulla protezione dei dati) applies"
    names = [text[a:b] for a, b in foreign_names_after(text, text.index(" (German"), LEX.language_labels)]
    assert names == ["Datenschutzgesetz", "Legge sulla protezione dei dati"]
    assert foreign_names_after("the Act (see Part 2: Scope)", 7, LEX.language_labels) == []  # no language label
    assert foreign_names_after("the Act (2018; amended 2020)", 7, LEX.language_labels) == []
    doc = rule_nlp("The Data Protection Act (rus. Закон о данных) took effect.")
    laws = {m.text: m.entity_id for m in doc._.pg_mentions if m.type == "Law"}
    assert laws["Закон о данных"] == laws["Data Protection Act"]


def test_a_hyphenated_title_is_the_same_title(rule_nlp):
    doc = rule_nlp("We thank Director-General Okonkwo and Vice-President Lindqvist for the visit.")
    people = [m.text for m in doc._.pg_mentions if m.type == "Person"]
    assert people == ["Okonkwo", "Lindqvist"]
    doc = rule_nlp("The Director-General Office reviewed it.")
    assert [m.text for m in doc._.pg_mentions if m.type == "Person"] == []


def _data_types(nlp, text: str) -> list[str]:
    return [m.text for m in nlp(text)._.pg_mentions if m.type == "DataType"]


def test_the_examples_of_a_data_type_are_data_types():
    from pipelines.nlp.pipeline import load_nlp

    nlp = load_nlp(NlpSettings())  # the examples are read on the parse
    found = _data_types(nlp, "The broker resells private communications, including faxes or voicemails.")
    assert found == ["private communications", "faxes", "voicemails"]
    found = _data_types(nlp, "Vendors keep customer data such as shoe sizes and delivery and billing addresses.")
    assert found == ["customer data", "shoe sizes", "delivery and billing addresses"]
    # a list stops at the first item that is no bare noun phrase; a mass noun is no example of data
    found = _data_types(nlp, "Police may demand traffic data, including the text of letters and faxes.")
    assert found == ["traffic data"]
    assert "teaching" not in _data_types(nlp, "Universities may use personal data, including teaching.")


def test_a_name_in_capitals_with_a_title_in_apposition_is_a_person():
    from pipelines.nlp.text_rules import find_caps_appositions

    common = frozenset({"norwegian", "met", "with"})

    def people(text: str) -> list[str]:
        return [text[c.start : c.end] for c in find_caps_appositions(text, LEX, common)]

    assert people("2. EMBOFF MET WITH HALVORSEN (NORWAY), DIRECTOR, OF THE FUND.") == ["HALVORSEN"]
    assert people("3. THE NORWEGIAN HALVORSEN, AS CONFERENCE CHAIRMAN, SPOKE.") == ["HALVORSEN"]
    assert people("4. THE CONFERENCE CHAIRMAN, ODD HALVORSEN OF NORWAY, SPOKE.") == ["ODD HALVORSEN"]
    assert people("5. WE MET THE MINISTER, DIRECTOR GENERAL OF THE FUND.") == []  # a title is no name
    assert people("6. Embassy met Halvorsen (Norway), director of the fund.") == []  # mixed case: other rules


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Talks stalled after President Bashar al-Assad spoke.", "Bashar al-Assad"),
        ("Minister Salah ad-Din Yusuf signed it.", "Salah ad-Din Yusuf"),
    ],
)
def test_an_arabic_article_joined_by_a_hyphen_is_part_of_the_name(rule_nlp, text, person):
    assert person in [m.text for m in rule_nlp(text)._.pg_mentions if m.type == "Person"]


def test_a_lower_case_word_joined_by_a_hyphen_is_no_name(rule_nlp):
    doc = rule_nlp("The Commission re-Examined well-known cases.")
    assert [m.text for m in doc._.pg_mentions if m.type == "Person"] == []


def test_data_judged_by_a_graded_modifier_is_no_data_type():
    from pipelines.nlp.pipeline import load_nlp

    nlp = load_nlp(NlpSettings())
    assert _data_types(nlp, "The ministry warned that the maps hold potentially harmful information.") == []
    assert _data_types(nlp, "The ministry collects personally identifiable information.") == [
        "personally identifiable information"
    ]
    assert _data_types(nlp, "The ministry keeps tax data.") == ["tax data"]


def test_a_capital_acting_as_its_government_is_the_state_whatever_label_the_model_gives():
    from pipelines.nlp.pipeline import load_nlp

    nlp = load_nlp(NlpSettings())
    doc = nlp("Engineers said hackers could exploit the cars. Washington opened a similar review of drones in May.")
    assert [(m.text, m.entity_id) for m in doc._.pg_mentions if m.type == "State"] == [("Washington", "state/US")]
    doc = nlp("The firm opened an office in Washington last year.")
    assert [m for m in doc._.pg_mentions if m.type == "State"] == []  # the city


def test_a_quoted_name_a_naming_verb_gives_the_next_law_is_its_name():
    from pipelines.nlp.text_rules import find_quoted_law_titles

    def laws(text: str) -> list[str]:
        return [text[c.start : c.end] for c in find_quoted_law_titles(text)]

    assert laws('Dubbed "Net Shield 3," the draft bill widens police powers.') == ["Net Shield 3"]
    assert laws('Nicknamed "Big Ear", this law passed in May.') == ["Big Ear"]
    assert laws('Critics dubbed "Big Ear" a failure, and the bill passed.') == []  # no law right after


def test_a_list_with_a_company_lists_companies(rule_nlp):
    from pipelines.nlp.components import EntityTyper
    from pipelines.nlp.rules import Cand

    doc = rule_nlp("Riders compared Uber, or Zoomcar, on price.")
    assert ("Zoomcar", "Firm") in [(m.text, m.type) for m in doc._.pg_mentions]
    person = Cand(10, 14, "Person", "ner")
    assert EntityTyper._person_in_firm_list([person], 10, 14) and person.type == "Firm"
    titled = Cand(10, 14, "Person", "title")  # "Mr. Daum": a person named by title stays one
    assert not EntityTyper._person_in_firm_list([titled], 10, 14) and titled.type == "Person"


def test_an_unknown_name_right_before_a_company_in_a_list_is_a_company(rule_nlp):
    doc = rule_nlp("Photos are on the Ministry’s Zoomcar and Instagram pages. They met Palo Alto and Instagram.")
    firms = [m.text for m in doc._.pg_mentions if m.type == "Firm"]
    assert "Zoomcar" in firms and "Alto" not in firms


def test_a_prefixed_name_is_an_adjective_not_a_mention(rule_nlp):
    doc = rule_nlp("The EU reviewed non-EU carriers and intra-EU transfers. The Anti-Corruption Agency met.")
    found = [(m.text, m.type) for m in doc._.pg_mentions]
    assert [t for t, _ in found].count("EU") == 1
    assert ("Anti-Corruption Agency", "Agency") in found  # a capitalised prefix is part of a name
