"""Round 11 entity bugs found by probe sentences: a place before "the company said" is no company; a capitalised
name after a business noun is a firm even when it ends in "Data"; a person and a company coordinated are two names;
a state or another kind's name in parentheses is no alias; a known firm's name goes on into a product's name, not a
person's; companies listed after a count and a plural company noun; a data-handling verb is no data type's word."""

from __future__ import annotations

import pytest


def typed(extractor, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extractor.extract("t", "v", text).mentions}


def names(extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions}


@pytest.mark.parametrize(
    "text, place",
    [
        ("Speaking in Berlin, the company said it would store data locally.", "Berlin"),
        ("On Tuesday, the firm announced that it would build a data centre in Jakarta.", "Tuesday"),
        ("In Lagos, the company has hired forty engineers.", "Lagos"),
        ("Data will be stored in Chennai, the company said.", "Chennai"),
        ("2. (SBU) The new servers will be located in Hyderabad, the company told Econoff.", "Hyderabad"),
        ("The bank will process all card data in Mumbai, the firm said in a statement.", "Mumbai"),
        ("In Chennai, a company spokesman said the data would stay in India.", "Chennai"),
    ],
)
def test_place_before_a_new_clause_is_no_firm(extractor, text: str, place: str) -> None:
    assert (place, "Firm") not in typed(extractor, text)


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Palantir, the firm founded by Peter Thiel, signed a contract with the agency.", "Palantir"),
        ("Acme Analytics, the company that sells location data, was fined.", "Acme Analytics"),
        ("Musical.ly, a company founded in Shanghai, was bought by ByteDance.", "Musical.ly"),
        ("Orbital, a company known for satellite imagery, sold the data.", "Orbital"),
        ("Kestrel, a company specialising in cloud storage, opened a data centre in Nairobi.", "Kestrel"),
    ],
)
def test_apposition_still_names_a_firm(extractor, text: str, firm: str) -> None:
    assert (firm, "Firm") in typed(extractor, text)


@pytest.mark.parametrize(
    "text, firm, data",
    [
        ("The data broker Acme Data sold location records to the agency.", "Acme Data", "location records"),
        (
            "Regulators in Jakarta said the broker Nusantara Information had leaked customer records.",
            "Nusantara Information",
            "customer records",
        ),
        (
            "The Commission's complaint alleges that the data broker Mobilewalla Data collected precise location data.",
            "Mobilewalla Data",
            "precise location data",
        ),
    ],
)
def test_data_word_ending_a_name_makes_no_data_type(extractor, text: str, firm: str, data: str) -> None:
    found = typed(extractor, text)
    assert (firm, "Firm") in found and (data, "DataType") in found
    assert not any(t == "DataType" and firm in n for n, t in found)


def test_title_case_data_type_at_sentence_start_stays(extractor) -> None:
    assert ("Personal Information", "DataType") in typed(
        extractor, "Personal Information held by banks must stay in the country."
    )


@pytest.mark.parametrize(
    "text, person, firm",
    [
        ("The deal between John Smith and Acme Holdings was signed in March.", "John Smith", "Acme Holdings"),
        (
            "The lawsuit names Maria Lopez and Vertex Data Solutions Inc. as defendants.",
            "Maria Lopez",
            "Vertex Data Solutions Inc.",
        ),
        (
            "The complaint names Jane Roe and Apex Data Holdings LLC as defendants.",
            "Jane Roe",
            "Apex Data Holdings LLC",
        ),
    ],
)
def test_person_and_firm_coordinated_are_two_names(extractor, text: str, person: str, firm: str) -> None:
    found = typed(extractor, text)
    assert (person, "Person") in found and (firm, "Firm") in found


def test_founders_firm_stays_one_name(extractor) -> None:
    text = "The records were sold by John Smith and Sons Ltd to a broker in Texas."
    assert ("John Smith and Sons Ltd", "Firm") in typed(extractor, text)


@pytest.mark.parametrize(
    "text, name, kind, other",
    [
        ("The Online Safety Bill (UK) requires platforms to remove harmful content.", "UK", "State", "Law"),
        ("The Digital Personal Data Protection Act (India) restricts transfers abroad.", "India", "State", "Law"),
        ("The Department of Commerce (United States) issued the rule.", "United States", "State", "Agency"),
        (
            "The European Parliament and the Council (General Data Protection Regulation) agreed on the text.",
            "General Data Protection Regulation",
            "Law",
            "IGO",
        ),
    ],
)
def test_parenthesis_of_another_kind_is_no_alias(extractor, text: str, name: str, kind: str, other: str) -> None:
    found = typed(extractor, text)
    assert (name, kind) in found and (name, other) not in found


@pytest.mark.parametrize(
    "text, abbr, kind",
    [
        ("Brazil's National Data Protection Authority (ANPD) opened an inquiry.", "ANPD", "Agency"),
        ("The Cyberspace Administration of China (CAC) published the rules.", "CAC", "Agency"),
    ],
)
def test_abbreviation_in_parenthesis_still_an_alias(extractor, text: str, abbr: str, kind: str) -> None:
    assert (abbr, kind) in typed(extractor, text)


def test_words_after_a_known_firm_name_are_no_person(extractor) -> None:
    found = typed(extractor, "She is the Director of Google Cloud Platform in Europe.")
    assert not any(t == "Person" for _, t in found)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Google engineer John Smith testified before the committee.", "John Smith"),
        ("Microsoft President Brad Smith said the company would keep European data in the EU.", "Brad Smith"),
        ("At Google, Jane Doe leads the privacy team.", "Jane Doe"),
    ],
)
def test_person_after_a_firm_and_title_stays(extractor, text: str, person: str) -> None:
    assert (person, "Person") in typed(extractor, text)


@pytest.mark.parametrize(
    "text, firms",
    [
        (
            "The FTC sued four companies: Click Labs, Incentive Services, Global Data and TDARX.",
            {"Click Labs", "Incentive Services", "Global Data", "TDARX"},
        ),
        (
            "The regulator fined the firms Northwind, Contoso and Fabrikam for selling personal data.",
            {"Northwind", "Contoso", "Fabrikam"},
        ),
        ("Three brokers, Vexa, Lumen Analytics and Orbit, sold location data.", {"Vexa", "Lumen Analytics", "Orbit"}),
        (
            "5. (C) Econoff met representatives of four companies: Viettel, FPT Telecom, VNPT and CMC Corporation.",
            {"Viettel", "FPT Telecom", "VNPT", "CMC Corporation"},
        ),
    ],
)
def test_names_listed_after_a_count_and_firm_noun_are_firms(extractor, text: str, firms: set[str]) -> None:
    found = typed(extractor, text)
    assert {(f, "Firm") for f in firms} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The companies in Germany, France and Italy must store data locally.",
        "The firms said that India, Brazil and Vietnam require local storage.",
    ],
)
def test_states_after_a_firm_noun_stay_states(extractor, text: str) -> None:
    assert not any(t == "Firm" for _, t in typed(extractor, text))


@pytest.mark.parametrize(
    "text, data",
    [
        ("ByteDance, the company behind TikTok, stores user data in Singapore.", "user data"),
        ("The bank stores payment data on servers in Mumbai.", "payment data"),
        ("Procter and Gamble Co. stores customer data in Ohio.", "customer data"),
    ],
)
def test_handling_verb_is_no_word_of_a_data_type(extractor, text: str, data: str) -> None:
    found = typed(extractor, text)
    assert (data, "DataType") in found
    assert not any(t == "DataType" and n != data for n, t in found)


@pytest.mark.parametrize(
    "text, data",
    [
        ("Investigators obtained call records from the carrier.", "call records"),
        ("The operator keeps subscriber records for two years.", "subscriber records"),
    ],
)
def test_plural_data_head_after_a_modifier_stays(extractor, text: str, data: str) -> None:
    assert data in names(extractor, text)


def test_handling_verb_before_bare_data_leaves_nothing(extractor) -> None:
    assert not any(t == "DataType" for _, t in typed(extractor, "Zentrix, a Dutch company, stores data in Amsterdam."))
