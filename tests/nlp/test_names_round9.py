"""Names, round 9: press firms named by their kind noun, persons' names repeated in a telegram's capitals, pass lines
without an office, plural demonyms, letter-spaced markings, organisations of states by their abbreviation."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type

# --- press and media companies named by their kind noun ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, firm",
    [
        ("The story first ran in the newspaper Le Figaro, which later retracted it.", "Le Figaro"),
        ("Officials warned the Vedomosti newspaper that it should not publish the list.", "Vedomosti"),
        ("The minister spoke to the business daily Handelsblatt about the plan.", "Handelsblatt"),
        ("The regulator was interviewed by the legal journal Westlaw about the reform.", "Westlaw"),
        ("He signed with the record label Vellumtone in 2004.", "Vellumtone"),
        ("A leak reached the weekly newspaper La Voix libérée. The minister resigned.", "La Voix libérée"),
    ],
)
def test_a_kind_noun_in_apposition_names_a_press_firm(extractor, text, firm):
    assert firm in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, not_firm",
    [
        ("The Russian newspaper reported that the ministry would act.", "Russian"),
        ("The Sunday newspaper published the story.", "Sunday"),
        ("The daily Internet use of teenagers rose.", "Internet"),
        ("A weekly Senate hearing examined the bill.", "Senate"),
        ("The Communist Party newspaper criticised the plan.", "Communist Party"),
        ("Le Figaro said the plan was flawed, the newspaper Le Figaro said.", "Le Figaro said"),
    ],
)
def test_no_press_firm_without_a_name_in_apposition(extractor, text, not_firm):
    assert not_firm not in of_type(extractor, text, "Firm")


# --- a person's name repeated in a telegram's capitals --------------------------------------------------------

_TELEGRAM = (
    "C O N F I D E N T I A L SECTION 01 OF 02 MADRID 000123\n\nSIPDIS\n\nE.O. 12958: DECL: 07/06/2019\n"
    "TAGS: PREL PGOV SP\nSUBJECT: SPAIN: SEC. MORALES'S MEETING WITH KOVACS AND YOUNG\n\n"
    "1. (C) Foreign Minister Ana Morales met President Peter Kovacs and adviser John Young in Madrid on July 1.\n"
)


def test_a_surname_in_capitals_repeats_a_person_the_prose_names(extractor):
    people = of_type(extractor, _TELEGRAM, "Person")
    assert {"MORALES", "KOVACS"} <= people


def test_a_surname_that_is_an_ordinary_word_is_not_repeated_in_capitals(extractor):
    assert "YOUNG" not in of_type(extractor, _TELEGRAM, "Person")


def test_capitals_that_no_person_bears_stay_unnamed(extractor):
    text = _TELEGRAM.replace("WITH KOVACS AND YOUNG", "WITH OFFICIALS")
    assert not {"OFFICIALS", "MEETING"} & of_type(extractor, text, "Person")


# --- a pass line with no office before its verb ----------------------------------------------------------------

_PASS = (
    "UNCLAS SECTION 01 OF 02 ROME 000456\n\nSIPDIS\n\nFOR EUR/WE, INR\nPASS TO JOHN DORAN, PETER ROSSI, ANN\n"
    "SMITHERS OF DHS\n\nE.O. 12958: N/A\nTAGS: PREL IT\nSUBJECT: VISIT\n\n1. The visit went well.\n"
)


def test_an_officeless_pass_line_lists_officers(extractor):
    people = of_type(extractor, _PASS, "Person")
    assert {"JOHN DORAN", "PETER ROSSI"} <= people and "PETER" not in people


def test_the_body_closing_a_pass_list_and_a_cut_given_name_are_no_persons(extractor):
    people = of_type(extractor, _PASS, "Person")
    assert "DHS" not in people and "ANN" not in people and "SMITHERS" not in people


# --- a plural demonym is a people, not a person ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, not_person",
    [
        ('The pamphlet, "La chasse" (or, Hunting Englishmen) drew attention to the project.', "Hunting Englishmen"),
        ("The campaign was called Loyal Americans and ran for a year.", "Loyal Americans"),
    ],
)
def test_a_plural_demonym_ends_no_persons_name(extractor, text, not_person):
    assert not_person not in of_type(extractor, text, "Person")


def test_a_persons_name_is_still_found_next_to_a_demonym(extractor):
    text = "Minister Helen Clarke told Americans the plan would proceed."
    assert "Helen Clarke" in of_type(extractor, text, "Person")


# --- letter-spaced markings and two-word names in the address lines --------------------------------------------

_ADDRESSES = (
    "O 221558Z OCT 09\nFM AMEMBASSY PARIS\nTO RHMCSUU/FBI WASHINGTON DC IMMEDIATE\n"
    "INFO RHEHAAA/WHITE HOUSE WASHDC IMMEDIATE\nRUEHC/SECSTATE WASHDC PRIORITY 7399\n"
    "C O N F I D E N T I A L PARIS 001426\n\nSIPDIS\n\nE.O. 12958: DECL: 11/22/2019\nTAGS: PREL FR\n"
    "SUBJECT: VISIT\n\n1. The visit went well.\n"
)


def test_a_letter_spaced_marking_ends_the_address_field(extractor):
    assert not any("C O N" in text for _, text in mentions(extractor, _ADDRESSES))
    assert "SECSTATE" in of_type(extractor, _ADDRESSES, "Agency")


def test_a_known_bodys_two_word_name_in_an_address_stays_whole(extractor):
    agencies = of_type(extractor, _ADDRESSES, "Agency")
    assert "WHITE" not in agencies


# --- an organisation of states named by its abbreviation before "States" ----------------------------------------


@pytest.mark.parametrize(
    "text, igo",
    [
        ("The decision is under consideration by the EU and the EEA EFTA States.", "EFTA"),
        ("The three EFTA states (Iceland, Liechtenstein and Norway) agreed.", "EFTA"),
        ("The GCC member states agreed on a common approach.", "GCC"),
    ],
)
def test_an_abbreviation_before_states_names_an_organisation(extractor, text, igo):
    assert igo in of_type(extractor, text, "IGO")


@pytest.mark.parametrize(
    "text, not_igo",
    [
        ("The law applies in all 50 US states.", "US"),
        ("SOME STATES OPPOSED THE PROPOSAL.", "SOME"),
        ("The ZRB states that the plan failed.", "ZRB"),
        ("In its report the ZRB states: the plan failed.", "ZRB"),
    ],
)
def test_no_organisation_of_states_without_one(extractor, text, not_igo):
    assert not_igo not in of_type(extractor, text, "IGO")


# --- people in an infobox's role fields -------------------------------------------------------------------------

_INFOBOX = (
    "- Agency Name: Office of the Northern Data Commissioner\n- Minister1 Name: Harriet Voss\n"
    "- Minister1 Pfo: Attorney-General\n- Chief1 Name: Tamsin Okafor\n- Chief1 Position: Data Commissioner\n"
    "- Chief2 Name: Pavel Ilyin\n"
)


def test_an_infobox_roles_name_field_names_a_person(extractor):
    assert {"Harriet Voss", "Tamsin Okafor", "Pavel Ilyin"} <= of_type(extractor, _INFOBOX, "Person")


def test_a_field_named_by_no_role_and_a_fields_key_name_no_person(extractor):
    people = of_type(extractor, _INFOBOX, "Person")
    assert "Office of the Northern Data Commissioner" not in people and "Pfo" not in people


# --- a bill's sponsor listed surname first ----------------------------------------------------------------------


def test_a_sponsor_listed_surname_first_is_one_person(extractor):
    text = "Reported by the committee.\n\nRep. Halvorsen, Marta, Jr. [D-OR-3](D-OR) Sponsor\n"
    people = of_type(extractor, text, "Person")
    assert "Halvorsen, Marta" in people and "Halvorsen" not in people


def test_a_surname_and_a_comma_without_the_record_brackets_is_no_inverted_name(extractor):
    text = "Rep. Halvorsen, Marta and others voted against the bill."
    assert "Halvorsen, Marta" not in of_type(extractor, text, "Person")


# --- a portfolio after "for" that ends in "Relations" --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, person",
    [
        ("The talks included Minister for Trade Relations Hana Novak (Slovenia) and others.", "Hana Novak"),
        (
            "They met Under-Secretary for International Economic Relations Lucia Ferrante (Chile) in Paris.",
            "Lucia Ferrante",
        ),
    ],
)
def test_a_portfolio_ending_in_relations_precedes_the_name(extractor, text, person):
    people = of_type(extractor, text, "Person")
    assert person in people
    assert not any(p.startswith("Relations") for p in people)


def test_a_surname_that_is_a_known_place_is_not_repeated_in_capitals(extractor):
    text = _TELEGRAM.replace("AND YOUNG", "IN LONDON").replace("John Young", "Amelia London")
    assert "LONDON" not in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, not_firm",
    [
        ("Ministers met at the weekly Cabinet. They agreed.", "Cabinet"),
        ("He spoke at the daily Press Briefing.", "Press Briefing"),
    ],
)
def test_a_body_or_an_event_after_a_press_noun_is_no_firm(extractor, text, not_firm):
    assert not_firm not in of_type(extractor, text, "Firm")
