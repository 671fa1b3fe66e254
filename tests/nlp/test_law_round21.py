"""Law names, round 21 (probe texts of our own: news, law-firm notes, government releases, Wikipedia, telegrams):
a numbered act's citation holds the body that issued it, written before the act's kind ("Council of Ministers
Regulation No. 130/2006", "EU Council Decision 2008/615/JHA", "Presidential Decree No. 123"), and the year of its
number ("Cabinet Resolution No. 21 of 2019", "Law No. 11, 2008"). An act without a number, a body that is the
subject of the sentence, and a year that starts another number are left out. A line the next line repeats (a page's
title over its infobox's caption, the second perhaps in a table's cell) is a name of its own, not the first half of a
name wrapped over two lines; a sentence wrapped inside a name is still read as one name."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type

pytestmark = pytest.mark.slow


# --- the issuer before a numbered act's kind


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The agency was created in 2006 by the Council of Ministers Regulation No.130/2006, with goals including "
            "cyber defence.",
            "Council of Ministers Regulation No.130/2006",
        ),
        (
            "Parts of the convention were picked up by EU Council Decision 2008/615/JHA on 23 June 2008.",
            "EU Council Decision 2008/615/JHA",
        ),
        (
            "Under Presidential Decree No. 123, operators must store personal data in Kazakhstan, the firm's client "
            "note says.",
            "Presidential Decree No. 123",
        ),
        ("Vietnam issued Government Decree No. 53/2022/ND-CP in August.", "Government Decree No. 53/2022/ND-CP"),
        (
            "Saudi Arabia enacted Council of Ministers Resolution No. 18 on cloud computing.",
            "Council of Ministers Resolution No. 18",
        ),
    ],
)
def test_the_issuer_before_a_numbered_act_is_part_of_its_name(extractor, text, name):
    assert name in of_type(extractor, text, "Law")


@pytest.mark.parametrize(
    "text, name, body",
    [
        ("The Council of Ministers approved Regulation No. 5 last week.", "Regulation No. 5", "Council of Ministers"),
        (
            "The European Commission adopted Regulation (EU) 2016/679 in April.",
            "Regulation (EU) 2016/679",
            "European Commission",
        ),
    ],
)
def test_a_body_that_acts_on_a_numbered_act_stays_a_body(extractor, text, name, body):
    laws = of_type(extractor, text, "Law")
    assert name in laws
    assert not any(body in law for law in laws)


def test_an_act_without_a_number_takes_no_issuer(extractor):
    text = "The Council of Ministers said the Regulation would enter into force in May."
    assert not any(law.startswith("Council") for law in of_type(extractor, text, "Law"))


# --- the year of a numbered act


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The UAE Cabinet issued Cabinet Resolution No. 21 of 2019 on the regulation of data.",
            "Cabinet Resolution No. 21 of 2019",
        ),
        (
            "The ministry relies on Council of Ministers Decree No. 12 of 2020, which restricts transfers of data.",
            "Council of Ministers Decree No. 12 of 2020",
        ),
        ("English translation of Law No. 11, 2008, Press Council website.", "Law No. 11, 2008"),
        ("Under Law No. 27 of 2022, the ministry must store data locally.", "Law No. 27 of 2022"),
    ],
)
def test_the_year_of_a_numbered_act_is_part_of_its_name(extractor, text, name):
    assert name in of_type(extractor, text, "Law")


@pytest.mark.parametrize(
    "text, name",
    [
        ("The decree, Decree No. 5 of 2019/2020 budget, was cited.", "Decree No. 5 of 2019"),
        ("The league applied Resolution No. 8, 2019/20 season rules, to the transfer.", "Resolution No. 8, 2019"),
    ],
)
def test_a_year_that_starts_another_number_stays_out(extractor, text, name):
    assert name not in of_type(extractor, text, "Law")


# --- a line the next line repeats


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Protection from Online Falsehoods and Manipulation Act 2019\n"
            "Protection from Online Falsehoods and Manipulation Act 2019 | |\n---|---|\nParliament of Singapore | |\n",
            "Protection from Online Falsehoods and Manipulation Act 2019",
        ),
        (
            "Personal Information Protection Law of the People's Republic of China\n"
            "Personal Information Protection Law of the People's Republic of China\n"
            "The law took effect on 1 November 2021.",
            "Personal Information Protection Law of the People's Republic of China",
        ),
    ],
)
def test_a_repeated_title_line_is_a_name_of_its_own(extractor, text, name):
    laws = of_type(extractor, text, "Law")
    assert name in laws
    assert not any("\n" in law or law.count(" Act 2019") > 1 for law in laws)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "4. (SBU) Officials said the Secure and Trusted Communications\nNetworks Act of 2019 funds replacements.",
            "Secure and Trusted Communications\nNetworks Act of 2019",
        ),
        (
            "The firm's note says the Protection of Personal Information\nAct would apply to cloud providers.",
            "Protection of Personal Information\nAct",
        ),
    ],
)
def test_a_name_wrapped_over_two_different_lines_stays_one(extractor, text, name):
    assert name in of_type(extractor, text, "Law")
