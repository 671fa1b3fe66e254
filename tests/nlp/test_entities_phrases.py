"""Entity rules for the grammar of names and noun phrases: coordination inside names, outline headings, heading
nouns before a law's title (probe sentences of our own)."""

from __future__ import annotations

import pytest

from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.text_rules import find_coordinated_bodies

LEX = load_lexicon()


def bodies(text: str, known: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.type) for c in find_coordinated_bodies(text, LEX, lambda w: w in known)]


def mentions(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extractor.extract("probe", "probe", text).mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rules came from the Ministry of Energy, Mines and Water Resources (MEMWR).",
            "Ministry of Energy, Mines and Water Resources",
        ),
        ("The Agriculture, Forestry, and Fisheries Committee voted.", "Agriculture, Forestry, and Fisheries Committee"),
        (
            "He spoke to the SUBCOMMITTEE ON TRADE, TARIFFS AND THE ECONOMY today.",
            "SUBCOMMITTEE ON TRADE, TARIFFS AND THE ECONOMY",
        ),
        ("a Department for Culture, Tourism and Sport official", "Department for Culture, Tourism and Sport"),
    ],
)
def test_commas_and_and_inside_a_body_name(text, name):
    assert bodies(text) == [(name, "Agency")]


@pytest.mark.parametrize(
    "text",
    [
        "He met the Ministry of Finance, Acme and Globex.",  # known names: a list of parties
        "He briefed the Departments of Labor, Energy and Commerce.",  # a plural head: several bodies
        "THE OFFICE OF PROGRAMS, ABCDE, AND\nMR. SMITH MET",  # capitals over a line break: a list of parties
        "the Office of Finance, IRS and Treasury",  # an abbreviation in title case names a body of its own
        "In Paris, Berlin and Rome Committee members met.",  # known names before the head
    ],
)
def test_lists_of_parties_are_no_body_name(text):
    assert bodies(text, frozenset({"Acme", "Globex", "Paris", "Berlin", "Rome"})) == []


def test_a_coordinated_body_name_in_the_pipeline(extractor):
    text = "The Ministry of Energy, Mines and Water Resources issued the rule on Monday."
    assert ("Ministry of Energy, Mines and Water Resources", "Agency") in mentions(extractor, text)
