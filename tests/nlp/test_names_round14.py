"""Names, round 14: proper names of other languages inside English text, and people named by a document's layout.

A name in Spanish, Portuguese or French opens with its head noun ("Ley", "Câmara") wherever it stands, also right
after an English name or a possessive ("Guatemala's Ley de Orden Público", "the Brazilian Congress Câmara dos
Deputados"); the capitalised words before the head are no part of it."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type


@pytest.mark.parametrize(
    "text, name, type_",
    [
        ("Guatemala's Ley de Orden Público allows the government to suspend freedoms.", "Ley de Orden Público", "Law"),
        (
            "The Ley de Emisión del Pensamiento (Law on Expression of Thought) prohibits libel.",
            "Ley de Emisión del Pensamiento",
            "Law",
        ),
        (
            "Mexico's Ley Federal de Telecomunicaciones y Radiodifusión requires carriers to keep call records.",
            "Ley Federal de Telecomunicaciones y Radiodifusión",
            "Law",
        ),
        (
            "The embassy reported that the Chilean Congress Cámara de Diputados approved the bill on Tuesday.",
            "Cámara de Diputados",
            "Agency",
        ),
        (
            "The bill was approved by the Brazilian Congress Câmara dos Deputados on March 25, 2014.",
            "Câmara dos Deputados",
            "Agency",
        ),
    ],
)
def test_a_foreign_head_noun_opens_a_name_after_other_capitals(extractor, text, name, type_):
    assert name in of_type(extractor, text, type_)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The Commission said the Ministry of Justice would respond before June.", "Commission said"),
        ("The embassy said the Senate Office de la Presse was closed.", "Senate Office"),
        ("The decree came after France's Loi pour une République numérique entered into force.", "Loi pour une"),
    ],
)
def test_english_names_and_names_without_joining_words_are_untouched(extractor, text, absent):
    assert not any(t.startswith(absent) for _, t in mentions(extractor, text))


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "FOR FURTHER INFORMATION CONTACT:\n\nMason Shefa, Competition Policy Division, Wireline Competition "
            "Bureau, at (202) 418-2494.",
            "Mason Shefa",
        ),
        (
            "For jurisdiction-specific questions, please contact: Courtney Smothers, Deputy Assistant U.S. Trade "
            "Representative for Latin America at (202) 395-7657.",
            "Courtney Smothers",
        ),
        ("FOR FURTHER INFORMATION CONTACT:\n\nSummer Fields, Enforcement Bureau, (202) 418-7450.", "Summer Fields"),
    ],
)
def test_the_name_after_contact_is_a_person_also_on_the_next_line(extractor, text, name):
    assert name in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text",
    [
        "FOR FURTHER INFORMATION CONTACT:\n\nPolicy Division, Wireline Competition Bureau, (202) 418-1580.",
        "Please contact: Office of General Counsel, (202) 418-0000.",
    ],
)
def test_a_body_after_contact_is_no_person(extractor, text):
    assert of_type(extractor, text, "Person") == set()


@pytest.mark.parametrize(
    "text, name, type_",
    [
        (
            "The National Defence Radio Establishment (Swedish: Försvarets radioanstalt, FRA) is a Swedish agency.",
            "Försvarets radioanstalt",
            "Agency",
        ),
        (
            "Sweden's data regulator, Integritetsskyddsmyndigheten, fined the retailer on Tuesday.",
            "Integritetsskyddsmyndigheten",
            "Agency",
        ),
        ("The Swedish Tax Agency (Skatteverket) said it would stop using the cloud service.", "Skatteverket", "Agency"),
        (
            "Embassy contacts at Finansinspektionen said banks must report outsourcing to cloud providers.",
            "Finansinspektionen",
            "Agency",
        ),
        (
            "The Bundesamt für Sicherheit in der Informationstechnik warned against the software, officials said.",
            "Bundesamt für Sicherheit in der Informationstechnik",
            "Agency",
        ),
        ("Germany's Bundesdatenschutzgesetz supplements the GDPR.", "Bundesdatenschutzgesetz", "Law"),
    ],
)
def test_german_and_swedish_names_keep_their_words_and_type(extractor, text, name, type_):
    assert name in of_type(extractor, text, type_)


@pytest.mark.parametrize(
    "text",
    [
        "The Democrat in Congress said the Senate would vote.",
        "Americans work hard, said the network.",
        "Tom Landers of the Bundes Group said the Andersons planned to sell.",
    ],
)
def test_english_words_make_no_german_or_swedish_name(extractor, text):
    assert not any(t.startswith(("Democrat", "Americans", "Andersons", "Bundes")) for _, t in mentions(extractor, text))


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Sonatel, Senegal's main telecommunications operator, was privatized in 1997.", "Sonatel"),
        ("Ooredoo, Qatar's largest mobile operator, raised prices on Monday.", "Ooredoo"),
        (
            "Embassy contacts at Telenor, Norway's state-controlled telecom company, said the license was renewed.",
            "Telenor",
        ),
        ("Safaricom, Kenya's leading mobile network operator, will localize customer data.", "Safaricom"),
    ],
)
def test_an_apposition_opened_by_a_possessive_calls_a_name_a_company(extractor, text, firm):
    assert firm in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text",
    [
        "Paris, France's capital, hosted the talks. Lagos, Nigeria's largest city, grew quickly.",
        "Jane Roe, Acme's chief executive, said the company would comply.",
        "The minister met Orange, France's largest operator of fixed lines, in May.",
    ],
)
def test_a_possessive_apposition_without_a_company_noun_closing_it_names_no_company(extractor, text):
    assert of_type(extractor, text, "Firm") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Sonatel was privatized in 1997 with France Télécom as the strategic partner.",
        "Orange, formerly France Télécom, bought the stake.",
    ],
)
def test_a_state_and_its_business_noun_with_accents_name_a_company(extractor, text):
    assert "France Télécom" in of_type(extractor, text, "Firm")
    assert "France" not in of_type(extractor, text, "State")


@pytest.mark.parametrize(
    "text, name, type_",
    [
        (
            "Officials of the Secretaria da Receita Federal said the rule applies.",
            "Secretaria da Receita Federal",
            "Agency",
        ),
        (
            "Embassy contacts at the Ministério da Justiça said the request was denied.",
            "Ministério da Justiça",
            "Agency",
        ),
        ("The Lei da Liberdade Econômica took effect in 2019, the ministry said.", "Lei da Liberdade Econômica", "Law"),
        (
            "The Censorship Bill (Portuguese: PL da Censura) is pending in the National Congress.",
            "PL da Censura",
            "Law",
        ),
        (
            "Brazilian lawmakers debated the PL da Inteligência Artificial on Tuesday, the embassy reported.",
            "PL da Inteligência Artificial",
            "Law",
        ),
    ],
)
def test_portuguese_da_joins_a_name_and_pl_heads_a_bill(extractor, text, name, type_):
    assert name in of_type(extractor, text, type_)


def test_da_in_a_persons_name_makes_no_body_or_law(extractor):
    found = mentions(extractor, "The painting by Leonardo da Vinci was cited, and Mr. PL Dasgupta met the team.")
    assert not any(ty in ("Agency", "Law") for ty, _ in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("He stressed the need to investigate. VP Santos had already reached the same conclusions.", "Santos"),
        ("The Ambassador met VP Santos on Monday.", "Santos"),
        ("VP Harris announced the initiative in Accra on Tuesday.", "Harris"),
    ],
)
def test_vp_is_a_title_before_a_name_and_no_word_of_it(extractor, text, name):
    people = of_type(extractor, text, "Person")
    assert name in people
    assert "VP " + name not in people


def test_vp_without_a_name_names_no_person(extractor):
    assert of_type(extractor, "The VP said the plan was ready. The company VP of Engineering quit.", "Person") == set()


@pytest.mark.parametrize(
    "text, name",
    [
        ("SUBJECT: FOREIGN MINISTER LAVROV DISCUSSES DATA LAW WITH AMBASSADOR", "LAVROV"),
        ("Secretary Blinken Discusses Data Flows With EU Counterparts", "Blinken"),
    ],
)
def test_a_headline_verb_discuss_ends_the_name_before_it(extractor, text, name):
    people = of_type(extractor, text, "Person")
    assert name in people
    assert not any("DISCUSS" in p.upper() for p in people)


def test_a_subject_line_verb_after_a_titled_surname_makes_no_name(extractor):
    text = "SUBJECT: AMBASSADOR AND VP SANTOS DISCUSS RESPONSE TO DAS"
    assert not any("DISCUSS" in p for p in of_type(extractor, text, "Person"))
