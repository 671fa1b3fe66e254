"""Precision, round 16 (probe text of our own, three genres): facts read off unannotated public text that the text
does not state. After a verb of judging, a means phrase ("via", "through") set inside the reported finding says how
the finding's act was done, not what the court acted through: the court does not enact that law. A faction of a body
("opposition members of Parliament") speaks against the body's majority, not for the body."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def _facts(extractor: Extractor, text: str, relation: str) -> set[tuple[str, str]]:
    facts, _ = relations(extractor, text)
    return {(head, tail) for head, rel, tail in facts if rel == relation}


@pytest.mark.parametrize(
    "text",
    [
        "The ECJ ruled the collection of traffic and location data via the Data Retention Directive by public "
        "electronic service companies interferes with the right to privacy.",
        "The Federal Constitutional Court held the retention of telephone data via the Data Retention Act by "
        "providers unconstitutional.",
        "The Supreme Court held the sharing of Aadhaar data through the Aadhaar Act with private companies "
        "unconstitutional, the Ministry of Electronics and Information Technology said in a statement.",
    ],
)
def test_a_means_phrase_inside_a_finding_is_not_the_courts_instrument(extractor: Extractor, text: str) -> None:
    assert _facts(extractor, text, "enacts") == set()


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The Reserve Bank of India ruled via the Storage of Payment System Data circular that banks must store "
            "payment data in India.",
            ("Reserve Bank of India", "Storage of Payment System Data"),
        ),
        (
            "THE CYBERSPACE ADMINISTRATION OF CHINA RULED THROUGH THE CYBERSECURITY LAW THAT OPERATORS MUST STORE "
            "PERSONAL DATA IN CHINA.",
            ("CYBERSPACE ADMINISTRATION OF CHINA", "CYBERSECURITY LAW"),
        ),
    ],
)
def test_a_means_phrase_before_the_finding_still_names_the_instrument(
    extractor: Extractor, text: str, fact: tuple[str, str]
) -> None:
    assert fact in _facts(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text",
    [
        "The introduction of the Digital Personal Data Protection Bill, 2023, was strongly challenged by opposition "
        "members of Parliament, who claimed that the law violated the basic right to privacy.",
        "Opposition lawmakers in the National Assembly voted against the Personal Data Protection Bill on Tuesday.",
        "The Ministry of Digital Affairs said dissident members of the Senate criticised the Data Localisation Act.",
        "MINORITY SENATORS IN THE SENATE OPPOSED THE CYBERSECURITY LAW, EMBOFF WAS TOLD.",
    ],
)
def test_a_faction_of_a_body_does_not_oppose_for_the_body(extractor: Extractor, text: str) -> None:
    assert _facts(extractor, text, "opposes") == set()


def test_lawmakers_of_a_body_still_act_for_it(extractor: Extractor) -> None:
    text = "Lawmakers in the National Assembly rejected the Personal Data Protection Bill on Tuesday."
    assert ("National Assembly", "Personal Data Protection Bill") in _facts(extractor, text, "opposes")
