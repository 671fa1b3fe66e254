"""Agencies, round 12: a national chamber's committee on the union's business carries the union's name but is a state
body, and in capitals a committee named head-first by its remit ("COMMITTEE ON PRIVACY") is still a body's name."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions

# --- a chamber's committee on the union's business ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        ("Sir Jane Roe MP European Scrutiny Committee House of Commons London SW1A 0AA", "European Scrutiny Committee"),
        (
            "My interest comes from my membership of the EU Services Sub-Committee, on which I serve with Lady Roe.",
            "EU Services Sub-Committee",
        ),
        (
            "The EU Justice Sub-Committee heard evidence from the regulator on data adequacy.",
            "EU Justice Sub-Committee",
        ),
        (
            "The European Affairs Committee of the Bundestag questioned the minister on the data retention rules.",
            "European Affairs Committee",
        ),
        ("The EU Select Committee published a report on data adequacy.", "EU Select Committee"),
    ],
)
def test_a_chambers_committee_on_the_union_is_an_agency(extractor, text, body):
    found = mentions(extractor, text)
    assert ("Agency", body) in found
    assert ("IGO", body) not in found


@pytest.mark.parametrize(
    "text, organ",
    [
        (
            "The European Economic and Social Committee issued an opinion on the proposal.",
            "European Economic and Social Committee",
        ),
        ("The EU Military Committee met in Brussels on Monday.", "EU Military Committee"),
        ("The LIBE Committee of the European Parliament voted on the report.", "LIBE Committee"),
        ("The European Parliament's Subcommittee on Human Rights held a hearing.", "Subcommittee on Human Rights"),
    ],
)
def test_the_unions_own_committees_stay_intergovernmental(extractor, text, organ):
    found = mentions(extractor, text)
    assert ("IGO", organ) in found
    assert ("Agency", organ) not in found


# --- "COMMITTEE ON ..." in capitals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "1. SUMMARY. BASED ON CONCERNS OF STAFF OF DOMESTIC COUNCIL COMMITTEE ON PRIVACY, RECOMMEND THAT "
            "DELEGATION OPPOSE THE DRAFT.",
            "DOMESTIC COUNCIL COMMITTEE ON PRIVACY",
        ),
        (
            "TESTIMONY BEFORE THE HOUSE COMMITTEE ON ENERGY AND COMMERCE ON DATA BROKERS",
            "HOUSE COMMITTEE ON ENERGY AND COMMERCE",
        ),
        (
            "EMBASSY DELIVERED THE DEMARCHE TO THE PARLIAMENTARY COMMITTEE ON FOREIGN AFFAIRS.",
            "PARLIAMENTARY COMMITTEE ON FOREIGN AFFAIRS",
        ),
    ],
)
def test_a_committee_named_by_its_remit_in_capitals(extractor, text, body):
    assert ("Agency", body) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "THE MINISTER SPOKE TO THE PARLIAMENTARY COMMITTEE ON MONDAY ABOUT THE DATA LAW.",
        "WE MET THE COMMITTEE ON TUESDAY.",
        "THE REPORT ON PRIVACY FOR THE COMMITTEE WAS RELEASED.",
    ],
)
def test_no_committee_from_a_date_or_a_report_in_capitals(extractor, text):
    assert not any(t == "Agency" and "COMMITTEE ON" in x for t, x in mentions(extractor, text))


# --- a contact line is no heading -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Ryan Roe (202) 326-2918, Elisa Doe, (202) 326-3001, Division of Privacy and Identity Protection, "
            "Bureau of Consumer Protection, Federal Trade Commission, 600 Pennsylvania Avenue NW",
            "Division of Privacy and Identity Protection",
        ),
        (
            "Jane Roe, Privacy Officer, Data Protection Unit, Ministry of Digital Economy, +66 2 141 6747",
            "Ministry of Digital Economy",
        ),
        ("Jane Roe, Information Rights Team, Ministry of Justice, 020 3334 3555", "Ministry of Justice"),
    ],
)
def test_a_line_with_a_telephone_number_names_its_offices(extractor, text, body):
    assert ("Agency", body) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    ["Restrictions on Cloud Computing Services", "Legislative Background and Data Center Policy"],
)
def test_a_heading_without_a_number_still_names_nothing(extractor, text):
    assert mentions(extractor, text) == set()


# --- a state's attorney general named by the place ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, office",
    [
        (
            "Since the FTC and New York Attorney General announced their settlement, creators have asked questions.",
            "New York Attorney General",
        ),
        ("The California Attorney General sued the data broker last year.", "California Attorney General"),
        (
            "The Ambassador noted that the Massachusetts Attorney General had opened an inquiry into the firm.",
            "Massachusetts Attorney General",
        ),
    ],
)
def test_a_place_and_attorney_general_name_the_office(extractor, text, office):
    assert ("Agency", office) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Texas Attorney General Ken Paxton sued the company in state court.",
        "E.O. 14117 authorizes the U.S. Attorney General to prevent access to bulk data.",
        "The Attorney General may prohibit transactions that pose a risk.",
        "Officials in New York said the Attorney General would appeal.",
        "The Ambassador noted that the Massachusetts Attorney General Andrea Joy Campbell had opened an inquiry.",
    ],
)
def test_a_holders_title_or_a_countrys_attorney_general_is_no_office(extractor, text):
    assert not any(t == "Agency" and "Attorney General" in x for t, x in mentions(extractor, text))


# --- a source line or a bracketed note is no heading ----------------------------------------------------------

_REGISTER = (
    "[Federal Register Volume 89, Number 12 (Friday, January 19, 2024)]\n[Proposed Rules]\n"
    "From the Federal Register Online via the Government Publishing Office [www.gpo.gov]\n"
    "[FR Doc No: 2024-00001]\n\nDEPARTMENT OF COMMERCE\n\nThe rule covers personal data.\n"
)


@pytest.mark.parametrize(
    "text, body",
    [
        (_REGISTER, "Government Publishing Office"),
        ("[From the Government Printing Office]", "Government Printing Office"),
    ],
)
def test_a_source_line_names_its_publisher(extractor, text, body):
    assert ("Agency", body) in mentions(extractor, text)


@pytest.mark.parametrize("text", ["[Rules and Regulations]", "[Notices]", "Legislative Background"])
def test_a_bracketed_label_names_nothing(extractor, text):
    assert mentions(extractor, text) == set()


def test_a_bracketed_byline_keeps_its_people(extractor):
    found = mentions(extractor, "[Reporting by Jane Roe; Editing by John Doe]")
    assert {("Person", "Jane Roe"), ("Person", "John Doe")} <= found
