"""Round 12 of states on unseen text: a state named by its formal style ("the Republic of Ireland", "Commonwealth of
Australia") is one State mention, whatever the tables list; a noun phrase of the same shape whose last words name no
state is none; a state's name in the title of its legal code ("title 18, United States Code") is no mention of the
state, while the state said elsewhere in the same text still is."""

from __future__ import annotations

import pytest


def mentions(extractor, text: str, kind: str) -> list[str]:
    return [m.text for m in extractor.extract("t", "v", text).mentions if m.type == kind]


@pytest.mark.parametrize(
    "text, state",
    [
        ("The Republic of Ireland adopted the Data Protection Act 2018 in May.", "Republic of Ireland"),
        ("Jurisdiction: Commonwealth of Australia", "Commonwealth of Australia"),
        ("The Federative Republic of Brazil adopted the LGPD.", "Federative Republic of Brazil"),
        ("The Grand Duchy of Luxembourg hosts the court.", "Grand Duchy of Luxembourg"),
        ("The Republic of Ireland's regulator fined the company.", "Republic of Ireland"),
        ("The Commonwealth of Australia’s privacy law applies.", "Commonwealth of Australia"),
        ("SUBJECT: REPUBLIC OF IRELAND ADOPTS DATA RETENTION LAW", "REPUBLIC OF IRELAND"),
        (
            "3. (C) Embassy officials met representatives of the Principality of Monaco on data transfers.",
            "Principality of Monaco",
        ),
    ],
)
def test_formal_style_is_one_state(extractor, text: str, state: str) -> None:
    assert mentions(extractor, text, "State") == [state]


@pytest.mark.parametrize(
    "text",
    [
        "The Kingdom of Heaven is a film; the Republic of Letters was a network of scholars.",
        "The Commonwealth of Independent Thought held its annual meeting.",
        "SUBJECT: KINGDOM OF HEAVEN PREMIERES IN MADRID",
    ],
)
def test_formal_shape_without_a_state_names_none(extractor, text: str) -> None:
    assert mentions(extractor, text, "State") == []


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "The Parliament of the Republic of Ghana passed the Data Protection Act 2012.",
            {"Parliament of the Republic of Ghana"},
        ),
        (
            "The People's Republic of China and the United Kingdom of Great Britain and Northern Ireland signed it.",
            {"People's Republic of China", "United Kingdom of Great Britain and Northern Ireland"},
        ),
    ],
)
def test_outer_names_win(extractor, text: str, names: set[str]) -> None:
    found = {m.text for m in extractor.extract("t", "v", text).mentions}
    assert names <= found
    assert not {"Republic of Ghana", "Kingdom of Great Britain", "Republic of China"} & found


@pytest.mark.parametrize(
    "text, states",
    [
        ("Long title | An Act to amend title 18, United States Code, with respect to the interception of calls.", []),
        ("Under 44 U.S. Code 3501 the agency must publish a notice.", []),
        (
            "The United States signed the accord. The statute is codified in title 44, United States Code, and the "
            "United States later amended it.",
            ["United States", "United States"],
        ),
        (
            "The U.S. government objected. The rules appear at 15 U.S. Code 6501, which the U.S. enforces.",
            ["U.S.", "U.S."],
        ),
    ],
)
def test_state_in_code_title_is_no_mention(extractor, text: str, states: list[str]) -> None:
    assert mentions(extractor, text, "State") == states


@pytest.mark.parametrize(
    "text, firms",
    [
        ("Banks such as JPMorgan must also weigh the rules.", {"JPMorgan"}),
        ("Companies such as Zentrix and Brightwave lobbied against the law.", {"Zentrix", "Brightwave"}),
        (
            "Cloud providers such as Nimbra Cloud and Altostrat opened regions in Riyadh last year, the ministry said.",
            {"Nimbra Cloud", "Altostrat"},
        ),
        (
            "The Commission notes that providers such as Zentravo and Lumora Systems have committed to the code.",
            {"Zentravo", "Lumora Systems"},
        ),
        ("The company said carriers including Vodafone, Orange and Telenor would comply.", {"Vodafone", "Telenor"}),
        (
            "4. (C) Post contacts said that local banks such as Halvora and Tessin Capital had already moved their "
            "servers to Almaty.",
            {"Halvora", "Tessin Capital"},
        ),
        (
            "¶5. (SBU) Carriers including Zeltron and Mobivia told EconOff that they would comply with the decree.",
            {"Zeltron", "Mobivia"},
        ),
    ],
)
def test_examples_of_a_company_noun_are_firms(extractor, text: str, firms: set[str]) -> None:
    found = set(mentions(extractor, text, "Firm"))
    assert firms <= found
    assert not set(mentions(extractor, text, "Person"))


@pytest.mark.parametrize(
    "text, kind, names",
    [
        ("Regulators told foreign firms including Chinese ones to store data locally.", "Firm", []),
        ("Several firms such as European ones objected.", "Firm", []),
        ("International services like Google Maps face service problems in the country.", "Firm", []),
        (
            "The embassy noted that banks such as the Reserve Bank of India were consulted.",
            "Agency",
            ["Reserve Bank of India"],
        ),
        ("Firms such as these must register with the ministry.", "Firm", []),
    ],
)
def test_no_company_example_without_a_name(extractor, text: str, kind: str, names: list[str]) -> None:
    assert mentions(extractor, text, kind) == names


@pytest.mark.parametrize(
    "text",
    [
        "In February 2020 Moscow's Tagansky District Court fined Facebook and Twitter four million rubles.",
        "The ministry said that Beijing's Haidian District People's Court ruled against the company on Monday.",
        "2. (SBU) Protesters gathered in Ankara's streets as Ankara's airport closed.",
    ],
)
def test_capital_owning_a_court_or_place_is_the_city(extractor, text: str) -> None:
    assert mentions(extractor, text, "State") == []


@pytest.mark.parametrize(
    "text, states",
    [
        ("Washington's message to Beijing was clear.", ["Washington"]),
        ("Beijing's new rules require that data stay in China.", ["Beijing", "China"]),
        ("Moscow's demands were rejected by the Embassy.", ["Moscow"]),
    ],
)
def test_capital_owning_an_act_is_the_government(extractor, text: str, states: list[str]) -> None:
    assert mentions(extractor, text, "State") == states
