"""Agencies, round 10: a pronoun and a second noun phrase end a body's name, an abbreviation spells no list after it,
a political party's organs are no state bodies, a document's number is no body."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type

# --- "I" is a pronoun, never a name's word ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        ("Data protection then rested with the Ministry of Justice and I was involved in it.", "Ministry of Justice"),
        ("The Department of Commerce and I met last week.", "Department of Commerce"),
    ],
)
def test_the_pronoun_i_ends_a_bodys_name(extractor, text, body):
    assert of_type(extractor, text, "Agency") == {body}


def test_a_remit_after_and_stays_in_the_name(extractor):
    text = "The Ministry of Trade and Industry issued the rules."
    assert "Ministry of Trade and Industry" in of_type(extractor, text, "Agency")


# --- an abbreviation is a whole name -----------------------------------------------------------------------------


def test_an_abbreviation_spells_no_list_after_it(extractor):
    found = mentions(extractor, "The framework allows transfers between the EU and U.S. companies.")
    assert ("IGO", "EU") in found
    assert not any(t.startswith("EU and") for _, t in found)


def test_a_list_its_abbreviation_spells_stays_one_name(extractor):
    text = "The Department for Science, Innovation and Technology (DSIT) published the plan."
    assert "Department for Science, Innovation and Technology" in of_type(extractor, text, "Agency")


# --- a political party's organs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, organ",
    [
        ("The Communist Party Propaganda Department ordered news outlets to report positively.", "Propaganda"),
        ("Phan Dien, outgoing Standing Member of the Party Secretariat, underscored the threat.", "Secretariat"),
        ("In his keynote speech during the April Party Congress, he spoke about the Internet.", "Congress"),
    ],
)
def test_a_partys_organ_is_no_state_body(extractor, text, organ):
    assert not any(organ in t for t in of_type(extractor, text, "Agency"))


def test_a_chamber_after_a_partys_organ_is_still_the_chamber(extractor):
    text = "The Party Congress approved the plan, and then the Congress passed the bill."
    assert of_type(extractor, text, "Agency") == {"Congress"}


def test_an_intergovernmental_working_party_is_kept(extractor):
    text = "The OECD Working Party on Data Governance and Privacy met in Paris."
    assert any("Working Party" in t for t in of_type(extractor, text, "IGO"))


# --- a document's number -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rules were adopted in the proceeding (ET Docket No. 21-232; FCC 21-73; adopted June 17, 2021).",
        "The bill was reported by the committee (H.Rept. 117-669) in December.",
    ],
)
def test_a_documents_number_is_no_body(extractor, text):
    assert not any("FCC" in t or "Rept" in t for t in of_type(extractor, text, "Agency"))


def test_a_bodys_abbreviation_before_a_vote_tally_is_the_body(extractor):
    assert "FCC" in of_type(extractor, "The FCC 3-2 vote approved the order.", "Agency")


# --- a committee of MEPs -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, committee",
    [
        (
            "In a resolution adopted by Civil Liberties Committee MEPs on Thursday, MEPs argue.",
            "Civil Liberties Committee",
        ),
        ("The Internal Market Committee MEP who led the file spoke to reporters.", "Internal Market Committee"),
    ],
)
def test_a_committee_of_meps_is_the_european_parliaments(extractor, text, committee):
    assert committee in of_type(extractor, text, "IGO")


@pytest.mark.parametrize(
    "text, committee",
    [
        ("The Senate Commerce Committee members voted on the bill.", "Senate Commerce Committee"),
        ("The Energy and Commerce Committee held a hearing on the bill.", "Energy and Commerce Committee"),
    ],
)
def test_a_committee_without_meps_stays_national(extractor, text, committee):
    assert committee in of_type(extractor, text, "Agency")


# --- an embassy's section named by its kind of work --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The visitors met representatives from Legat and from the Political Section. They left.",
        "The Economic and Political Section drafted the cable.",
        "Classified By: Acting Political Section Chief\nMark Lambert. Reasons 1.4 (b)(d)",
    ],
)
def test_a_section_named_by_its_kind_of_work_is_no_name(extractor, text):
    assert not any("Section" in t for t in of_type(extractor, text, "Agency"))


def test_a_section_named_by_its_remit_is_a_name(extractor):
    text = "Chief for Data Risks, Foreign Investment Review Section, National Security Division, Department of Justice."
    assert "Foreign Investment Review Section" in of_type(extractor, text, "Agency")


# --- a body's kind in an infobox ---------------------------------------------------------------------------------

_INFOBOX = (
    "Agencia Española de Protección de Datos | |\nData Protection Authority overview | |\n---|---|\n"
    "Formed | 1993 |\nType | Independent Administrative Authority |\nData Protection Authority executive |\n|\n"
    "Parent department | Ministry of Justice |\nWebsite | www |\n"
)


def test_a_bodys_kind_in_an_infobox_is_no_name(extractor):
    found = of_type(extractor, _INFOBOX, "Agency")
    assert "Data Protection Authority" not in found
    assert "Independent Administrative Authority" not in found
    assert "Ministry of Justice" in found


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Federal Trade Commission executive director resigned.", "Federal Trade Commission"),
        (
            _INFOBOX + "The Data Protection Authority of Ruritania fined the bank.",
            "Data Protection Authority of Ruritania",
        ),
    ],
)
def test_a_body_named_in_prose_near_an_infobox_stays(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


# --- an organisation's abbreviation before an organ's head -------------------------------------------------------


@pytest.mark.parametrize(
    "text, organ",
    [
        ("The EFTA Secretariat published a note on the incorporation.", "EFTA Secretariat"),
        ("The Nordic Council Secretariat replied to the letter.", "Nordic Council Secretariat"),
    ],
)
def test_an_organisations_abbreviation_before_an_organ_head_is_its_organ(extractor, text, organ):
    assert organ in of_type(extractor, text, "IGO")


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Treasury Board Secretariat published the directive.", "Treasury Board Secretariat"),
        ("The Federal Trade Commission published the report.", "Federal Trade Commission"),
    ],
)
def test_a_national_body_with_an_organ_head_stays_national(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


# --- "Dept." is "Department" -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Dept. of Motor Vehicles sold the data to marketers.", "Dept. of Motor Vehicles"),
        ("The Connecticut Dept. of Revenue Services issued a notice.", "Connecticut Dept. of Revenue Services"),
    ],
)
def test_the_abbreviated_head_dept_names_a_department(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


def test_a_numbered_dept_is_no_body(extractor):
    assert of_type(extractor, "Please refer to Dept. 4 of the store.", "Agency") == set()
