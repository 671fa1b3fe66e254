"""Law and data-type spans on unseen text (round 10, probe sentences of our own): a civil-law statute's rank is part
of its numbered citation ("Organic Law 3/2018", "Legislative Decree 196/2003"); a class of people in the possessive
before a bare data noun names the data's kind ("users' data"), but not a name in the possessive, nor before a data
noun with modifiers of its own; a hyphenated modifier of a data type is one word ("street-level")."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor

pytestmark = pytest.mark.slow


def mentions(extractor: Extractor, text: str, kind: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == kind}


RANKED_CITATIONS = [
    ("The agency enforces Organic Law 3/2018 on data protection.", "Organic Law 3/2018"),
    ("It was amended by Organic Act 15/1999 on the Protection of Personal Data.", "Organic Act 15/1999"),
    ("Italy's Legislative Decree 196/2003 is the privacy code.", "Legislative Decree 196/2003"),
    ("Brazil passed Complementary Law No. 105 in 2001.", "Complementary Law No. 105"),
]


@pytest.mark.parametrize(("text", "start"), RANKED_CITATIONS)
def test_a_statutes_rank_starts_its_citation(extractor: Extractor, text: str, start: str) -> None:
    laws = mentions(extractor, text, "Law")
    assert any(law.startswith(start) for law in laws), laws


def test_a_lower_case_or_unranked_word_is_no_part_of_the_citation(extractor: Extractor) -> None:
    laws = mentions(extractor, "The organic law of 1992 was replaced by the new Law 5/1992.", "Law")
    assert laws == {"Law 5/1992"}


POSSESSED = [
    ("Twitter was fined for refusing to localize Russian users’ data on servers in Russia.", "users’ data"),
    ("The company must store its customers' data inside the country.", "customers' data"),
    ("The bank may not sell a client's data to brokers.", "client's data"),
]


@pytest.mark.parametrize(("text", "kind"), POSSESSED)
def test_a_class_of_people_in_the_possessive_names_the_data(extractor: Extractor, text: str, kind: str) -> None:
    assert kind in mentions(extractor, text, "DataType")


NOT_POSSESSED = [
    # a name in the possessive says whose, not what kind
    ("Russia's data was stolen, and the ministers' information was wrong.", set()),
    # the data noun's own modifiers make the kind
    ("The regulator said users' personal data was stored abroad.", {"personal data"}),
    # the data noun modifies the noun after it
    ("The users' data flows were blocked by the regulator.", set()),
]


@pytest.mark.parametrize(("text", "kinds"), NOT_POSSESSED)
def test_no_data_type_from_other_possessives(extractor: Extractor, text: str, kinds: set[str]) -> None:
    assert mentions(extractor, text, "DataType") == kinds


def test_a_hyphenated_modifier_is_one_word(extractor: Extractor) -> None:
    kinds = mentions(extractor, "The app collects street-level geolocation information from users.", "DataType")
    assert kinds == {"street-level geolocation information"}
