"""Round 18 of companies and persons (probe text of our own: statutes' tables of contents, encyclopedia infoboxes,
news, releases and cables).

Words right before a bare number are no person's name: English numbers a part of a document ("Schedule 13"), a
house on a street ("Godesberger Allee 185") or a product's version ("Office 365"), never a person (a telephone number
after a contact's name is no such number). "Sheikh" is written as a word of the name it stands before ("Sheikh
Hasina"), unlike other titles. A document that calls a name a company's means that company when it writes the name
again bare, where the statistical model guessed a person, unless the document names a person with that surname, and
where a possessor was typed a body for want of anything better ("ONA's Board of Directors"). A possessive apposition
("Morocco's largest conglomerate") calls a company the abbreviation right before it ("Omnium nord-africain (ONA),")
and the name it precedes with "the" ("..., the palace-controlled ONA,")."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Part 5 The Information Commissioner\nPart 6 Enforcement\nSchedule 12 The Information Commissioner\n"
            "Schedule 13 Other General Functions of the Commissioner\nSchedule 14 Co-operation and Mutual Assistance",
            "Schedule",
        ),
        (
            "The Federal Office for Information Security has its headquarters in Bonn, Godesberger Allee 185–189.",
            "Godesberger Allee",
        ),
        ("Address\n- Headquarters: Eskişehir Yolu 10.Km No:276 Çankaya, Ankara, Turkey", "Eskişehir Yolu"),
    ],
)
def test_words_before_a_number_are_no_person(extractor, text, words):
    assert words not in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, person",
    [
        ("For more information contact Maria Lopez 202-224-5521 or visit the website.", "Maria Lopez"),
        (
            "Users of Microsoft Office 365 must store their files locally, said Deputy Minister Robert Hay.",
            "Robert Hay",
        ),
    ],
)
def test_a_person_before_a_telephone_number_or_away_from_a_number_stays_a_person(extractor, text, person):
    assert person in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, person",
    [
        ("Prime Minister Sheikh Hasina resigned in August after weeks of protests.", "Sheikh Hasina"),
        (
            "The Amir, Sheikh Nawaf al-Ahmad al-Sabah, ratified the data protection law on Monday.",
            "Sheikh Nawaf al-Ahmad al-Sabah",
        ),
        (
            "3. (SBU) Econoff met Sheikh Mohammed bin Rashid Al Maktoum, who said the data law would pass.",
            "Sheikh Mohammed bin Rashid Al Maktoum",
        ),
    ],
)
def test_sheikh_is_a_word_of_the_name(extractor, text, person):
    people = of_type(extractor, text, "Person")
    assert person in people
    assert person.removeprefix("Sheikh ") not in people


@pytest.mark.parametrize(
    "text, person, not_person",
    [
        ("The Sheikh said the data would stay in Qatar.", None, "Sheikh"),
        ("Prime Minister Narendra Modi said the data would stay in India.", "Narendra Modi", "Prime Minister"),
    ],
)
def test_sheikh_alone_and_other_titles_are_no_part_of_a_name(extractor, text, person, not_person):
    people = of_type(extractor, text, "Person")
    assert not any(not_person in p for p in people)
    assert person is None or person in people


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Zentrix, a cloud provider based in Lagos, said it would comply. Zentrix has moved its servers.", "Zentrix"),
        (
            "¶2. (SBU) The conglomerate dismissed its CEO for mismanaging Wana, the company's telecommunications "
            "subsidiary. Board members took issue with the plan. While Wana is only the third largest "
            "telecommunications provider in Morocco, it has room to grow.",
            "Wana",
        ),
    ],
)
def test_a_name_the_document_calls_a_company_is_that_company_again(extractor, text, firm):
    assert firm in of_type(extractor, text, "Firm")
    assert firm not in of_type(extractor, text, "Person")


def test_a_bare_surname_of_a_person_named_in_full_stays_the_person(extractor):
    text = (
        "Zentrix, a cloud provider based in Lagos, said it would comply. Its founder, Amaka Zentrix, told reporters "
        "that she had moved the servers. Zentrix said she was proud of her staff."
    )
    assert {"Amaka Zentrix", "Zentrix"} <= of_type(extractor, text, "Person")
    assert "Zentrix" in of_type(extractor, text, "Firm")


def test_a_person_no_company_shares_a_name_with_stays_a_person(extractor):
    text = "Kagame, the president of Rwanda, said the data would stay in Kigali."
    assert "Kagame" in of_type(extractor, text, "Person")
    assert not of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, firms",
    [
        (
            "¶2. (U) Omnium nord-africain (ONA), Morocco’s largest conglomerate, announced on April 11 that it had "
            "dismissed its CEO. According to ONA’s Board of Directors, the company decided to fire him. ONA "
            "reported that profits fell.",
            {"ONA"},
        ),
        ("Summary: Morocco’s largest conglomerate, the palace-controlled ONA, dismissed its CEO on April 11.", {"ONA"}),
        (
            "LAGOS (Reuters) - Globacom (Glo), Nigeria's second-largest mobile operator, said on Monday it would "
            "store subscriber data locally.",
            {"Globacom", "Glo"},
        ),
        (
            "Lusaka - Zambia's largest mining company, the state-controlled ZCCM, said it would move its records "
            "to a local data centre.",
            {"ZCCM"},
        ),
    ],
)
def test_a_possessive_apposition_after_an_abbreviation_or_before_the_name_calls_it_a_company(extractor, text, firms):
    assert firms <= of_type(extractor, text, "Firm")
    assert not firms & of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "The country's main regulator, the Communications Authority, said the rules would apply.",
        "Nigeria's telecoms regulator, the NCC, said the rules would apply to every operator.",
        "Acme (AC), Kenya's operator of last resort, said it would comply.",
    ],
)
def test_an_apposition_of_no_company_noun_or_a_body_makes_no_company(extractor, text):
    assert not of_type(extractor, text, "Firm")
