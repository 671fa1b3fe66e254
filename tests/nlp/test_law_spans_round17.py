"""Law spans, round 17 (probe texts of our own, news, releases and cables): an EU act cited by its number is its
kind and number, not the subject after it; a weak law head dated by its year names a bill; India's "<Title> bill,
<year>" and Thailand's Buddhist Era year end a title; a head-first title keeps "of <year>"; a proclamation is a
law's kind; a state's tax by its possessive and title-case name; a court's docket number is no law; a law named in
another language by its short form, nickname or German title. Each with the texts where
the rule must not fire."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.text_rules.dated_titles import find_dated_titles
from pipelines.nlp.text_rules.foreign_law_titles import find_foreign_law_titles
from pipelines.nlp.text_rules.laws import find_law_citations
from pipelines.nlp.text_rules.state_taxes import find_state_taxes

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


def foreign(text: str) -> set[str]:
    return {text[c.start : c.end] for c in find_foreign_law_titles(text, load_lexicon())}


FOREIGN = [
    # the short form of a Romance law's name once the full name is given
    (
        "The Marco Civil da Internet was signed in 2014. The Marco Civil requires providers to treat packets equally.",
        "Marco Civil",
    ),
    (
        "Brazil's Lei Geral de Proteção de Dados took effect in 2020. Firms say the Lei Geral is costly.",
        "Lei Geral",
    ),
    # a nickname: the head and one capitalised word
    ("Ley Sinde (English: Sinde Law) is a provision in Spain's Sustainable Economy Act.", "Ley Sinde"),
    ('Thousands protested against "Ley Telecom," which supporters call a reform.', "Ley Telecom"),
    ("France's Loi Toubon requires French in advertising, the embassy reported.", "Loi Toubon"),
    # a German title up to its closing bracket
    (
        "The Network Enforcement Act (Gesetz zur Verbesserung der Rechtsdurchsetzung in sozialen Netzwerken) took "
        "effect in 2017.",
        "Gesetz zur Verbesserung der Rechtsdurchsetzung in sozialen Netzwerken",
    ),
    (
        "The cable reports that the Gesetz über den Bundesnachrichtendienst [BND Act] was amended.",
        "Gesetz über den Bundesnachrichtendienst",
    ),
    (
        "The IT Security Act (Gesetz zur Erhöhung der Sicherheit informationstechnischer Systeme) was passed by the "
        "Bundestag in 2015, the ministry said.",
        "Gesetz zur Erhöhung der Sicherheit informationstechnischer Systeme",
    ),
]


@pytest.mark.parametrize(("text", "name"), FOREIGN)
def test_foreign_law_title(extractor: Extractor, text: str, name: str) -> None:
    assert name in foreign(text)
    assert name in laws(extractor, text)


NOT_FOREIGN = [
    "Senator Marco Rubio said the bill would pass.",
    "Sussan Ley said the government would act.",
    "Xiaomi founder Lei Jun said sales rose.",
    "Das Gesetz über den Bundesnachrichtendienst was amended, the cable said.",
    "The word Gesetz means law in German.",
]


@pytest.mark.parametrize("text", NOT_FOREIGN)
def test_no_foreign_law_title(extractor: Extractor, text: str) -> None:
    assert not foreign(text)
    assert not laws(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Judgment in Joined Cases C-293/12 and C-594/12 was delivered in Luxembourg, the court's press release said.",
        "The embassy reported that Case T-553/23 was filed by the company.",
        "The General Court dismissed the action in Case T-709/21, a news agency reported.",
    ],
)
def test_docket_number_is_no_law(extractor: Extractor, text: str) -> None:
    assert not citations(text)
    assert not laws(extractor, text)


def test_named_case_is_still_a_law(extractor: Extractor) -> None:
    text = "The court's ruling in Promusicae v. Telefónica barred such demands, the cable said."
    assert "Promusicae v. Telefónica" in laws(extractor, text)


STATE_TAXES = [
    ("USTR has determined that France's Digital Services Tax is unreasonable.", "Digital Services Tax"),
    ("The cable said Hungary's Advertisement Tax burdens foreign media firms.", "Advertisement Tax"),
    ("India's Equalisation Levy applies to online advertising, the ministry said in a release.", "Equalisation Levy"),
]


@pytest.mark.parametrize(("text", "name"), STATE_TAXES)
def test_state_tax(extractor: Extractor, text: str, name: str) -> None:
    assert name in laws(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the plural names a kind of tax; a firm's or a programme's tax is no state's law
        "USTR launched investigations of Digital Services Taxes adopted by ten countries.",
        "Google's Sales Tax team met officials.",
        "The project was known as Golden Tax in China.",
    ],
)
def test_no_state_tax(extractor: Extractor, text: str) -> None:
    assert not find_state_taxes(text, _states)
    assert not laws(extractor, text)


def _states(name: str) -> str | None:
    """A stand-in for the tables: the states of these probes."""
    return "State" if name in ("France", "China", "Hungary", "India") else None


def test_state_tax_needs_a_state() -> None:
    assert [c.type for c in find_state_taxes("France's Digital Services Tax applies.", _states)] == ["Law"]
    assert not find_state_taxes("Acme's Digital Services Tax applies.", _states)


REFERRED_TO = [
    (
        "On 1 March 2006, the Additional Protocol to the Convention on Cybercrime came into force.",
        "Additional Protocol to the Convention on Cybercrime",
    ),
    (
        "The government ratified the Optional Protocol to the Convention on the Rights of the Child last year, the "
        "release said.",
        "Optional Protocol to the Convention on the Rights of the Child",
    ),
    (
        "Post reports that the Second Additional Protocol to the Convention on Cybercrime was signed in Strasbourg.",
        "Second Additional Protocol to the Convention on Cybercrime",
    ),
]


@pytest.mark.parametrize(("text", "name"), REFERRED_TO)
def test_instrument_to_a_titled_instrument(extractor: Extractor, text: str, name: str) -> None:
    assert name in laws(extractor, text)


def test_day_after_instrument_to_instrument_is_no_title(extractor: Extractor) -> None:
    text = "The talks on the Protocol to the Convention on Monday ended without a deal."
    assert laws(extractor, text) == {"Protocol to the Convention"}
