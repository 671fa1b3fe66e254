"""Persons, firms and states, round 13: company names with a two-part legal form or a subsidiary's place, a state's
name before a noun of a line of business, and capitalised words that are no person's name (a portfolio word, a
publication noun, a particle, the start of a longer name, the month of a date)."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type

# --- companies: "Co., Ltd." and "(Place) Ltd." --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, firm",
    [
        (
            "The Commerce Department added Shenzhen Huayu Network Co., Ltd. to the Entity List on Tuesday.",
            "Shenzhen Huayu Network Co., Ltd.",
        ),
        (
            "The embassy reported that Acme Cloud (Singapore) Pte. Ltd. stores customer records in Singapore.",
            "Acme Cloud (Singapore) Pte. Ltd.",
        ),
        (
            "Regulators fined Northwind Data Holdings (UK) Limited for transferring personal data abroad.",
            "Northwind Data Holdings (UK) Limited",
        ),
        ("Its subsidiary Lumen (Hong Kong) Ltd. holds the licence.", "Lumen (Hong Kong) Ltd."),
    ],
)
def test_a_compound_legal_form_is_part_of_the_company_name(extractor, text, firm):
    found = mentions(extractor, text)
    assert ("Firm", firm) in found
    assert not any(t == "Firm" and x in ("Hong Kong", "UK", "Singapore") and x != firm for t, x in found)


@pytest.mark.parametrize(
    "text",
    ["He moved from Hong Kong (China) to London in 2019.", "The meeting (in Hong Kong) ended early."],
)
def test_a_place_in_parentheses_without_a_legal_form_makes_no_company(extractor, text):
    assert of_type(extractor, text, "Firm") == set()


# --- a state's name and a noun of a line of business ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, firms",
    [
        ("In 2011, China Mobile applied for a Section 214 license to the FCC.", {"China Mobile"}),
        ("The FCC also revoked the authority of China Telecom to operate in the United States.", {"China Telecom"}),
        (
            "Japan Airlines and Kenya Airways agreed to share passenger records with Singapore Telecommunications.",
            {"Japan Airlines", "Kenya Airways", "Singapore Telecommunications"},
        ),
    ],
)
def test_a_state_name_before_a_business_noun_is_a_company(extractor, text, firms):
    found = mentions(extractor, text)
    assert firms <= {x for t, x in found if t == "Firm"}
    assert not any(t == "State" and any(x in f for f in firms) for t, x in found if x not in ("United States",))


@pytest.mark.parametrize(
    "text, state",
    [
        ("China’s mobile market is the largest in the world.", "China"),
        ("In China mobile payments have grown quickly since 2015.", "China"),
        ("The China Telecommunications Regulations require operators to keep user data in China.", "China"),
        ("The third annual Iraq Telecom conference illustrated the risks of the new policy.", "Iraq"),
    ],
)
def test_a_state_before_lower_case_words_or_a_law_stays_a_state(extractor, text, state):
    found = mentions(extractor, text)
    assert ("State", state) in found
    assert not any(t == "Firm" for t, _ in found)


# --- what is no person's name ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, not_person",
    [
        (
            "Treasury Designates Iran’s Minister of Information and Communications Technology in View of the Regime",
            "Technology",
        ),
        ("The Minister of Industry and Trade said the decree takes effect in July.", "Trade"),
        ("In the Human Resources Director Magazine, Matt Lee writes that employees may request data.", "Magazine"),
        ("It was dubbed the Fake News Bill (Portuguese : PL das Fake News) by the press.", "Fake News"),
        ("Founder and CEO of Common Sense Media Jim Stayer spoke at the event.", "Common Sense"),
        ("A grant from the Bill Gates Foundation paid for the study.", "Bill Gates"),
        ("The law was drafted at the Fundação Getúlio Vargas, directed by professor Ronaldo Lemos.", "Getúlio Vargas"),
        ("After the victory in May 2015, the minister vowed to reintroduce the bill.", "May"),
        ("The cable, dated 5 May 1974, reports that the minister met the ambassador.", "May"),
    ],
)
def test_capitalised_words_that_name_no_person(extractor, text, not_person):
    persons = of_type(extractor, text, "Person")
    assert not any(not_person in p for p in persons), persons


@pytest.mark.parametrize(
    "text, person",
    [
        ("The Minister of Science and Technology Jane Okafor announced the rule in May 2024.", "Jane Okafor"),
        ("Founder and CEO of Common Sense Media Jim Stayer spoke at the event.", "Jim Stayer"),
        ("The law was drafted at the Fundação Getúlio Vargas, directed by professor Ronaldo Lemos.", "Ronaldo Lemos"),
        ("Sources said Maria das Dores Silva attended the meeting.", "Maria das Dores Silva"),
        ("Prime Minister Theresa May met the delegation in May 2016.", "Theresa May"),
    ],
)
def test_the_names_beside_them_stay_persons(extractor, text, person):
    assert person in of_type(extractor, text, "Person")


def test_the_month_after_a_person_named_may_is_no_repeat_of_her_name(extractor):
    text = "Prime Minister Theresa May met the delegation in May 2016. Later, May said the bill would pass."
    found = extractor.extract("t", "v", text).mentions
    persons = [(m.start, m.text) for m in found if m.type == "Person"]
    assert (text.index("May 2016"), "May") not in persons
    assert (text.index("May said"), "May") in persons


# --- a series named by a shared first word --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, member",
    [
        ("Other projects include Golden Auditing, Golden Security, Golden Credit and Golden Discipline.", "Golden"),
        ("The ministry's programmes, Sky Net, Sky Eye and Sky Shield, collect facial images of travellers.", "Sky"),
        ("Samsung said the Galaxy Note, Galaxy Tab and Galaxy Watch would keep user data in Korea.", "Galaxy"),
    ],
)
def test_members_of_a_series_are_no_persons(extractor, text, member):
    assert not any(p.startswith(member) for p in of_type(extractor, text, "Person"))


@pytest.mark.parametrize(
    "text, people",
    [
        ("President Biden met Jane Smith, Tom Brown and Maria Lopez at the White House.", {"Jane Smith", "Tom Brown"}),
        ("The ministers Ed Miliband and David Miliband both supported the bill.", {"Ed Miliband", "David Miliband"}),
    ],
)
def test_people_listed_together_stay_persons(extractor, text, people):
    assert people <= of_type(extractor, text, "Person")


# --- the holder after a title: not a portfolio word, not a headline's noun phrase ----------------------------------


@pytest.mark.parametrize(
    "text, not_person",
    [
        ("Pakistan's Minister of Information Technology, Amin Ul Haque, said the rules protect data.", "Technology"),
        ("The embassy learned the Minister of Information Technology in Islamabad approved the rules.", "Technology"),
        (
            "Treasury Sanctions Iran’s Minister of Communications and Information Technology Over Internet Shutdowns",
            "Internet Shutdowns",
        ),
        ("Embassy Notes Deputy Minister at Ministry of Posts and Telecoms on Server Outages", "Server Outages"),
        ("FTC Sues Former Director at Acme Analytics Over Location Leaks", "Location Leaks"),
        ("Writing in the Compliance Director Magazine, analysts warned that the rule was vague.", "Magazine"),
    ],
)
def test_no_holder_named_by_a_portfolio_word_or_a_headline_phrase(extractor, text, not_person):
    assert not_person not in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, person",
    [
        ("Pakistan's Minister of Information Technology, Amin Ul Haque, said the rules protect data.", "Amin Ul Haque"),
        ("The Executive Director at Fairplay Josh Golin, said the rule would protect children.", "Josh Golin"),
        ("Foreign Minister Grace Banks and Ambassador Tom Peters discussed the data rules.", "Grace Banks"),
    ],
)
def test_holders_after_titles_stay_persons(extractor, text, person):
    assert person in of_type(extractor, text, "Person")


def test_more_state_named_firms_and_series(extractor):
    text = "Post contacts at Pakistan Telecommunications said the ministry ordered them to store call records locally."
    assert "Pakistan Telecommunications" in of_type(extractor, text, "Firm")
    text = "The consulate noted that the Tianwang Eye, Tianwang Shield and Tianwang Net systems share camera data."
    assert not any(p.startswith("Tianwang") for p in of_type(extractor, text, "Person"))


# --- a state's formal style and its initials ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, initials",
    [
        ("The Republic of Kazakhstan adopted a data law. The RK Law “On Informatisation” supplements it.", "RK"),
        ("The Republic of Belarus tightened its rules; under the RB Law operators must register.", "RB"),
        ("The embassy reported that the Republic of Uzbekistan requires local storage; RU officials agreed.", "RU"),
    ],
)
def test_the_initials_of_a_formal_style_name_the_state(extractor, text, initials):
    found = mentions(extractor, text)
    assert ("State", initials) in found
    assert not any(t == "Law" and x.startswith(initials) for t, x in found)


def test_initials_without_the_formal_style_name_no_state(extractor):
    text = "Kazakhstan adopted a data law. RK officials and the RU team met in Almaty."
    states = of_type(extractor, text, "State")
    assert "RK" not in states and "RU" not in states


@pytest.mark.parametrize(
    "text, month",
    [
        ("Ambassador Smith called on Home Secretary Theresa May on 5 May; May said the bill would return.", "5 May"),
        ("The release said Prime Minister Theresa May will visit Washington on May 12, 2017.", "May 12"),
    ],
)
def test_a_month_with_a_day_is_no_repeat_of_a_surname(extractor, text, month):
    found = extractor.extract("t", "v", text).mentions
    start = text.index(month) + month.index("May")
    assert not any(m.type == "Person" and m.start == start for m in found)


@pytest.mark.parametrize(
    "text, not_person",
    [
        ("The Minister of Communications Technology, Dr. Ali Hassan, told the press the rules stand.", "Technology"),
        ("The Security Director Newsletter reported that the ministry would audit cloud providers.", "Newsletter"),
        ("The IT Director Magazine said the data localization rule would raise costs.", "Magazine"),
        ("The bill, nicknamed PL das Redes Sociais by critics, was shelved in 2023.", "Redes Sociais"),
        ("Opponents called it the Projeto das Plataformas Digitais (PL das Big Techs) in the Senate.", "Big Techs"),
    ],
)
def test_more_words_after_a_title_that_name_no_holder(extractor, text, not_person):
    assert not_person not in of_type(extractor, text, "Person")
