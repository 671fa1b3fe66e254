"""Agencies, round 13: a nationality adjective before a chamber whose title is its own name ("Senate", "Congress",
"National Assembly") describes the chamber and is no word of its name; before a descriptive title ("Data Protection
Authority", "Parliament") it stays the name's first word."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    "text, body",
    [
        ("Embassy contacts said the Mexican Senate ratified the treaty on March 3.", "Senate"),
        ("The Brazilian Federal Senate approved the amendment in July.", "Federal Senate"),
        ("The bill passed the Brazilian Senate in June after a long debate.", "Senate"),
        ("The Brazilian Congress approved the law in April.", "Congress"),
        ("The French National Assembly adopted the text on Tuesday.", "National Assembly"),
    ],
)
def test_an_adjective_before_a_self_named_chamber_is_left_out(extractor, text, body):
    found = of_type(extractor, text, "Agency")
    assert body in found
    assert not any(b.endswith(body) and b != body for b in found)


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Irish Data Protection Commissioner fined the company.", "Irish Data Protection Commissioner"),
        ("The Spanish Data Protection Agency fined the bank.", "Spanish Data Protection Agency"),
        ("The Kenyan Parliament passed the Data Protection Act in 2019.", "Kenyan Parliament"),
        ("The Saudi Central Bank issued the rules.", "Saudi Central Bank"),
        ("The Japanese Supreme Court ruled on the case.", "Japanese Supreme Court"),
        ("The Chinese Ministry of Foreign Affairs rejected the request.", "Chinese Ministry of Foreign Affairs"),
        ("Officials of the U.S. Department of Commerce met their counterparts.", "U.S. Department of Commerce"),
    ],
)
def test_an_adjective_before_a_descriptive_title_stays(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


# --- "to the" after a body's head opens a recipient, except after an envoy's head ---------------------------------


@pytest.mark.parametrize(
    "text, body, recipient",
    [
        (
            "The NTIA presents the views of the Trade Policy Staff Committee to the FCC on such applications.",
            "Trade Policy Staff Committee",
            "FCC",
        ),
        (
            "Embassy delivered the demarche from the Treasury Department to the MFA on Monday.",
            "Treasury Department",
            "",
        ),
        (
            "In its referral of the Privacy Office to the DHS Inspector General, the agency cited the breach.",
            "Privacy Office",
            "DHS",
        ),
        (
            "The transfer of the Office of Personnel Management to the GSA was announced on Friday.",
            "Office of Personnel Management",
            "",
        ),
    ],
)
def test_to_the_after_a_body_opens_its_recipient(extractor, text, body, recipient):
    found = of_type(extractor, text, "Agency")
    assert body in found
    assert not any(" to the " in b for b in found)
    if recipient:
        assert recipient in found


@pytest.mark.parametrize(
    "text, body",
    [
        ("The U.S. Mission to the European Union hosted the meeting.", "U.S. Mission to the European Union"),
        ("The Global Coalition to Counter ISIL met in Rome.", "Global Coalition to Counter ISIL"),
    ],
)
def test_an_envoys_name_keeps_where_it_is_sent(extractor, text, body):
    found = of_type(extractor, text, "Agency") | of_type(extractor, text, "IGO")
    assert body in found


# --- a day and its month right after a name start a date --------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        ("The bill passed the Federal Senate 3 July 2020 and went to the Chamber of Deputies.", "Federal Senate"),
        ("The draft was submitted to the National Assembly 14 May 2021 by the government.", "National Assembly"),
        (
            "Embassy received the reply from the Ministry of Justice 12 March 2009 via diplomatic note.",
            "Ministry of Justice",
        ),
    ],
)
def test_a_date_after_a_body_ends_its_name(extractor, text, body):
    found = of_type(extractor, text, "Agency")
    assert body in found
    assert not any(b.startswith(body) and b != body for b in found)


@pytest.mark.parametrize(
    "text, law",
    [
        ("The GDPR, Regulation (EU) 2016/679 of 27 April 2016, applies from May 2018.", "Regulation (EU) 2016/679"),
        ("Section 301 of the Trade Act applies to the measures.", "Trade Act"),
    ],
)
def test_a_date_or_number_inside_a_citation_is_unchanged(extractor, text, law):
    assert law in of_type(extractor, text, "Law")


# --- a branch of government named by its power is no one body ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Executive Branch of the U.S. government recommended that the FCC deny the application.",
        "Congress and the Executive Branch disagree on the scope of the law.",
        "Embassy officials briefed the Legislative Branch of the host government on Tuesday.",
    ],
)
def test_a_branch_of_government_is_no_agency(extractor, text):
    assert not any("Branch" in b for b in of_type(extractor, text, "Agency"))


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The Enforcement Branch of the Information Commissioner's Office issued a fine.",
            "Enforcement Branch of the Information Commissioner's Office",
        ),
        (
            "The Special Branch of the Metropolitan Police investigated the leak.",
            "Special Branch of the Metropolitan Police",
        ),
    ],
)
def test_a_branch_named_by_its_work_is_a_body(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


# --- a finance ministry by its one-word name -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        ("Treasury Designates Iran's Minister of Communications for Censorship", "Treasury"),
        ("Treasury Deputy Assistant General Counsel Jane Roe met the Commission officials.", "Treasury"),
        ("Officials from Treasury and State briefed the committee on Tuesday.", "Treasury"),
        ("HM Treasury published the guidance on sanctions.", "HM Treasury"),
        ("The Treasury, the Fed and the SEC coordinated the response.", "Treasury"),
    ],
)
def test_treasury_alone_names_the_ministry(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "Treasury Secretary Steven Mnuchin said the sanctions would continue.",
        "Treasury yields rose after the announcement.",
        "He bought 10-year Treasury notes last week.",
    ],
)
def test_treasury_as_a_modifier_names_no_body(extractor, text):
    assert "Treasury" not in of_type(extractor, text, "Agency")


def test_treasury_named_once_is_not_repeated_into_a_title(extractor):
    text = (
        "Treasury Designates Ruritania's Minister of Communications\n\n"
        "The sanctions respond to the shutdowns, said Treasury Secretary Jane Roe on Monday."
    )
    x = extractor.extract("t", "v", text)
    treasury = [m for m in x.mentions if m.text == "Treasury"]
    assert len(treasury) == 1
    assert not any(x.mentions[r.tail].text == "Treasury" for r in x.relations if r.type == "leads")
