"""Law and data-type spans on unseen text (round 10, probe sentences of our own): a civil-law statute's rank is part
of its numbered citation ("Organic Law 3/2018", "Legislative Decree 196/2003"); an article cited by its abbreviation
("(Art. 3)") is no alias of the law before it; a plural head with its years names a series of statutes ("Data
Protection Acts 1988 and 2003"); a title or its year wrapped to the next line is one name; an "of" phrase of a
class of people after a bare data noun names the data's kind ("the data of service users"; the possessive, "users'
data", says only whose data: test_entities_possessed_data.py); a hyphenated modifier of a data type is one word
("street-level"); a headline's noun of what is done to a law ("Completion of", "Enactment of the") is no part of its
name."""

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


NOT_POSSESSED = [
    # whose data a text speaks of is no kind of data (test_entities_possessed_data.py), nor is a name's
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


WRAPPED_AND_PLURAL = [
    # a series of statutes cited with its members' years
    ("The Data Protection Acts 1988 and 2003 govern processing in Ireland.", "Data Protection Acts 1988 and 2003"),
    ("The Companies Acts 1963 to 2012 were consolidated.", "Companies Acts 1963 to 2012"),
    ("The court applied the Data Protection Acts to the case.", "Data Protection Acts"),
    ("The Parliament Acts 1911 and 1949 limit the Lords.", "Parliament Acts 1911 and 1949"),
    # a year of enactment on the next line
    ("Congress <<NOTE: Secure Equipment Act of \n2021. 47 USC 1601 note.>>", "Secure Equipment Act of \n2021"),
    # a title wrapped at a fixed width, the next line indented
    (
        "published by the Commission \n        under section 2(a) of the Secure and Trusted Communications \n"
        "        Networks Act of 2019 (47 U.S.C. 1601(a)).",
        "Secure and Trusted Communications \n        Networks Act of 2019",
    ),
]


@pytest.mark.parametrize(("text", "law"), WRAPPED_AND_PLURAL)
def test_plural_heads_and_wrapped_titles(extractor: Extractor, text: str, law: str) -> None:
    assert law in mentions(extractor, text, "Law")


NOT_WRAPPED_OR_PLURAL = [
    # a line that ends in a function word does not carry the title on
    ("The rules of the Minister of\nData Act drafters were read.", {"Data Act"}),
    # a verb in a headline is no plural head
    ("The Senate Acts on Privacy today.", set()),
    ("Congress Acts to Protect Data Brokers' Clients", set()),
    # in capitals a plural head cannot tell a title from a heading
    ("SUBJECT: IMPACT OF FREEDOM OF INFORMATION AND\nPRIVACY ACTS ON OPERATIONS", set()),
]


@pytest.mark.parametrize(("text", "laws"), NOT_WRAPPED_OR_PLURAL)
def test_no_law_across_a_function_word_or_from_a_plural_in_capitals(
    extractor: Extractor, text: str, laws: set[str]
) -> None:
    assert mentions(extractor, text, "Law") == laws


def test_an_abbreviated_article_in_brackets_is_no_alias(extractor: Extractor) -> None:
    text = "The territorial scope of the GDPR (Art. 3) matters, and Art. 3 applies to processors abroad."
    assert mentions(extractor, text, "Law") == {"GDPR"}


def test_an_abbreviated_article_before_of_leaves_the_law(extractor: Extractor) -> None:
    text = "Art. 7 of the Personal Information Protection Act applies."
    assert mentions(extractor, text, "Law") == {"Personal Information Protection Act"}


PUBLIC_LAW_AND_RULE_OF_LAW = [
    # "Public Law" starts a US statute's designation: the Congress before it is no part of the name
    ("[117th Congress Public Law 55]", {"Public Law 55"}),
    ("He cited Public Law 93-579 in court.", {"Public Law 93-579"}),
    # the principle is no instrument, in title case neither
    ("Promoting Public Safety, Privacy, and the Rule of Law Around the World", set()),
    ("The Rule of Law Initiative was praised by the court.", set()),
]


@pytest.mark.parametrize(("text", "laws"), PUBLIC_LAW_AND_RULE_OF_LAW)
def test_public_law_designations_and_the_rule_of_law(extractor: Extractor, text: str, laws: set[str]) -> None:
    assert mentions(extractor, text, "Law") == laws


DATA_OF_PEOPLE = [
    ("Companies are required to store the data of service users in Vietnam.", {"data of service users"}),
    ("The firm sold information of subscribers to brokers.", {"information of subscribers"}),
    # the data noun's own modifier makes the kind
    ("The law protects the personal data of individuals.", {"personal data"}),
    # not a class of people the lexicon knows, nor people a determiner or a number picks out
    ("The company provides data of individuals that the broker buys.", set()),
    ("The data of the users we met were lost.", set()),
    ("He collected data of 5 million users.", set()),
]


@pytest.mark.parametrize(("text", "kinds"), DATA_OF_PEOPLE)
def test_data_of_a_class_of_people(extractor: Extractor, text: str, kinds: set[str]) -> None:
    assert mentions(extractor, text, "DataType") == kinds


ACT_NOUNS = [
    # a headline's noun of what is done to the law, and "of": the name starts after them
    ("Commerce Secretary Bryson Applauds Completion of Cross Border Privacy Rules", {"Cross Border Privacy Rules"}),
    ("Senate Celebrates Enactment of the Secure Equipment Act", {"Secure Equipment Act"}),
    # nouns of a title's own subject stay ("Freedom of", "Protection of")
    (
        "The Freedom of Information Act and the Protection of Personal Information Act apply.",
        {"Freedom of Information Act", "Protection of Personal Information Act"},
    ),
]


@pytest.mark.parametrize(("text", "laws"), ACT_NOUNS)
def test_a_noun_of_what_is_done_to_a_law_is_no_part_of_its_name(
    extractor: Extractor, text: str, laws: set[str]
) -> None:
    assert mentions(extractor, text, "Law") == laws
