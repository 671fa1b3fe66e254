"""Agency and IGO names, round 24 (probe text of our own: news, government releases, NGO pages, telegrams,
Wikipedia-style pages).

- A body named after a private profession ("International Commission of Jurists", "Committee to Protect
  Journalists", "Editors' Council") is that profession's association: no Agency, no IGO, and neither are the
  letters it defines; officials' councils and licensing boards stay bodies ("Council of Ministers", "Board of
  Physicians"; `rules/profession_bodies.py`).
- A name that opens with a state's name of several words is that state's body, whatever "International" follows
  ("United States International Trade Commission"; `rules/orgs.py`, `_starts_with_state`).
- A title and a name after "and" are a person coordinated with the body ("the Ministry of Justice and Senator Lee");
  a remit after "and" stays in the name (`rules/titled_conjuncts.py`).
- A post between commas before a body's name ("John Smith, Chief, Public Safety and Homeland Security Bureau") is
  the holder's, no portfolio of a name listed with commas (`text_rules/bodies.py`, `lexicon.holder_post_nouns`).
- A state's name of two words in a heading line is a name, not the heading's wording ("United States International
  Trade Commission Annual Report"; `entities/headings.py`).
- A law named after its maker, the body's name with "of" and a bare name before the law's kind, is a law ("Council of
  Europe Convention on Cybercrime", "Bank of England Act 1998"); after "of the" the law is the body's complement
  ("Secretariat of the Basel Convention"; `rules/body_laws.py`).
"""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NGO press release
        (
            "The International Commission of Jurists (ICJ) said the decree breaches Tunisia's obligations.",
            "International Commission of Jurists",
        ),
        # news
        ("The Committee to Protect Journalists said three reporters were detained in Mexico.", "Journalists"),
        # Wikipedia-style page, a possessive plural
        ("The Editors' Council demanded amendments to the Digital Security Act.", "Editors"),
        # news, a union of the profession
        ("The National Union of Journalists (NUJ) criticised the Ministry of Information.", "Union of Journalists"),
        # advocacy group of scientists
        ("The Union of Concerned Scientists wrote to the Department of Energy.", "Scientists"),
    ],
)
def test_a_body_named_after_a_profession_is_no_body_of_a_state(extractor, text, name):
    found = mentions(extractor, text)
    assert not any(name in t for ty, t in found if ty in ("Agency", "IGO"))


def test_the_letters_a_professions_association_defines_are_no_body(extractor):
    text = "The Committee to Protect Journalists (CPJ) said the CPJ had documented the arrests."
    assert not any(t == "CPJ" for ty, t in mentions(extractor, text) if ty in ("Agency", "IGO"))


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # officials' council: a body of states
        (
            "The International Association of Lawyers met the Council of Ministers in Brussels.",
            "Council of Ministers",
            "Agency",
        ),
        # a state's licensing board keeps its name
        ("The Maryland Board of Physicians suspended the licence on Friday.", "Maryland Board of Physicians", "Agency"),
        # advisers are officials, not a profession's association
        ("The Council of Economic Advisers released a report on data flows.", "Council of Economic Advisers", "Agency"),
        # a regulator named by its remit
        (
            "The Federal Communications Commission (FCC) fined the broadcaster.",
            "Federal Communications Commission",
            "Agency",
        ),
    ],
)
def test_bodies_named_after_officials_or_remits_stay_bodies(extractor, text, name, type_):
    assert name in of_type(extractor, text, type_)


@pytest.mark.parametrize(
    "text",
    [
        # government release
        "The United States International Trade Commission ruled against the importers.",
        # news
        "On Monday the United States International Trade Commission opened an investigation into the chips.",
    ],
)
def test_a_name_opening_with_a_states_name_of_two_words_is_that_states_body(extractor, text):
    assert "United States International Trade Commission" in of_type(extractor, text, "Agency")
    assert not of_type(extractor, text, "IGO")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The International Telecommunication Union met in Geneva.", "International Telecommunication Union"),
        (
            "The United Nations International Children's Emergency Fund opened an office.",
            "United Nations International Children's Emergency Fund",
        ),
        ("The European Union Agency for Cybersecurity published guidance.", "European Union Agency for Cybersecurity"),
    ],
)
def test_international_bodies_not_opening_with_a_state_stay_igos(extractor, text, name):
    assert name in of_type(extractor, text, "IGO")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # news
        ("The Ministry of Justice and Senator Lee disagreed on the bill.", "Ministry of Justice"),
        # government release
        ("The Department of Commerce and Secretary Raimondo announced the rule on Tuesday.", "Department of Commerce"),
        # news, a title of one word before a full name
        ("The Federal Trade Commission and Chair Lina Khan sued the company.", "Federal Trade Commission"),
        # telegram in capitals
        ("MINISTRY OF FOREIGN AFFAIRS AND MINISTER LAVROV REJECTED THE NOTE.", "MINISTRY OF FOREIGN AFFAIRS"),
    ],
)
def test_a_title_and_name_after_and_end_the_bodys_name(extractor, text, body):
    agencies = of_type(extractor, text, "Agency")
    assert body in agencies
    assert not any(a.startswith(body) and a != body for a in agencies)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a remit after "and"
        ("The Ministry of Justice and Public Security issued the decree.", "Ministry of Justice and Public Security"),
        ("The Department of Health and Human Services issued guidance.", "Department of Health and Human Services"),
    ],
)
def test_a_remit_after_and_stays_in_the_name(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        # a signature block of a regulator's letter
        (
            "Signed: John Smith, Chief, Public Safety and Homeland Security Bureau.",
            "Public Safety and Homeland Security Bureau",
            "John Smith",
        ),
        # a list of participants in a government release
        (
            "Participants: Anna Lee, Counsel, Health, Education and Welfare Committee; Tom Green, Mayor.",
            "Health, Education and Welfare Committee",
            "Anna Lee",
        ),
    ],
)
def test_a_post_between_commas_is_no_portfolio_of_the_body(extractor, text, body, person):
    found = mentions(extractor, text)
    assert ("Agency", body) in found
    assert not any(ty == "Agency" and person in t for ty, t in found)


def test_a_body_named_by_a_list_of_portfolios_keeps_its_commas(extractor):
    text = "The Committee on Commerce, Science, and Transportation held a hearing on Tuesday."
    assert "Committee on Commerce, Science, and Transportation" in of_type(extractor, text, "Agency")


def test_a_two_word_states_name_in_a_heading_line_is_a_name(extractor):
    text = "United States International Trade Commission Annual Report 2023\n\nThe report reviews trade in services."
    assert "United States International Trade Commission" in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    ("text", "law"),
    [
        # news
        (
            "The Council of Europe Convention on Cybercrime was signed in Budapest.",
            "Council of Europe Convention on Cybercrime",
        ),
        # government release, the kind alone with a date after it
        ("Germany ratified the Council of Europe Convention in 2009.", "Council of Europe Convention"),
        # Wikipedia-style page, a statute with its year
        ("The Bank of England Act 1998 gave the Bank operational independence.", "Bank of England Act 1998"),
        # two kinds in a row
        (
            "The Council of Europe Framework Convention on Artificial Intelligence opened for signature.",
            "Council of Europe Framework Convention on Artificial Intelligence",
        ),
    ],
)
def test_a_law_named_after_its_maker_is_a_law(extractor, text, law):
    found = mentions(extractor, text)
    assert ("Law", law) in found
    # the maker's own name ("Council of Europe") may stand as a body; no body runs into the law's kind
    assert not any(ty in ("Agency", "IGO") and law.startswith(t) and len(t.split()) > 3 for ty, t in found)


@pytest.mark.parametrize(
    ("text", "body", "type_"),
    [
        (
            "The Secretariat of the Basel Convention published guidance on e-waste.",
            "Secretariat of the Basel Convention",
            "IGO",
        ),
        ("The Council of Europe adopted Convention 108+ in 2018.", "Council of Europe", "IGO"),
        (
            "The Court of Justice of the European Union struck down the Privacy Shield.",
            "Court of Justice of the European Union",
            "IGO",
        ),
    ],
)
def test_a_body_serving_a_law_or_beside_it_stays_a_body(extractor, text, body, type_):
    assert body in of_type(extractor, text, type_)
