"""Headings, law subtitles and headlines: capitals that English puts on every word of a title say nothing about
names (probe texts of our own). A heading's ordinary words are no person, company or body; a noun phrase of ordinary
words in capitals (a law's subtitle, the kind of providers) is no company; a headline's predicate is no part of the
law's name it ends in. Counter-examples keep their names: people, laws and bodies named in headings, and companies
with ordinary words in their names that the tables know or a legal form ends."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions


def texts(extractor, text: str) -> set[str]:
    return {t for _, t in mentions(extractor, text)}


@pytest.mark.parametrize(
    "text, junk",
    [
        (
            "In a world of data, the control of personal data has become a priority for states everywhere.\n\n"
            "Historical Context and Regulatory Background\n\n"
            "The genesis of the law can be traced back to a wider trend.",
            "Regulatory Background",
        ),
        (
            "This guide covers the framework as it stands in 2026. Quick Answer: What Are Brazil's Privacy Rules?\n"
            "Brazil's regime rests on three pillars.",
            "Quick Answer",
        ),
        (
            "Cross-Border Data Transfers under the PDP Act, 2022: Government's Power to Whitelist and Blacklist "
            "Jurisdictions\n\nExecutive Summary\n\nThe act lets the government name countries.",
            "Whitelist",
        ),
        (
            "GR 71 now requires both operators to register with MOCI.\nData Center\n"
            "The Previous Regulation required public operators to locate their data in Indonesia.",
            "Data Center",
        ),
        (
            "Registration and Data Center on Electronic Systems under the New Regulation - Government Regulation "
            "No. 71/2019\n\nThe previous regulation was revoked.",
            "Data Center",
        ),
    ],
)
def test_a_headings_ordinary_words_are_no_name(extractor, text, junk):
    assert not any(junk in t for t in texts(extractor, text))


@pytest.mark.parametrize(
    "text, junk",
    [
        ("The directions are applicable to all Mobile Wallet providers licensed by the central bank.", "Mobile Wallet"),
        (
            "Federal Law No. 99-FZ On Amendments to Certain Legislative Acts of the Russian Federation as to the "
            "Clarification of the Storage of Personal Data in Information and Telecommunications Networks took "
            "effect in 2016.",
            "Clarification",
        ),
        (
            "The law, On Amendments to Certain Legislative Acts with regard to the Clarification of the Procedure for "
            "the Processing of Personal Data in Data Telecommunications Networks, took effect on September 1, 2016.",
            "Clarification",
        ),
        (
            "Article 17 in the 2012 draft of GR 82 on Operation of Electronic Systems and Transactions requires "
            "operators to keep servers in Indonesia.",
            "Operation of Electronic Systems",
        ),
    ],
)
def test_ordinary_words_in_capitals_are_no_company(extractor, text, junk):
    assert not any(ty == "Firm" and junk in t for ty, t in mentions(extractor, text))


@pytest.mark.parametrize(
    "text, law, junk",
    [
        (
            "Higher Penalties For Breaches Of Kenyan Data Protection Act\n\nParliament has raised the fines "
            "for breaches of the Kenyan Data Protection Act.",
            "Kenyan Data Protection Act",
            "Higher Penalties",
        ),
        (
            "Amendments Proposed to Brazilian General Data Protection Law\n\nLawmakers in Brazil want to change "
            "how the law treats transfers abroad.",
            "General Data Protection Law",
            "Amendments Proposed",
        ),
    ],
)
def test_a_headlines_predicate_is_no_part_of_the_law_it_ends_in(extractor, text, law, junk):
    found = mentions(extractor, text)
    assert ("Law", law) in found
    assert not any(junk in t for t in texts(extractor, text))


@pytest.mark.parametrize(
    "text, kept",
    [
        # a person's name of ordinary words, in a heading and in the body
        ("Mark Warner\n\nSenator Mark Warner said the bill protects American users.", ("Person", "Mark Warner")),
        # a peer named alone on a speaker's line
        ("Earl Howe\n\nMy Lords, the Government will bring forward the regulations.", ("Person", "Earl Howe")),
        # a law named by ordinary words as a section's heading
        (
            "Foreign Investment Law\n\nThe law took effect in 2020 and covers investments from abroad.",
            ("Law", "Foreign Investment Law"),
        ),
        # a headline whose whole name is the law: no news preposition before it
        (
            "Right to Financial Privacy Act Turns Forty\n\nThe statute limits what banks may tell the government.",
            ("Law", "Right to Financial Privacy Act"),
        ),
        # a body named by ordinary words in a heading
        (
            "Telegram From the Embassy in Austria to the Department of State\n\nVienna, May 2, 1970.\n\n"
            "1. The minister asked about the conference.",
            ("Agency", "Department of State"),
        ),
    ],
)
def test_names_in_headings_stay(extractor, text, kept):
    assert kept in mentions(extractor, text)


def test_companies_with_ordinary_words_stay(extractor):
    found = mentions(extractor, "American Express and Mastercard moved their payment data to servers in India.")
    assert ("Firm", "American Express") in found
    found = mentions(extractor, "The contract went to Blue Harbor Systems Ltd., a cloud provider.")
    assert any(ty == "Firm" and t.startswith("Blue Harbor Systems") for ty, t in found)


def test_a_unit_between_a_title_and_a_name_is_no_law(extractor):
    text = "The commission, Director, Compliance and Data Regulations, Amina Bello, said the rules apply now."
    found = mentions(extractor, text)
    assert ("Person", "Amina Bello") in found
    assert not any(ty == "Law" for ty, _ in found)


def test_a_bodys_abbreviation_in_brackets_starts_no_title(extractor):
    text = (
        "Central Bank of Kenya (CBK) Directive on Mobile Data to be Kept in Kenya\n\n"
        "The bank issued the directive in 2019. The Protection of Personal Information (POPI) Act applies too."
    )
    laws = {t for ty, t in mentions(extractor, text) if ty == "Law"}
    assert not any("(CBK)" in t for t in laws)
    assert "Protection of Personal Information (POPI) Act" in laws
