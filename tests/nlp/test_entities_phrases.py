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


def test_an_outline_heading_is_no_person(extractor):
    text = "The sections follow.\n\nA. Background\n\nThe agency proposes a rule.\n\nJ. Smith\nDirector"
    found = mentions(extractor, text)
    assert ("A. Background", "Person") not in found
    assert ("J. Smith", "Person") in found


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("II. Overview of the Telecom Reform Act\n\nThe act applies.", "Telecom Reform Act"),
        ("The commission began its Review of the Broadcasting Act last year.", "Broadcasting Act"),
    ],
)
def test_a_heading_noun_and_of_the_are_no_part_of_a_law(extractor, text, law):
    laws = [t for t, k in mentions(extractor, text) if k == "Law"]
    assert laws == [law]


def test_a_bare_law_after_a_heading_noun_is_no_name(extractor):
    text = "The commission released the final stage of its Review of the Law in 2020."
    assert [t for t, k in mentions(extractor, text) if k == "Law"] == []


def test_titles_that_take_of_without_an_article_keep_it(extractor):
    text = "The Freedom of Information Act and the Prevention of Terrorism Act both apply."
    laws = [t for t, k in mentions(extractor, text) if k == "Law"]
    assert laws == ["Freedom of Information Act", "Prevention of Terrorism Act"]


def test_and_the_after_a_law_starts_a_second_law(extractor):
    text = "It amended the Postal Services Act 2011 and the Telecommunications Measures Act."
    laws = [t for t, k in mentions(extractor, text) if k == "Law"]
    assert laws == ["Postal Services Act 2011", "Telecommunications Measures Act"]
    one = "The Personal Information Protection and Electronic Documents Act applies."
    assert [t for t, k in mentions(extractor, one) if k == "Law"] == [
        "Personal Information Protection and Electronic Documents Act"
    ]


def test_a_scope_word_alone_makes_no_national_body_intergovernmental(extractor):
    found = mentions(extractor, "Agency: International Trade Administration, Department of Commerce.")
    assert ("International Trade Administration", "Agency") in found
    found = mentions(extractor, "The International Monetary Fund and the European Data Protection Board met.")
    assert ("International Monetary Fund", "IGO") in found
    assert ("European Data Protection Board", "IGO") in found


def test_a_plural_head_shared_by_two_abbreviations_is_no_company(extractor):
    found = mentions(extractor, "Members joined the Global ABCD and EFG Systems last year.")
    assert not [t for t, k in found if k == "Firm"]
    assert ("Cisco Systems", "Firm") in mentions(extractor, "Shares of Cisco Systems rose on Monday.")


def test_a_ranking_member_is_a_title(extractor):
    found = mentions(extractor, "Chairman Holt, Ranking Member Varga, and members of the committee spoke.")
    assert ("Varga", "Person") in found


def test_covered_restricts_a_data_type_to_a_defined_term(extractor):
    found = mentions(extractor, "Plans may disclose covered health information to insurers.")
    assert [t for t, k in found if k == "DataType"] == ["covered health information"]


@pytest.mark.parametrize(
    "text",
    [
        "Agencies weighed the implication of the Ruritania Cloud Policy for hosting.",
        "Officials presented the Green Growth Strategy to investors.",
    ],
)
def test_a_document_title_is_no_person(extractor, text):
    assert not [t for t, k in mentions(extractor, text) if k == "Person"]


def test_a_headline_verb_ends_the_subject_before_a_law(extractor):
    text = "FACT SHEET: Ruritania and the European Commission Unveil Digital Trade Framework\n\nText follows."
    found = mentions(extractor, text)
    assert ("Digital Trade Framework", "Law") in found
    assert not [t for t, k in found if k == "Law" and "Unveil" in t]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Westminster\n\nDear Tom,\n\nThank you for your letter of 3 May.", ["Tom"]),
        ("Dear Anna Berg:\n\nWe write about the draft.", ["Anna Berg"]),
        ("Dear Colleagues,\n\nWe write about the draft.", []),
        ("Dear Minister,\n\nWe write about the draft.", []),
        ("Dear Sir or Madam,\n\nWe write about the draft.", []),
    ],
)
def test_a_salutation_names_the_addressee(extractor, text, people):
    assert [t for t, k in mentions(extractor, text) if k == "Person"] == people
