"""Round 16 of persons and companies (probe text of our own, news, government releases and cables): a list of
companies ends at its sentence's end; a plural noun of the press introduces a list of companies like a plural
company noun; a newspaper is named by its title's own head word ("Post", "Daily", "Shimbun") or lead word
("Dainik") after names, never after ordinary words, and never when the head goes on into a longer name."""

from __future__ import annotations

import pytest

from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.text_rules.firm_lists import within_sentence

pytestmark = pytest.mark.slow


def mentions(extractor, text: str, kind: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == kind}


@pytest.mark.parametrize(
    "text, last, not_firm",
    [
        (
            "The regulator licensed three mobile carriers, Northtel, Bluewave and Sparkline. However, the ministry "
            "kept control of the backbone.",
            "Sparkline",
            "Sparkline. However",
        ),
        (
            "2. (C) Post learned that the two operators, Kestrel Mobile and Orbis. Officials declined to comment.",
            "Orbis",
            "Orbis. Officials",
        ),
        (
            "WASHINGTON - The department fined the firms Contoso, Fabrikam and Northwind. Later the court upheld the "
            "fines.",
            "Northwind",
            "Northwind. Later",
        ),
    ],
)
def test_a_listed_company_ends_at_its_sentence_end(extractor, text, last, not_firm):
    firms = mentions(extractor, text, "Firm")
    assert last in firms
    assert not_firm not in firms


def test_an_abbreviation_or_an_initial_does_not_end_a_listed_name() -> None:
    lex = load_lexicon()
    assert within_sentence("Orion Ltd. Holdings", lex) == "Orion Ltd. Holdings"
    assert within_sentence("J. Smith Networks", lex) == "J. Smith Networks"
    assert within_sentence("Rain. However", lex) == "Rain"


@pytest.mark.parametrize(
    "text, firms",
    [
        (
            "Reporters from the regional newspapers, Morning Ledger and Evening Courier, were detained under the law.",
            {"Morning Ledger", "Evening Courier"},
        ),
        (
            "The two dailies, Valley Tribune and Harbour Gazette, published the leaked memo.",
            {"Valley Tribune", "Harbour Gazette"},
        ),
        (
            "3. (SBU) The three broadcasters, Sunline, Radio Vega and Kanal Nord, were ordered to store user data "
            "locally.",
            {"Sunline", "Radio Vega", "Kanal Nord"},
        ),
    ],
)
def test_a_plural_noun_of_the_press_introduces_a_list_of_companies(extractor, text, firms):
    assert firms <= mentions(extractor, text, "Firm")


def test_a_plural_noun_of_the_press_without_a_list_names_nothing(extractor):
    assert mentions(extractor, "The two newspapers, the ministry said, had breached the Press Act.", "Firm") == set()


@pytest.mark.parametrize(
    "text, firm",
    [
        ("The Jakarta Post reported that the ministry would enforce the data law.", "Jakarta Post"),
        ("According to the Asahi Shimbun, the commission fined the firm.", "Asahi Shimbun"),
        ("2. (C) An editorial in the JAKARTA POST criticized the draft regulation.", "JAKARTA POST"),
        ("People's Daily praised the Cybersecurity Law in an editorial.", "People's Daily"),
        ("Journalists of Dainik Amar Desh were detained under the Digital Security Act.", "Dainik Amar Desh"),
        ("The Sunday Times and the Washington Post reported on the ban.", "Washington Post"),
    ],
)
def test_a_newspaper_named_by_its_title(extractor, text, firm):
    assert firm in mentions(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text",
    [
        "The border post was closed, and the Command Post issued an order.",
        "The trucks waited at the Border Post for three days.",
        "The South African Post Office opposed the bill.",
        "The ministry met three times in March.",
        "Protesters gathered in Times Square against the data law.",
        "The Minister Post was vacant.",
        "The Sunday Times reported on the ban.",
    ],
)
def test_no_newspaper_after_ordinary_words_or_inside_a_longer_name(extractor, text):
    assert mentions(extractor, text, "Firm") == set()


@pytest.mark.parametrize(
    "text, firms",
    [
        ("US companies including eBay and Google had begun storing Russian users' data locally.", {"eBay", "Google"}),
        ("The regulator fined firms such as iRobot and Sonos for breaching the data law.", {"iRobot", "Sonos"}),
        (
            "3. (C) Post contacts said foreign companies including eBay, Apple and Amazon opposed the "
            "localization law.",
            {"eBay", "Apple", "Amazon"},
        ),
    ],
)
def test_a_brand_with_a_lower_case_initial_is_an_example_of_companies(extractor, text, firms):
    assert firms <= mentions(extractor, text, "Firm")


def test_lower_case_words_after_a_company_noun_name_no_company(extractor):
    assert mentions(extractor, "Companies such as e-commerce platforms opposed the rule.", "Firm") == set()
