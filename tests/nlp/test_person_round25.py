"""Round 25 of persons and firms (probe text of our own: news, wire copy, government and congressional releases,
telegrams).

- Examples set off by a comma after a plural company noun illustrate the set without narrowing it, and name
  companies as the examples without the comma do: "social media companies, such as X, Truth Social, or Rumble",
  "several carriers, including Orbitel and Kestrel Mobile" (`text_rules/firm_lists.py`). Examples in lower case or
  of a nationality name no company.
- A release's headline names the kind of document after its author ("Congresswoman Jane Doe Statement of
  Opposition to ...", "Secretary X Testimony Before ..."): the noun of the document's kind is no word of the
  person's name (`entities/persons.py`, `lexicon.document_kind_nouns`).
- A title compounded of "man" or "woman" makes its plural in "-men"/"-women" ("Congressmen", "Chairwomen"), and
  like any plural title it titles each name of the list after it ("Congressmen Josh Gottheimer (NJ-05) and ...";
  `text_rules/persons.py`); ordinary words after it name no one.
- A name's particle ("El", "bin", "van") joins the words after it and never ends a name: where the model cuts a
  name right after one ("Zine El" + "Abidine Ben Ali"), the two parts are one person
  (`entities/name_boundaries.join_particle_split_names`); particles inside names stay as they are.
- Words after a title that are all a portfolio's words ("Director Cyber Security") name the office's remit, not a
  holder, as one such word does ("Director General Cyber"; `entities/title_remits.py`); a name of other words after
  a title stays a person ("Governor Jim Justice").
"""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import fact_pairs, of_type

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        # congressional release
        (
            "This bill does not apply to U.S.-owned companies, so U.S. social media companies, such as X, Truth "
            "Social, or Rumble, are not affected.",
            {"X", "Truth Social", "Rumble"},
        ),
        # news
        (
            "Regulators fined several carriers, including Orbitel and Kestrel Mobile, for the breach.",
            {"Orbitel", "Kestrel Mobile"},
        ),
        # law-firm note
        (
            "The rule does not reach domestic lenders, such as Northwind Bank, Halcyon Credit or Brightwave.",
            {"Northwind Bank", "Halcyon Credit", "Brightwave"},
        ),
        # telegram
        (
            "2. (C) Post noted that foreign firms, such as Zentrix, were asked to store data locally.",
            {"Zentrix"},
        ),
    ],
)
def test_examples_after_a_comma_name_companies(extractor: Extractor, text: str, firms: set[str]) -> None:
    assert firms <= of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text",
    [
        "Many companies, such as those in Germany, opposed the rule.",
        "The companies, including Chinese ones, objected to the draft.",
        "Banks, such as the central bank, must comply with the decree.",
    ],
)
def test_examples_in_lower_case_name_no_company(extractor: Extractor, text: str) -> None:
    assert of_type(extractor, text, "Firm") == set()


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        (
            "Congresswoman Val Hoyle Statement of Opposition to H.R. 7521\n\nWashington, DC - Today the House voted.",
            "Val Hoyle",
            "Val Hoyle Statement",
        ),
        (
            "Chairman Roger Wicker Statement on the American Privacy Rights Act\n\nWASHINGTON - Senator Wicker said "
            "the draft needs work.",
            "Roger Wicker",
            "Roger Wicker Statement",
        ),
        (
            "Senator Maria Cantwell Remarks at the Commerce Committee Markup on Children's Privacy",
            "Maria Cantwell",
            "Maria Cantwell Remarks",
        ),
        (
            "Secretary Gina Raimondo Testimony Before the Senate Appropriations Committee",
            "Gina Raimondo",
            "Gina Raimondo Testimony",
        ),
    ],
)
def test_document_kind_after_a_name_ends_it(extractor: Extractor, text: str, person: str, not_person: str) -> None:
    persons = of_type(extractor, text, "Person")
    assert person in persons
    assert not_person not in persons


def test_headline_author_keeps_the_stance(extractor: Extractor) -> None:
    text = (
        "Congresswoman Jane Holt Statement of Opposition to the Data Broker Act\n\n"
        "WASHINGTON - Congresswoman Jane Holt released the following statement: I oppose the Data Broker Act."
    )
    assert "Jane Holt Statement" not in of_type(extractor, text, "Person")
    assert ("Jane Holt Statement", "Data Broker Act") not in fact_pairs(extractor, text, "opposes")


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # congressional release
        (
            "WASHINGTON, D.C. - Congressmen Josh Gottheimer (NJ-05) and Darin LaHood (IL-16) sent letters to the "
            "governors on Monday.",
            {"Josh Gottheimer", "Darin LaHood"},
        ),
        # news
        (
            "Congresswomen Ana Ruiz and Beth Colby introduced the Data Broker Accountability Act on Tuesday.",
            {"Ana Ruiz", "Beth Colby"},
        ),
    ],
)
def test_plural_in_men_titles_each_listed_name(extractor: Extractor, text: str, persons: set[str]) -> None:
    assert persons <= of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text",
    [
        "Spokesmen for the ministry declined to comment on the decree.",
        "The Chairmen Agree on a Timeline for the Vote",
    ],
)
def test_plural_in_men_before_ordinary_words_names_no_one(extractor: Extractor, text: str) -> None:
    assert of_type(extractor, text, "Person") == set()


@pytest.mark.parametrize(
    "text",
    [
        # news
        "The decree was likened to the laws the former president Zine El Abidine Ben Ali used to silence critics.",
        # encyclopedia
        "The ruling party of Zine El Abidine Ben Ali controlled the press until 2011.",
    ],
)
def test_a_particle_joins_the_name_after_it(extractor: Extractor, text: str) -> None:
    persons = of_type(extractor, text, "Person")
    assert "Zine El Abidine Ben Ali" in persons
    assert "Zine El" not in persons


def test_particles_inside_two_names_keep_two_people(extractor: Extractor) -> None:
    text = "Ambassador Jan de Vries met Minister Pieter van den Berg on Tuesday."
    assert {"Jan de Vries", "Pieter van den Berg"} <= of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text",
    [
        # encyclopedia infobox
        "Key people\n  • Ms Ada Obi, Director Cyber Security\n  • Mr Tunde Bello, Director General",
        # government release
        "WASHINGTON - Jane Roe, Director Cyber Security at the department, said the rule takes effect in May.",
    ],
)
def test_portfolio_words_after_a_title_name_no_one(extractor: Extractor, text: str) -> None:
    assert "Cyber Security" not in of_type(extractor, text, "Person")


def test_a_name_after_a_title_stays_a_person(extractor: Extractor) -> None:
    assert "Jim Justice" in of_type(extractor, "Governor Jim Justice signed the bill into law.", "Person")
