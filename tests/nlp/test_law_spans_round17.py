"""Law spans, round 17 (probe texts of our own, news, releases and cables): an EU act cited by its number is its
kind and number, not the subject after it; a weak law head dated by its year names a bill; India's "<Title> bill,
<year>" and Thailand's Buddhist Era year end a title; a head-first title keeps "of <year>"; a proclamation is a
law's kind. Each with the texts where the rule must not fire."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from pipelines.nlp.text_rules.dated_titles import find_dated_titles
from pipelines.nlp.text_rules.laws import find_law_citations

pytestmark = pytest.mark.slow


def laws(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Law"}


def citations(text: str) -> set[str]:
    return {text[c.start : c.end] for c in find_law_citations(text)}


EU_ACTS = [
    # the subject after the number describes the act: no part of its name, capitalised or not
    (
        "Brussels adopted Regulation (EU) 2023/2854 on Harmonised Rules on Fair Access to and Use of Data.",
        "Regulation (EU) 2023/2854",
    ),
    (
        "The agency said Directive (EU) 2022/2555 on measures for a high common level of cybersecurity applies.",
        "Directive (EU) 2022/2555",
    ),
    # an infobox runs the act on from the word before it
    ("Other legislation Amended byDirective (EU) 2022/2464 Current legislation", "Directive (EU) 2022/2464"),
    # the legal order without its brackets
    ("Under Regulation EU2018/1725 the institutions must protect personal data.", "Regulation EU2018/1725"),
    ("Directive EU 2019/790 governs online content-sharing services, the release said.", "Directive EU 2019/790"),
]


@pytest.mark.parametrize(("text", "name"), EU_ACTS)
def test_eu_act_is_kind_and_number(extractor: Extractor, text: str, name: str) -> None:
    assert name in citations(text)
    assert name in laws(extractor, text)
    assert not any(law.startswith(name) and law != name for law in laws(extractor, text))


def test_other_numbered_citation_keeps_its_title(extractor: Extractor) -> None:
    text = "The ministry issued Decree No. 13/2023/ND-CP on Personal Data Protection last year."
    assert "Decree No. 13/2023/ND-CP on Personal Data Protection" in laws(extractor, text)


def test_eu_number_without_kind_is_no_act() -> None:
    assert not citations("The committee met on 12 EU 2019/790 forms.")


def dated(text: str) -> set[str]:
    return {text[c.start : c.end] for c in find_dated_titles(text)}


DATED = [
    # India's style: a bill's title, its kind in lower case, a comma and the year
    ("On 20 December 2023, the Telecommunications bill, 2023 was passed.", "Telecommunications bill, 2023"),
    (
        "The Personal Data Protection bill, 2019 lapsed when Parliament was dissolved, a government release said.",
        "Personal Data Protection bill, 2019",
    ),
    (
        "Embassy contacts said the Broadcasting Services bill, 2023 would go to a select committee.",
        "Broadcasting Services bill, 2023",
    ),
    # Thailand's: the Buddhist Era year, a second act's bracketed number before it
    ("Thailand passed the Personal Data Protection Act B.E. 2562 in 2019.", "Personal Data Protection Act B.E. 2562"),
    ("The Act on Computer Crime (No. 2) B.E. 2560 was adopted unanimously.", "Act on Computer Crime (No. 2) B.E. 2560"),
    ("Under the Computer Crime Act B.E. 2550 the ministry may block websites.", "Computer Crime Act B.E. 2550"),
]


@pytest.mark.parametrize(("text", "name"), DATED)
def test_dated_title(extractor: Extractor, text: str, name: str) -> None:
    assert name in dated(text)
    assert name in laws(extractor, text)


NOT_DATED = [
    "The Senate passed the bill, 2024 was an election year.",
    "The committee met in 2023 to discuss the bill, 2024 elections were also discussed.",
    "In 2550 B.E. the king visited the province.",
    "The Grand Palace B.E. 2325 guide was printed for tourists.",
]


@pytest.mark.parametrize("text", NOT_DATED)
def test_no_dated_title(extractor: Extractor, text: str) -> None:
    assert not dated(text)
    assert not laws(extractor, text)


YEAR_NAMED = [
    # a weak head ("Bill") with one word before it: its year makes it a title
    ("Bill title | Telecommunications Bill 2023 | Introduced by | A minister", "Telecommunications Bill 2023"),
    ("The cabinet approved the Broadcasting Bill 2024 on Tuesday.", "Broadcasting Bill 2024"),
    ("Post learned that the Cybercrimes Bill 2015 will be debated next week.", "Cybercrimes Bill 2015"),
    ("Parliament tabled the Telecommunications Bill 2022 last week.", "Telecommunications Bill 2022"),
    # a head-first title dated by "of" and its year
    (
        "Use of these services was legalised by the Proclamation on Telecom Fraud Offences of 2012.",
        "Proclamation on Telecom Fraud Offences of 2012",
    ),
    (
        "The Law on Cybersecurity of 2018 requires foreign firms to store data in Vietnam.",
        "Law on Cybersecurity of 2018",
    ),
    (
        "The Regulation on Data Localisation of 2021 took effect, the ministry said in a release.",
        "Regulation on Data Localisation of 2021",
    ),
    # a proclamation is a law's kind (Ethiopia's statutes)
    ("Parliament passed the Electronic Transactions Proclamation last year.", "Electronic Transactions Proclamation"),
    (
        "The cable said the Computer Crime Proclamation was approved by the council of ministers.",
        "Computer Crime Proclamation",
    ),
]


@pytest.mark.parametrize(("text", "name"), YEAR_NAMED)
def test_year_or_kind_names_law(extractor: Extractor, text: str, name: str) -> None:
    assert name in laws(extractor, text)


NOT_YEAR_NAMED = [
    # a status before the weak head is no title; a bill without year or a second word is none
    ("Draft Bill 2023 was withdrawn by the ministry.", set()),
    ("The Finance Bill was tabled in Parliament.", set()),
    # a date after a head-first title is no part of it
    ("The Law on Cybersecurity was adopted in 2018.", {"Law on Cybersecurity"}),
    # a proclamation in lower case is an act of announcing
    ("The President issued a proclamation on Tuesday declaring a day of mourning.", set()),
    ("The proclamation of the results was delayed.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NOT_YEAR_NAMED)
def test_no_year_named_law(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert laws(extractor, text) == expected
