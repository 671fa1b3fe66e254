"""Round 12, central banks and regulators from `open_regulators.csv` (ROR): a central bank, telecommunications
regulator or cyber-security agency named in a news report, a government release or a cable is an Agency linked to
its Wikidata item, part of its state; a commercial bank that bears a central bank's words, and a state named alone,
are not."""

from __future__ import annotations

import pytest

from tests.support.reference_tables import rows


def mentions(extractor, text: str) -> list:
    return list(extractor.extract("t", "v", text).mentions)


@pytest.mark.parametrize(
    "text, name, qid",
    [
        # news
        (
            "Norges Bank will require banks to report cyber incidents within 24 hours, the central bank said.",
            "Norges Bank",
            "Q970769",
        ),
        (
            "Chile's central bank, the Banco Central de Chile, issued new rules on cloud outsourcing by banks.",
            "Banco Central de Chile",
            "Q2631674",
        ),
        # government release
        (
            "The Bangko Sentral ng Pilipinas issued a circular on data privacy for banks.",
            "Bangko Sentral ng Pilipinas",
            "Q1853468",
        ),
        (
            "The Uganda Communications Commission today directed all operators to register SIM cards.",
            "Uganda Communications Commission",
            "Q2473869",
        ),
        # cable
        (
            "MOSCOW 00123 -- The Bank of Russia has told foreign payment firms to localise card data, contacts said.",
            "Bank of Russia",
            "Q806651",
        ),
        (
            "PRETORIA 0456 -- The South African Reserve Bank published a directive on payment data.",
            "South African Reserve Bank",
            "Q912920",
        ),
    ],
)
def test_a_central_bank_or_regulator_is_an_agency_linked_to_its_item(extractor, text, name, qid):
    found = [m for m in mentions(extractor, text) if m.text == name]
    assert found and found[0].type == "Agency" and found[0].qid == qid, [(m.text, m.type, m.qid) for m in found]


def test_a_central_bank_is_part_of_the_state_the_sentence_names(extractor):
    x = extractor.extract("t", "v", "Chile's central bank, the Banco Central de Chile, issued new rules on cloud use.")
    pairs = {(x.mentions[r.head].text, r.type, x.mentions[r.tail].text) for r in x.relations if r.fact}
    assert ("Banco Central de Chile", "partOf", "Chile") in pairs, pairs


@pytest.mark.parametrize(
    "text",
    [
        "The Central Bank of India opened 40 new branches in Maharashtra last year.",  # a commercial bank
        "Banco do Brasil said it would open a data centre in Sao Paulo.",
        "Russia requires personal data of its citizens to be stored in Russia.",
        "Australia passed a law on data retention in 2015.",
    ],
)
def test_a_commercial_bank_or_a_state_alone_takes_no_central_bank_item(extractor, text):
    regulators = {r["qid"] for r in rows("open_regulators.csv")}
    for m in mentions(extractor, text):
        assert m.qid not in regulators, (m.text, m.type, m.qid)
        if m.text in ("Russia", "Australia"):
            assert m.type == "State"


def test_a_generic_name_links_only_where_the_document_names_its_country_or_none(extractor):
    """Thailand's "National Cyber Security Agency" (ROR): the same words in a report about Nigeria are Nigeria's."""
    own = [m for m in mentions(extractor, "The National Cyber Security Agency issued guidance on encryption.")]
    other = mentions(extractor, "Nigeria's National Cyber Security Agency said banks must report breaches.")
    assert [m.qid for m in own if m.text == "National Cyber Security Agency"] == ["Q138902603"]
    found = [m for m in other if m.text == "National Cyber Security Agency"]
    assert found and found[0].type == "Agency" and found[0].qid is None
