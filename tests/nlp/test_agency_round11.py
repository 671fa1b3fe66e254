"""Agencies, round 11: a state body's nationality adjective is its name's first word, a supervisory authority goes by
"SA" after its country's adjective, and US usage names the House without an article beside the Senate."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type

# --- a nationality adjective before a body's table name ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "He filed complaints against the company with the Irish Data Protection Commissioner in 2011.",
            "Irish Data Protection Commissioner",
        ),
        ("Complaints with the Irish Data Protection Commissioner 2011", "Irish Data Protection Commissioner"),
        (
            "The British Information Commissioner's Office fined the airline.",
            "British Information Commissioner's Office",
        ),
    ],
)
def test_the_nationality_adjective_joins_the_body(extractor, text, body):
    found = mentions(extractor, text)
    assert ("Agency", body) in found
    assert not any(t == body.split()[0] for _, t in found)  # no "Irish" of its own


def test_a_plural_nationality_noun_stays_out_of_the_body(extractor):
    assert of_type(extractor, "He met several Swedes at the Department of State.", "Agency") == {"Department of State"}


def test_a_newspaper_before_the_body_is_not_its_adjective(extractor):
    text = "The Irish Times reported that the Data Protection Commissioner opened an inquiry."
    assert "Data Protection Commissioner" in of_type(extractor, text, "Agency")


# --- "the Irish SA" --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, authority",
    [
        ("The French SA fined Google 150 million euros, the regulator said on Tuesday.", "French SA"),
        ("The dispute was submitted by the Irish SA on data transfers by Meta Platforms Ireland Limited.", "Irish SA"),
        ("Embassy officers met the Irish SA on May 12 to discuss the Meta transfers.", "Irish SA"),
    ],
)
def test_a_nationality_and_sa_is_a_supervisory_authority(extractor, text, authority):
    found = mentions(extractor, text)
    assert ("Agency", authority) in found
    assert ("Firm", authority) not in found


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Danone SA reported strong sales in Europe.", "Danone SA"),
        ("Orange SA and the French government met.", "Orange SA"),
    ],
)
def test_a_company_with_the_legal_form_sa_stays_a_company(extractor, text, firm):
    assert ("Firm", firm) in mentions(extractor, text)


def test_several_supervisory_authorities_are_no_name(extractor):
    assert not of_type(extractor, "The Commission consulted the German SAs before it adopted the decision.", "Agency")


# --- "House" without an article ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Senators sent a letter to House and Senate leadership urging action on privacy.",
        "The letter went to Minority Leader Mitch McConnell, House Speaker Nancy Pelosi and the Senate.",
        "Passed the Senate on October 1, 1986 with amendment\n  • House agreed to Senate amendment on October 2, 1986",
        "The Senate passed the measure, but House Republicans blocked it in committee.",
    ],
)
def test_house_without_an_article_is_the_chamber(extractor, text):
    assert "House" in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "Senate negotiators met at the White House.",  # the White House is no chamber
        "The Senate approved the bill; House Bill 12 was tabled by the state legislature.",
        "The Opera House hosted the Senate reception.",
        "The Senate confirmed him. He bought a House of Fraser gift card.",
        "The bill was referred to the House Energy and Commerce Committee after the Senate vote.",
    ],
)
def test_house_in_a_name_is_not_the_chamber_alone(extractor, text):
    assert "House" not in of_type(extractor, text, "Agency")


def test_house_needs_a_second_chamber_in_the_text(extractor):
    assert "House" not in of_type(extractor, "The letter went to House Speaker Nancy Pelosi.", "Agency")


# --- a line of capitals after a mixed-case line is a heading, not the sentence's next words ----------------------


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The bill was referred to the Committee on the Judiciary\nA BILL\nTo amend title 18 of the Code.",
            "Committee on the Judiciary",
        ),
        (
            "The complaint was referred to the Ministry of Digital Affairs and Transport\nPRESS RELEASE\nIt said no.",
            "Ministry of Digital Affairs and Transport",
        ),
        (
            "Post delivered the demarche to the Ministry of Interior\nEND SUMMARY.\nThe Ministry agreed.",
            "Ministry of Interior",
        ),
    ],
)
def test_a_heading_in_capitals_ends_the_name_above_it(extractor, text, body):
    found = of_type(extractor, text, "Agency")
    assert body in found
    assert not any("\n" in t for t in found)
    assert not of_type(extractor, text, "Law")


def test_a_name_in_capitals_wrapped_onto_its_own_line_is_still_found(extractor):
    assert ("IGO", "EUROPEAN UNION") in mentions(extractor, "The agreement was signed with the\nEUROPEAN UNION.")


# --- a court's or a board's head alone describes the body named before ---------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The Supreme Court of India heard the case in May. The Court held that privacy is a fundamental right.",
            "Supreme Court of India",
        ),
        (
            "The Data Protection Board of India will hear complaints. The Board may impose penalties.",
            "Data Protection Board of India",
        ),
        (
            "The Constitutional Court struck down the law on Monday, post learned. The Court's ruling surprised them.",
            "Constitutional Court",
        ),
    ],
)
def test_a_courts_or_boards_head_alone_is_no_mention(extractor, text, body):
    assert of_type(extractor, text, "Agency") == {body}


def test_a_unions_short_name_is_still_a_mention(extractor):
    text = "The European Commission adopted the decision. The Commission said the framework was adequate."
    assert ("IGO", "Commission") in mentions(extractor, text)


# --- a line with a verb in lower case is a sentence, not a heading ------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        ("Jane Doe is a Senior Policy Analyst at the Digital Standards Office", "Digital Standards Office"),
        ("Mary Major is the Deputy Director of the Consumer Protection Bureau", "Consumer Protection Bureau"),
        (
            "Contacts are the Trade Policy Officers of the National Standards Administration",
            "National Standards Administration",
        ),
    ],
)
def test_a_line_with_a_lower_case_verb_names_its_bodies(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text", ["Restrictions on Cloud Computing Services", "Data Is the New Oil for the Digital Policy Office"]
)
def test_a_heading_in_title_case_names_no_body_of_ordinary_words(extractor, text):
    assert not of_type(extractor, text, "Agency")


# --- "parliament" in lower case as a proper name --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "With parliament and the government distracted by the closure case, swift action is not expected.",
        "The bill was approved by parliament on Tuesday after a long debate, the minister said.",
        "The minister will present the data protection bill to parliament next month.",
    ],
)
def test_parliament_without_an_article_is_the_legislature(extractor, text):
    assert "parliament" in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "Members of parliament asked the minister to withdraw the bill.",
        "A parliament is a legislature of elected members.",
        "The parliament's committee rejected the proposal.",
        "Protesters gathered outside the parliament building in Ankara.",
        "The law is an act of parliament passed in 1998.",
    ],
)
def test_parliament_as_a_common_noun_or_in_a_title_is_no_mention(extractor, text):
    assert "parliament" not in of_type(extractor, text, "Agency")


# --- "Senate" and "Congress" alone name the US chambers only where the text is about the United States ----------


def _agency_ids(extractor, text: str) -> dict[str, str | None]:
    return {m.text: m.entity_id for m in extractor.extract("t", "v", text).mentions if m.type == "Agency"}


@pytest.mark.parametrize(
    "text",
    [
        "The Privacy Commissioner of Canada reports to the House of Commons and the Senate of Canada.",
        "The bill was approved by the Chamber of Deputies and the Senate of Brazil, and Brazil's president signed it.",
    ],
)
def test_another_states_senate_is_not_the_us_senate(extractor, text):
    # round 20: "the Senate of Canada" is one name, the chamber's with its state (as "the Parliament of India")
    ids = _agency_ids(extractor, text)
    senates = [name for name in ids if name.startswith("Senate")]
    assert senates and all(ids[name] != "agency/us-senate" for name in senates)


@pytest.mark.parametrize(
    "text", ["The Senate passed the CLOUD Act in the United States in March 2018.", "The Senate passed the bill."]
)
def test_the_senate_of_a_us_text_or_of_a_text_naming_no_state_is_the_us_senate(extractor, text):
    assert _agency_ids(extractor, text)["Senate"] == "agency/us-senate"


def test_the_us_named_after_the_chamber_still_makes_it_the_us_chamber(extractor):
    # the document names China first and the United States later: its "Congress" is still the US Congress
    text = (
        "The rule covers China, Russia and Iran. It follows a 2024 act which Congress passed in April. "
        "Officials in the United States said the rule takes effect in April."
    )
    assert _agency_ids(extractor, text)["Congress"] == "agency/us-congress"


def test_a_chamber_of_a_text_that_names_only_other_states_is_not_the_us_chamber(extractor):
    text = "Nigeria's Senate debated the bill. The Senate passed it in Abuja, and Nigeria's president signed it."
    assert "agency/us-senate" not in _agency_ids(extractor, text).values()


def test_the_body_with_its_adjective_is_still_the_tables_body(extractor):
    x = extractor.extract("t", "v", "He filed complaints with the Irish Data Protection Commissioner in 2011.")
    assert {(m.text, m.entity_id) for m in x.mentions} == {("Irish Data Protection Commissioner", "agency/ie-dpc")}
