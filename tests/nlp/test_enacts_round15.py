"""enacts, round 15 (probe text of our own): the title formula of an EU act names its co-legislators whatever the
parse made of a title line without a verb, in capitals too, and across one hard line break (not across a blank
line); a proposal's authors do not enact it."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
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


def test_the_title_formula_in_capitals(extractor: Extractor) -> None:
    """A heading in capitals: "OF THE EUROPEAN PARLIAMENT" is the same formula (whatever span the act's name
    gets, its maker is the body after "OF THE")."""
    facts, _ = relations(
        extractor,
        "Official Journal of the European Union\nREGULATION (EU) 2016/679 OF THE EUROPEAN PARLIAMENT AND OF THE "
        "COUNCIL\nof 27 April 2016",
    )
    assert "EUROPEAN PARLIAMENT" in {head for head, relation, _ in facts if relation == "enacts"}


def test_a_proposal_of_the_co_legislators_is_not_enacted(extractor: Extractor) -> None:
    facts, _ = relations(
        extractor,
        "Commission staff said the proposal of the European Parliament and of the Council was still under discussion.",
    )
    assert not {f for f in facts if f[1] == "enacts"}
