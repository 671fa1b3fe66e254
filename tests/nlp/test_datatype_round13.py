"""Data types, round 13: a bare kind word coordinated with a modified data noun shares its head ("email and telephone
contact data"), and a title-case data phrase defined by its initials is a term for a kind of data ("Protected Health
Information (PHI)"); names, other heads and unrelated nouns stay out."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs, of_type

# --- elided head: "email and telephone contact data" --------------------------------------------------------


@pytest.mark.parametrize(
    "text, data",
    [
        (
            "Retention of email and telephone contact data for this period is already required by the Data "
            "Retention Regulations 2014.",
            "email and telephone contact data",
        ),
        (
            "The coalition promised to end the storing of email and Internet records without good reason.",
            "email and Internet records",
        ),
        (
            "TikTok captures vast swaths of information from its users, including internet and other network "
            "activity information such as location data.",
            "internet and other network activity information",
        ),
        (
            "The ministry said the decree obliges carriers to keep email and telephone contact data for two years.",
            "email and telephone contact data",
        ),
    ],
)
def test_a_bare_kind_word_shares_the_data_noun_after_the_conjunction(extractor, text, data):
    assert data in of_type(extractor, text, "DataType")


@pytest.mark.parametrize(
    "text, data",
    [
        # a modifier before the kind word starts the phrase earlier
        (
            "Investigators may obtain stored wire and electronic communications from providers.",
            "stored wire and electronic communications",
        ),
        (
            'The Stored Communications Act (SCA) is a law that addresses disclosure of "stored wire and electronic '
            'communications and transactional records" held by providers.',
            "stored wire and electronic communications",
        ),
        # a word that names no kind of data is a second thing, not a modifier
        ("The Data Protection Act protects privacy and personal data.", "personal data"),
        # a kind word with a determiner is a thing of its own
        ("He read the email and the health records in court.", "health records"),
    ],
)
def test_the_coordination_does_not_cut_or_swallow_other_words(extractor, text, data):
    types = of_type(extractor, text, "DataType")
    assert data in types
    assert not any(t != data and data in t for t in types)


def test_a_plural_head_before_the_conjunction_is_a_data_type_of_its_own(extractor):
    types = of_type(extractor, "Providers must retain emails and telephone contact data for a year.", "DataType")
    assert "emails and telephone contact data" not in types


def test_the_shared_head_phrase_is_what_the_law_regulates(extractor):
    text = (
        "Retention of email and telephone contact data for this period is already required by the Data Retention "
        "Regulations 2014."
    )
    assert ("Data Retention Regulations 2014", "email and telephone contact data") in fact_pairs(
        extractor, text, "regulates"
    )


# --- defined terms: "Passenger Name Record (PNR)" --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, term, acronym",
    [
        (
            "Our agreement on Passenger Name Record (PNR) may also be in jeopardy. Officials said PNR would be "
            "discussed next week.",
            "Passenger Name Record",
            "PNR",
        ),
        (
            "The rule requires covered entities to protect Protected Health Information (PHI). Hospitals may not "
            "sell PHI to advertisers.",
            "Protected Health Information",
            "PHI",
        ),
        (
            "The Commission proposed that carriers notify customers of breaches of Customer Proprietary Network "
            "Information (CPNI) within seven days.",
            "Customer Proprietary Network Information",
            "CPNI",
        ),
    ],
)
def test_a_title_case_data_phrase_defined_by_its_initials_is_a_data_type(extractor, text, term, acronym):
    types = of_type(extractor, text, "DataType")
    assert term in types
    assert acronym in types


def test_a_data_noun_after_the_brackets_is_the_head_of_the_defined_term(extractor):
    text = "Ministers discussed the value of Passenger Name Record (PNR) data as a tool for border security."
    assert of_type(extractor, text, "DataType") == {"Passenger Name Record (PNR) data"}


@pytest.mark.parametrize(
    "text",
    [
        # the acronym is a word of a name that goes on after the brackets
        "The two sides concluded negotiations on a Passenger Name Record (PNR) Agreement in June.",
        "The Department set up a National Health Information (NHI) Council to advise it.",
        # no word says what data they are
        "The ministry published a White Paper on Digital Information (WPDI) last year.",
        # the letters are not the phrase's initials
        "The regulator asked about Passenger Name Record (API) rules.",
    ],
)
def test_no_defined_data_term_in_names_or_without_a_kind(extractor, text):
    assert not of_type(extractor, text, "DataType")
