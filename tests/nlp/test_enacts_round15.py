"""enacts, round 15 (probe text of our own): the title formula of an EU act names its co-legislators whatever the
parse made of a title line without a verb, in capitals too, and across one hard line break (not across a blank
line); a proposal's authors do not enact it. A noun of kind ("the parliament", "the ministry") refers back to a body
of its kind, never to one whose name gives another kind (a commission, a central bank)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from pipelines.nlp.relations.frames.authored import _capitals_title
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow

_BOTH = ("European Parliament", "Council")


def _enactors(facts: set[tuple], law: str) -> set[str]:
    return {head for head, relation, tail in facts if relation == "enacts" and tail == law}


def test_a_title_line_parsed_as_a_clause_names_its_authors(extractor: Extractor) -> None:
    """A register's title line: the parser makes the act's number the root and "Regulation" its subject."""
    facts, _ = relations(
        extractor,
        "Document 32022R0868\nRegulation (EU) 2022/868 of the European Parliament and of the Council of 30 May 2022 "
        "on European data governance (Text with EEA relevance)",
    )
    assert _enactors(facts, "Regulation (EU) 2022/868") == set(_BOTH)


def test_the_title_formula_in_a_news_sentence(extractor: Extractor) -> None:
    facts, _ = relations(
        extractor,
        "Regulation (EU) 2022/868 of the European Parliament and of the Council of 30 May 2022 on European data "
        "governance entered into force in June, the ministry said in a statement.",
    )
    assert _enactors(facts, "Regulation (EU) 2022/868") == set(_BOTH)


def test_the_title_formula_over_a_hard_line_break(extractor: Extractor) -> None:
    """A cable's hard-wrapped line: one line break between the two authors is still one title."""
    facts, _ = relations(
        extractor,
        "The cable notes that Directive 95/46/EC of the European Parliament\nand of the Council of 24 October 1995 "
        "still governs transfers.",
    )
    assert _enactors(facts, "Directive 95/46/EC") == set(_BOTH)


def test_a_blank_line_ends_the_title(extractor: Extractor) -> None:
    facts, _ = relations(
        extractor,
        "Directive 2002/58/EC of the European Parliament\n\nand the Council should not be read as one title.",
    )
    assert _enactors(facts, "Directive 2002/58/EC") == {"European Parliament"}


def test_the_title_formula_in_capitals_needs_the_whole_name_in_capitals() -> None:
    """A heading in capitals: "OF THE EUROPEAN PARLIAMENT" follows the act's whole name in capitals; a fragment of
    it ("(EU) 2016/679") or a mixed-case heading above it is not the act."""
    assert _capitals_title("REGULATION (EU) 2016/679")
    assert not _capitals_title("(EU) 2016/679")
    assert not _capitals_title("European Communities\nDIRECTIVE 95/46/EC")


def test_a_fragment_of_a_capitals_title_is_given_no_maker(extractor: Extractor) -> None:
    facts, _ = relations(
        extractor,
        "Official Journal of the European Union\nREGULATION (EU) 2016/679 OF THE EUROPEAN PARLIAMENT AND OF THE "
        "COUNCIL\nof 27 April 2016",
    )
    assert all(f[2].startswith("REGULATION") for f in facts if f[1] == "enacts")


def test_a_proposal_of_the_co_legislators_is_not_enacted(extractor: Extractor) -> None:
    facts, _ = relations(
        extractor,
        "Commission staff said the proposal of the European Parliament and of the Council was still under discussion.",
    )
    assert not {f for f in facts if f[1] == "enacts"}


@pytest.mark.parametrize(
    "text",
    [
        # news: a commission is not "the parliament"
        "In 2014 the Telecommunications Regulatory Commission published a list of banned words. After a long "
        "campaign, the parliament passed the Law on Information Transparency in June 2011.",
        # government release: a central bank is not "the ministry"
        "The Central Bank of Kenya issued new rules in March. The ministry later published the Data Protection "
        "Regulations, the release said.",
        # cable: an election council is not "the parliament"
        "Embassy contacts said the Supreme Election Council met on Monday. The parliament then adopted Law 5651 "
        "without debate.",
    ],
)
def test_a_body_of_another_kind_is_not_what_a_noun_of_kind_refers_to(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not {f for f in facts if f[1] == "enacts"}


@pytest.mark.parametrize(
    ("text", "body", "law"),
    [
        (
            "The State Duma debated the bill for months. The parliament passed the Data Localization Law in 2014.",
            "State Duma",
            "Data Localization Law",
        ),
        (
            "The National Assembly debated the bill in May. The parliament passed the Data Act in June, the "
            "ministry said.",
            "National Assembly",
            "Data Act",
        ),
        (
            "The Ministry of Information drafted the rules. The ministry issued the Data Regulations in 2021.",
            "Ministry of Information",
            "Data Regulations",
        ),
    ],
)
def test_a_noun_of_kind_refers_to_a_body_of_its_kind(extractor: Extractor, text: str, body: str, law: str) -> None:
    """A legislature's noun stands for any legislature, and for a body whose name gives no kind (the State Duma)."""
    facts, _ = relations(extractor, text)
    assert (body, "enacts", law) in facts
