"""Round 22 of firms and persons (probe text of our own: news, wire copy, encyclopedia pages, cables, press releases).

English may name the thing a noun phrase of a business's kind describes by setting the name after a comma ("the
national telephone company, ONATEL,", "an online news outlet, Peoples’ Gazette based in Abuja"): the name is a
company's when the apposition closes after it. A name that starts a clause of its own, a title, a state, a
nationality, a word with a lower-case part after its hyphen ("Hong Kong-based") or a state's bank is none.

A given name and a double-barrelled surname ("Terje Roed-Larsen", "Ursula Owusu-Ekuful") name a person where the
model reads them as an organisation or a building; a name with an English word, a foreign body's head noun or a
known state in it ("Agence France-Presse", "Air France-KLM", "Green Dam-Youth Escort") is none."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("It sold a 51 percent stake in the national telephone company, ONATEL, to a foreign investor.", "ONATEL"),
        (
            "Access to the website of an online news outlet, Peoples’ Gazette based in Abuja, was blocked.",
            "Peoples’ Gazette",
        ),
        ("Prices rose after the Kenyan mobile operator, SAFCOM, raised its tariffs.", "SAFCOM"),
        ("The deal was struck with the investment bank, Lazard Frères, last year.", "Lazard Frères"),
    ],
)
def test_a_name_after_a_comma_and_a_noun_phrase_of_a_business_kind_is_a_firm(extractor, text, firm):
    assert firm in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    ("text", "not_firm"),
    [
        ("The deal was struck with the central bank, BCEAO, last year.", "BCEAO"),
        ("In a letter to the company, Senator Markey asked for answers.", "Markey"),
        (
            "The request went to its international service carrier, Hong Kong-based PCCW Ltd.",
            "Hong Kong-based PCCW Ltd",
        ),
        ("After talks with the company, China agreed to lift the ban.", "China"),
        ("In an interview with the newspaper, French officials said the law would pass.", "French"),
        ("According to the company, Monday was the deadline.", "Monday"),
    ],
)
def test_no_firm_after_a_comma_for_a_state_bank_title_state_nationality_or_day(extractor, text, not_firm):
    assert not_firm not in of_type(extractor, text, "Firm")


def test_a_name_after_the_comma_that_starts_a_clause_is_not_read_as_the_apposition():
    from pipelines.nlp.lexicon import load_lexicon
    from pipelines.nlp.text_rules.comma_kind_firms import find_comma_kind_firms

    lex = load_lexicon()
    text = "Under its deal with the operator, Acme Networks will build the towers."
    assert find_comma_kind_firms(text, lex, lambda _: False, frozenset()) == []
    text = "Under its deal with the operator, Acme Networks, the towers will be built."
    assert [text[c.start : c.end] for c in find_comma_kind_firms(text, lex, lambda _: False, frozenset())] == [
        "Acme Networks"
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("He briefed Terje Roed-Larsen of the UN on the talks.", "Terje Roed-Larsen"),
        ("Ursula Owusu-Ekuful, Minister of Communications of Ghana, spoke at the summit.", "Ursula Owusu-Ekuful"),
        ("Delegates from the Broadband commission included Amani Abou-Zeid and Paul Kagame.", "Amani Abou-Zeid"),
    ],
)
def test_a_given_name_and_a_double_barrelled_surname_name_a_person(extractor, text, person):
    assert person in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to Agence France-Presse, the unit was formed in 2011.", "Agence France-Presse"),
        ("Shares of Air France-KLM fell after the strike.", "Air France-KLM"),
        ("The software Green Dam-Youth Escort was required on every PC.", "Green Dam-Youth Escort"),
        ("The region of Castilla-La Mancha adopted a plan.", "Castilla-La Mancha"),
    ],
)
def test_no_person_for_a_hyphenated_name_with_an_english_word_a_body_noun_or_a_state(extractor, text, name):
    assert name not in of_type(extractor, text, "Person")
