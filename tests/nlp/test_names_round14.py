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
