"""Round 24 of firms and persons (probe text of our own: news, wire copy, Wikipedia, government releases).

- A noun of a business's kind set before a name with no determiner ("security company Sophos discovered ...",
  "satellite operator Eutelsat dropped ...") is a label, as news and encyclopaedias write it: a singular count noun
  with no article heads no relative clause, so the name is the company's even where a verb follows it
  (`text_rules/kind_firms.py`). With a determiner or a possessive before the noun ("the firm Qelnet acquired",
  "the company Sarah Lee founded") the words may be a relative clause and no company is read there.
- A name the model reads as a person's, set in apposition to a place ("held in Victoria Falls, Zimbabwe") or in a
  list of three or more whose other members hold more places than people ("offices in Kampala, Gulu, Masindi and
  Lira"), under a preposition of place, is a place (`entities/place_lists.py`). A known person, a list of people, a
  name with its own phrase of place, and two names joined by "and" stay people.
"""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import of_type


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # news, the label and the name on two lines
        (
            "The site went down. On March 20, security company\nSophos discovered a similar infection on the website.",
            "Sophos",
        ),
        # news, one line
        ("On March 20, security company Sophos discovered a similar infection on the website.", "Sophos"),
        # Wikipedia
        ("In 2009, satellite operator Eutelsat dropped the channel from its network.", "Eutelsat"),
    ],
)
def test_bare_kind_label_names_the_firm_before_a_verb(extractor: Extractor, text: str, firm: str) -> None:
    assert firm in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a determiner before the kind noun: a relative clause, the name its subject
        ("The firm Qelnet acquired in 2019 was closed.", "Qelnet"),
        ("The company Sarah Lee founded in 2010 sells shoes.", "Sarah Lee"),
        ("A firm John Smith owned went bankrupt.", "John Smith"),
        # a title after the kind noun starts a person's name (government release)
        ("Last year, company CEO Tim Cook visited Beijing.", "CEO Tim Cook"),
        ("Last year, company CEO Tim Cook visited Beijing.", "Tim Cook"),
        # the window back to the clause's mark holds an article: the rule does not guess past it (telegram prose)
        ("The press release said satellite company Arabsat stopped transmitting the channel.", "Arabsat"),
    ],
)
def test_kind_noun_with_a_determiner_reads_no_firm_before_a_verb(extractor: Extractor, text: str, name: str) -> None:
    assert name not in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # news: a town, then its country
        ("The 2019 summit was held in Victoria Falls, Zimbabwe.", "Victoria Falls"),
        # Wikipedia: a list of towns
        ("The Commission has regional offices in Kampala, Gulu, Masindi and Lira.", "Masindi"),
        # government release: a list of areas
        ("The pilot ran across East Sussex, Blackburn and Darwen, Leeds and Somerset last year.", "Darwen"),
    ],
)
def test_name_listed_among_places_is_no_person(extractor: Extractor, text: str, place: str) -> None:
    assert place not in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a known person with a phrase of place of his own, which the parse joins to the other clause's place
        ("He met Angela Merkel in Berlin and Emmanuel Macron in Paris.", "Emmanuel Macron"),
        # a list of people after a place
        ("Talks were held in Geneva with Jane Akello, Peter Okello and Mary Atim.", "Peter Okello"),
        # telegram prose: a place and people after other prepositions
        ("The agreement was signed in Paris by Macron, Germany and Italy.", "Macron"),
        ("He lives in Gulu with Akello and Okello.", "Akello"),
    ],
)
def test_people_near_places_stay_people(extractor: Extractor, text: str, person: str) -> None:
    assert person in of_type(extractor, text, "Person")
