"""Law names, round 18 (probe texts of our own: news, releases, law-firm notes, Wikipedia leads, telegrams): the word
"number" before a law's number written "N.", "N°" or in full; a title opening with a word glued to a one-letter
prefix ("ePrivacy Regulation"); a headline's verb of ratifying and its noun of sponsorship are no words of the law's
name; a name glossed in its own language and script in a parenthesis does not make an English paragraph foreign;
a Senate bill's "S." stands alone, not at the end of initials before a year ("U.S. 2020", "B.S. 2016"); a law's kind
inside a publication's name ("Harvard Law Review", "Federal Law Gazette") names no law. Each with the texts where
the rule must not fire."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.text_rules.laws import find_law_citations
from pipelines.nlp.text_rules.prefixed_titles import find_prefixed_titles
from pipelines.nlp.textview import prepare

pytestmark = pytest.mark.slow


def laws(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Law"}


def mentions(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extractor.extract("t", "v", text).mentions}


# --- the number word before a law's number


NUMBER_WORDS = [
    # a Wikipedia article on a regulator
    ("The NCC was created under Decree number 75 by the Federal Military Government.", "Decree number 75"),
    # Turkish style in an English news report
    ("In 2008 the Turkish legislature enacted the Law N. 5809 on electronic communications.", "Law N. 5809"),
    # a law-firm note on a Latin American statute, with its title after the number
    (
        "Peru's Law N° 29733 on Personal Data Protection took effect in 2013, the firm wrote.",
        "Law N° 29733 on Personal Data Protection",
    ),
    # a government release
    ("The ministry said Act number 12 of 2021 governs the sector.", "Act number 12 of 2021"),
]


@pytest.mark.parametrize(("text", "name"), NUMBER_WORDS)
def test_number_word_makes_a_citation(extractor: Extractor, text: str, name: str) -> None:
    assert name in {text[c.start : c.end] for c in find_law_citations(text)}
    assert name in laws(extractor, text)


NO_NUMBERED_LAW = [
    "The Decree number was not given in the release.",
    "Law N. Smith said the bill would pass.",
    "The law number of the act is unknown, the cable said.",
]


@pytest.mark.parametrize("text", NO_NUMBERED_LAW)
def test_number_word_without_a_number_names_no_law(extractor: Extractor, text: str) -> None:
    assert not any(any(ch.isdigit() for ch in law) for law in laws(extractor, text))
    assert not find_law_citations(text)


# --- a title opening with a prefixed word


PREFIXED = [
    # an EU release
    ("Our draft ePrivacy Regulation strikes the right balance, the Commissioner said.", "ePrivacy Regulation"),
    # a law-firm note, in brackets after the long title
    (
        "The proposal (Regulation on Privacy and Electronic Communications) (ePrivacy Regulation) was tabled.",
        "ePrivacy Regulation",
    ),
    # a news report; a year right after the head belongs to the title
    ("Platforms were shielded by the eCommerce Directive 2000, critics noted.", "eCommerce Directive 2000"),
    ("The eIDAS Regulation governs electronic identification across the bloc.", "eIDAS Regulation"),
]


@pytest.mark.parametrize(("text", "name"), PREFIXED)
def test_prefixed_title_is_a_law(extractor: Extractor, text: str, name: str) -> None:
    assert name in laws(extractor, text)


NOT_PREFIXED_LAWS = [
    # a body's or a portal's noun, no law's kind
    "The eSafety Commissioner issued a notice to the platform.",
    "Comments may be filed on the eRulemaking Portal until May.",
    # the head in lower case, a brand
    "The ePrivacy rules apply to cookies, and eBay said it complies.",
    # two lower-case letters before the capital
    "The meDia Act was a parody, the blog said.",
]


@pytest.mark.parametrize("text", NOT_PREFIXED_LAWS)
def test_prefixed_word_without_a_law_head_is_no_law(text: str) -> None:
    assert find_prefixed_titles(text, load_lexicon()) == []


def test_prefixed_word_before_a_body_stays_no_law(extractor: Extractor) -> None:
    assert not laws(extractor, "The eSafety Commissioner issued a notice to the platform.")


# --- a headline's verb of ratifying and noun of sponsorship


HEADLINES = [
    ("Egypt: President Ratifies Anti-Cybercrime Law", "Anti-Cybercrime Law"),
    ("Kaine Announces Cosponsorship of RESTRICT Act to Counter National Security Threats", "RESTRICT Act"),
    ("Senate Ratifies Data Protection Treaty With Japan", "Data Protection Treaty"),
    ("Lawmakers Ratify Budget Act Amid Protests", "Budget Act"),
]


@pytest.mark.parametrize(("text", "name"), HEADLINES)
def test_headline_words_before_a_law_are_not_its_name(extractor: Extractor, text: str, name: str) -> None:
    found = laws(extractor, text)
    assert name in found
    assert not any(law.endswith(name) and law != name for law in found)


def test_sponsorship_noun_in_prose_leaves_a_title_alone(extractor: Extractor) -> None:
    # no headline: the law's own title keeps its words
    text = "The committee reviewed the Public Sponsorship Act in 2019."
    assert "Public Sponsorship Act" in laws(extractor, text)


# --- a name glossed in its own language does not make the paragraph foreign


GLOSSES = [
    # a Wikipedia lead with a Thai gloss
    (
        "The Act on Computer Crime B.E. 2550 (Thai: พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. ๒๕๕๐), "
        "commonly known as the Computer Crime Act (CCA), is a 2007 Thai law addressing cyber offenses.",
        {"Act on Computer Crime B.E. 2550", "Computer Crime Act", "CCA"},
    ),
    # a news report with a Russian gloss
    (
        "The Federal Law on Personal Data (Russian: Федеральный закон о персональных данных) was adopted by the "
        "State Duma in 2006.",
        {"Federal Law on Personal Data"},
    ),
]


@pytest.mark.parametrize(("text", "names"), GLOSSES)
def test_gloss_in_parenthesis_keeps_the_paragraph_english(extractor: Extractor, text: str, names: set[str]) -> None:
    assert prepare(text).text == text
    assert names <= laws(extractor, text)


FOREIGN_PARAGRAPHS = [
    # another language outside the parenthesis: still that language
    "Le Parlement a adopté la loi relative au renseignement (Intelligence Act) le 24 juillet 2015, après un long "
    "débat au Sénat et à l'Assemblée nationale.",
    # a paragraph that is all one parenthesis is judged whole
    "(Ley 1581 de 2012, por la cual se dictan disposiciones generales para la protección de datos personales en "
    "Colombia.)",
]


@pytest.mark.parametrize("text", FOREIGN_PARAGRAPHS)
def test_paragraph_in_another_language_is_still_blanked(extractor: Extractor, text: str) -> None:
    assert not prepare(text).text.strip()
    assert not mentions(extractor, text)


# --- a Senate bill's letter stands alone


INITIALS_BEFORE_YEAR = [
    # a news report: the country's initials before a year
    ("The U.S. 2020 census counted 331 million people, the bureau said.", {("U.S.", "State")}),
    # a Wikipedia history of Nepal's telecoms: years of the Bikram Sambat era
    ("The Telecommunication Department was established in B.S. 2016 and the board in B.S. 2026.", set()),
]


@pytest.mark.parametrize(("text", "expected"), INITIALS_BEFORE_YEAR)
def test_initials_before_a_year_are_no_senate_bill(extractor: Extractor, text: str, expected: set) -> None:
    assert not find_law_citations(text)
    assert not laws(extractor, text)
    assert expected <= mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senator Warner introduced S. 686 in March, the release said.", "S. 686"),
        ("The Senate passed the bill (S.1234) last year.", "S.1234"),
        ("The House passed H.R. 7520 in March 2024.", "H.R. 7520"),
    ],
)
def test_senate_and_house_bills_still_cited(extractor: Extractor, text: str, name: str) -> None:
    assert name in laws(extractor, text)


# --- a law's kind inside a publication's name


PUBLICATIONS = [
    "An article in the Harvard Law Review argued that the rules were outdated.",
    "The Yale Law Journal and the Stanford Law Review both criticized the bill.",
    "The act was published in the Federal Law Gazette on 7 September 2017.",
]


@pytest.mark.parametrize("text", PUBLICATIONS)
def test_law_in_a_publication_name_is_no_law(extractor: Extractor, text: str) -> None:
    assert not laws(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a law named near a publication, a word between them
        ("A note in the Harvard Law Review discussed the Privacy Act of 1974.", "Privacy Act of 1974"),
        ("The Data Protection Act 2018 was printed in the Gazette in May.", "Data Protection Act 2018"),
    ],
)
def test_law_beside_a_publication_stays(extractor: Extractor, text: str, name: str) -> None:
    assert name in laws(extractor, text)
