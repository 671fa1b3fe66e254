"""Relation precision, round 20 (probe text of our own: news, releases, hearing rosters, encyclopedias).

A commission is a collegial body: its chair heads it, and each of its commissioners only sits on it. "FTC
Commissioner X", "X, a Commissioner of the Federal Trade Commission" name a member, not a head (`collegial`), also
where the text calls the commission by its abbreviation: the body's long name, given by the text or spelt by its
entity id, says it is a commission. A commissioner still heads a body that is no commission ("FDA Commissioner X",
"Commissioner of the Internal Revenue Service"), and a word that sets one member over the others makes a head of a
commission's commissioner too ("the NDPC's National Commissioner"); a commission's chair heads it."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def _leads(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    facts, _ = relations(extractor, text)
    return {(head, tail) for head, rel, tail in facts if rel == "leads"}


# (text, the person named as a commission's member, the commission)
MEMBERS = [
    # news: the body's abbreviation, the long name known to the reference
    ("FTC Commissioner Alvaro Bedoya criticized the rule.", "Alvaro Bedoya", "FTC"),
    ("FCC Commissioner Brendan Carr opposed the Open Internet Order.", "Brendan Carr", "FCC"),
    # a release: the long name before the title
    (
        "Federal Trade Commission Commissioner Rebecca Slaughter voted against the order.",
        "Rebecca Slaughter",
        "Federal Trade Commission",
    ),
    # an encyclopedia: the title in apposition, "of" the commission
    (
        "Alvaro Bedoya, a Commissioner of the Federal Trade Commission, spoke at the hearing.",
        "Alvaro Bedoya",
        "Federal Trade Commission",
    ),
    # a law-firm note: an abbreviation the text defines
    (
        "The Securities and Exchange Commission (SEC) said on Monday that SEC Commissioner Hester Peirce dissented.",
        "Hester Peirce",
        "SEC",
    ),
]


@pytest.mark.parametrize(("text", "person", "body"), MEMBERS)
def test_a_commissioner_of_a_commission_does_not_lead_it(
    extractor: Extractor, text: str, person: str, body: str
) -> None:
    assert (person, body) not in _leads(extractor, text)


# (text, the head, the body headed)
HEADS = [
    # a commissioner of a body that is no commission heads it
    ("FDA Commissioner Robert Califf announced the guidance.", "Robert Califf", "FDA"),
    (
        "Danny Werfel, Commissioner of the Internal Revenue Service, testified.",
        "Danny Werfel",
        "Internal Revenue Service",
    ),
    # a word of headship before the title
    (
        "The Nigeria Data Protection Commission's (NDPC) National Commissioner, Dr Vincent Olatunji, spoke.",
        "Vincent Olatunji",
        "Nigeria Data Protection Commission",
    ),
    # a commission's chair
    ("FTC Chair Lina Khan criticized the rule.", "Lina Khan", "FTC"),
]


@pytest.mark.parametrize(("text", "person", "body"), HEADS)
def test_a_head_of_a_body_still_leads_it(extractor: Extractor, text: str, person: str, body: str) -> None:
    assert (person, body) in _leads(extractor, text)
