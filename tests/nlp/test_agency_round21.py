"""Agency names, round 21 (probe text of our own: news, government releases, legal reports, Wikipedia-style pages).

- A law's kind word right after the preposition or article of a body's remit names what the body guards or studies,
  not a law named after the body, and is part of the body's name: "Federal Office for the Protection of the
  Constitution", "Committee on Constitution and Regulations" (`rules/remit_laws.py`). A law named after the body
  puts the body's own name before the kind word ("Reserve Bank of India Act"), and after a head other than a
  committee's "on" opens the topic of a debate ("the Parliament of Kenya on the Constitution").
- German inflects a legislature's one-word name and writes the state's adjective before it as a word of the name:
  "des Bundestages", "des Bundesrats" name the chamber, and "Deutscher Bundesrat", "des Deutschen Bundestages" are
  whole names (`text_rules/legislature_names.py`); an English plural ("several Knessets") names no one chamber.
- A scope adjective ("Federal", "National") after a plural noun starts a body's name: a document's title flattened
  onto the line of its issuing body ends there ("... Covered Persons National Security Division", "...
  Telecommunications Services Federal Communications Commission"; `rules/glued_names.py`); after a state's name it
  is a word of the name ("United States National Security Agency", "Philippines National Police").
"""

from __future__ import annotations

import pytest

from tests.support.probes import of_type

BFV = "Federal Office for the Protection of the Constitution"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # government release
        (f"The {BFV} (BfV) warned of espionage by foreign services.", BFV),
        # news
        (f"BERLIN (Reuters) - The {BFV} said on Tuesday that attacks had risen.", BFV),
        # legal report
        (
            "The Peruvian Congressional Committee on Constitution and Regulations is set to review the decree.",
            "Peruvian Congressional Committee on Constitution and Regulations",
        ),
        # Wikipedia-style page
        (
            "The bill was referred to the Senate Committee on the Constitution before its second reading.",
            "Senate Committee on the Constitution",
        ),
    ],
)
def test_a_law_word_in_a_bodys_remit_is_part_of_its_name(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")
    assert "Constitution" not in of_type(extractor, text, "Law")


def test_the_abbreviation_of_a_body_named_after_its_remit_is_the_bodys(extractor):
    text = f"A conference was held by the {BFV} (BfV). During the conference, the BfV delivered a briefing."
    assert "BfV" in of_type(extractor, text, "Agency")
    assert "BfV" not in of_type(extractor, text, "Law")


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("The Reserve Bank of India Act gives the central bank its powers.", "Reserve Bank of India Act"),
        ("The European Parliament on the EU-US TFTP Agreement voted no.", "EU-US TFTP Agreement"),
    ],
)
def test_a_law_named_after_a_body_or_a_debates_topic_stays_a_law(extractor, text, law):
    assert law in of_type(extractor, text, "Law")


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers at the European Parliament on the Agreement were divided.",
        "The Parliament of Kenya on the Constitution debated for hours.",
    ],
)
def test_on_after_a_chamber_opens_a_topic_not_a_remit(extractor, text):
    assert not any(name.endswith(("Agreement", "Constitution")) for name in of_type(extractor, text, "Agency"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # legal report citing German parliamentary papers
        (
            "The German parliament passed the Network Enforcement Act in June 2017, and the text of the bill was "
            "published soon after (Gesetzesbeschluss des Deutschen Bundestages. Gesetz zur Verbesserung) as a "
            "printed paper for the second chamber.",
            "Deutschen Bundestages",
        ),
        (
            "The council approved the Act in its session on July 7, 2017. (Beschluss des Bundesrates. Drucksache "
            "536/17.)",
            "Bundesrates",
        ),
        (
            "The vote is in the minutes of the plenary (Plenarprotokoll des Bundesrats, July 7, 2017) and in the "
            "records of the lower house.",
            "Bundesrats",
        ),
        # news
        (
            "The law was adopted by the Deutscher Bundestag on June 30, 2017, and approved by the Deutscher Bundesrat.",
            "Deutscher Bundesrat",
        ),
        # a citation's source
        ("The Deutscher Bundesrat website lists the decision of July 7, 2017.", "Deutscher Bundesrat"),
    ],
)
def test_a_german_chamber_inflected_or_with_its_adjective_is_one_name(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


def test_the_bare_german_chamber_keeps_its_bare_name(extractor):
    text = "The Bundestag passed the bill, and the Bundesrat approved it a week later."
    assert of_type(extractor, text, "Agency") == {"Bundestag", "Bundesrat"}


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        ("Israel's Knesset passed the law; several Knessets have debated it since.", "Knessets"),
        ("The Duma's deputies and the Dumas of the 1990s differ.", "Dumas"),
    ],
)
def test_an_english_plural_of_a_legislature_word_is_no_mention(extractor, text, plural):
    assert plural not in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    ("text", "body", "glued"),
    [
        # Federal Register headers flattened into one line: the rule's title, then the issuing body
        (
            "DEPARTMENT OF JUSTICE 28 CFR Part 202 RIN 1124-AA01 Preventing Access to Sensitive Data by Countries of "
            "Concern or Covered Persons National Security Division, Department of Justice. ACTION: Final rule.",
            "National Security Division",
            "Covered Persons National Security Division",
        ),
        (
            "Protecting the Privacy of Customers of Broadband and Other Telecommunications Services Federal "
            "Communications Commission. ACTION: Final rule.",
            "Federal Communications Commission",
            "Broadband and Other Telecommunications Services Federal Communications Commission",
        ),
        (
            "Standards for Business Practices of Interstate Natural Gas Pipelines Federal Energy Regulatory "
            "Commission. ACTION: Final rule. SUMMARY: The Commission amends its rules.",
            "Federal Energy Regulatory Commission",
            "Interstate Natural Gas Pipelines Federal Energy Regulatory Commission",
        ),
    ],
)
def test_a_scope_adjective_after_a_plural_noun_starts_the_bodys_name(extractor, text, body, glued):
    agencies = of_type(extractor, text, "Agency")
    assert body in agencies
    assert glued not in agencies


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The United States National Security Agency collected the records.", "United States National Security Agency"),
        ("The Philippines National Police arrested three suspects in Manila.", "Philippines National Police"),
        ("The Swiss Federal Administration published the figures.", "Swiss Federal Administration"),
    ],
)
def test_a_scope_adjective_after_a_state_keeps_the_states_name(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")
