"""What English and telegram prose say a name is not: nationality words, a quoted document's markers, message
citations, numbered headings, a state before a preposition, a hyphenated word's first part, knowledge called
"information", a body's name running on into a person, a possessor or an address; and the given name before a
surname found alone."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Talks went well, and the Britons at the mission were pleased with the result.", "Britons"),
        ("The delegate wanted wording that would conciliate Latins and Scandinavians alike.", "Latins"),
        ("Feeling ran high over the admission of the Kenyan Asians: the backbenchers were restless.", "Kenyan Asians"),
        ("Begins:\nThe Government has considered the proposal with care.", "Begins"),
        ("Reference Wellington's telegram 812 to you. The Minister agreed.", "Reference Wellington"),
        ("  3.  _Export Licensing_\n\nThe board met twice.", "Export Licensing"),
    ],
)
def test_nationality_words_markers_citations_and_headings_are_no_persons(extractor, text, junk):
    assert junk not in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, person",
    [
        ("He met Mr Hollis and Mrs Carver in the afternoon.", "Hollis"),
        ("Dr Pemberton opened the session on tariffs.", "Pemberton"),
        ("Counsellor Ashdown called on the department yesterday.", "Ashdown"),
    ],
)
def test_a_style_of_address_without_a_full_stop_is_a_title(extractor, text, person):
    found = of_type(extractor, text, "Person")
    assert person in found and not any(p.startswith(("Mr ", "Mrs ", "Dr ", "Counsellor ")) for p in found)


def test_a_hyphen_before_a_nationality_ends_the_name(extractor):
    found = of_type(extractor, "Statement by Mr Lionel Garrow-Canadian Minister for Fisheries.", "Person")
    assert "Lionel Garrow" in found and not any("Canadian" in p for p in found)


def test_a_surname_found_alone_takes_the_given_name_before_it(extractor):
    text = "Ministry of Finance\n\nMarietta Olsberg\n\nMinister of Finance\n\nMinister Olsberg's speech on the budget"
    assert "Marietta Olsberg" in of_type(extractor, text, "Person")


def test_a_plural_title_is_no_given_name(extractor):
    found = of_type(extractor, "The campaign included calls by Secretaries Hobart and Lindqvist.", "Person")
    assert not any(p.startswith("Secretaries") for p in found)


def test_a_law_title_does_not_start_with_a_state_and_a_preposition(extractor):
    text = "Senators debated the gains for Canada from the Agreement and the risks it carries."
    assert not any(t.startswith("Canada") for t in of_type(extractor, text, "Law"))


def test_a_series_and_number_after_your_cite_a_message(extractor):
    text = "These talks may break down completely, as you recognise in your GATT 14."
    assert "GATT 14" not in of_type(extractor, text, "Law")


def test_the_first_part_of_a_hyphenated_word_is_no_corporate_suffix(extractor):
    text = "  7. _International Co-operation in Scientific Research_ - paragraph 12."
    assert not of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, junk",
    [
        ("For your background information only: the talks stalled.", "background information"),
        ("Advice should be confined to the supply of factual information.", "factual information"),
        ("On basis information available, the plan resembles the older one.", "basis information"),
        ("My following cable records a conversation with the minister.", "cable records"),
    ],
)
def test_information_and_records_need_a_modifier_that_says_whose_or_what_data(extractor, text, junk):
    assert junk not in of_type(extractor, text, "DataType")


def test_information_with_a_data_modifier_stays_a_data_type(extractor):
    text = "The app collects network activity information and subscriber information from its users."
    found = of_type(extractor, text, "DataType")
    assert {"network activity information", "subscriber information"} <= found


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Arrangements for moving the High Commission to the Minister for External Affairs are in hand.", "Minister"),
        ("Officials briefed the Administration of Prime Minister's message in outline.", "Prime Minister"),
        ("Remarks were made at the Ninth General Assembly on Danish attitude to trade.", "Danish"),
        ("Many sought work in Canada and the Home Office say fewer came this year.", "Canada"),
        ("The material sent by Departments to Whitcombe covers the facts.", "Departments"),
    ],
)
def test_a_bodys_name_does_not_run_on_into_another_phrase(extractor, text, junk):
    bodies = of_type(extractor, text, "Agency") | of_type(extractor, text, "IGO")
    assert not any(junk in b for b in bodies)


def test_an_address_names_no_body(extractor):
    text = "Minister of State for Trade 3rd Floor 22 Parliament Street London SW1A 2BQ"
    bodies = of_type(extractor, text, "Agency")
    assert not any(ch.isdigit() for b in bodies for ch in b) and "Parliament" not in bodies


def test_a_firm_with_a_domain_glued_to_it_is_a_website(extractor):
    text = "Users said Google.cn was not filtering results, and Google later apologised."
    assert ("Firm", "Google") in mentions(extractor, text)
    found = extractor.extract("t", "v", text).mentions
    assert not any(m.type == "Firm" and text[m.end : m.end + 1] == "." for m in found)


def test_a_press_releases_dateline_names_no_government(extractor):
    text = "OTTAWA – Today, the minister announced a review of the privacy rules."
    assert "OTTAWA" not in of_type(extractor, text, "State")


def test_a_bodys_name_before_a_person_is_the_persons_title(extractor):
    text = "Geneva – U.S. Trade Representative Miriam Castellanos today issued the following statement."
    found = mentions(extractor, text)
    assert ("Person", "Miriam Castellanos") in found and ("State", "U.S.") in found
    assert not any(ty == "Agency" for ty, _ in found)


def test_a_guessed_verb_in_capitals_does_not_cut_a_title(extractor):
    text = "TESTIMONY ON S. 1404 THE ROUTE PRIVACY PROTECTION ACT OF 2019 BEFORE THE SENATE"
    assert "ROUTE PRIVACY PROTECTION ACT OF 2019" in of_type(extractor, text, "Law")


def test_a_body_and_a_preposition_start_no_law_title(extractor):
    text = "The Commissioner's address in the European Parliament on the EU-US Umbrella Agreement was brief."
    laws = of_type(extractor, text, "Law")
    assert not any(t.startswith("European Parliament") for t in laws)
    assert ("IGO", "European Parliament") in mentions(extractor, text)


def test_a_law_title_takes_of_and_its_state(extractor):
    text = "The regulator applies the Data Security Law of China\nto every platform operator."
    assert "Data Security Law of China" in of_type(extractor, text, "Law")


def test_a_law_title_with_of_and_its_state_keeps_the_known_entity(extractor):
    text = "The Personal Information Protection Law of China\ntook effect in November."
    found = [m for m in extractor.extract("t", "v", text).mentions if m.type == "Law"]
    assert [m.entity_id for m in found] == ["law/cn-pipl"]


def test_a_list_of_cfr_parts_names_no_one_rule(extractor):
    laws = of_type(extractor, "The agencies amend 41 CFR Parts 3, 5, 9 and 60 to add a clause.", "Law")
    assert not any("CFR" in t for t in laws)
    assert "12 CFR Part 1022" in of_type(extractor, "The bureau amends 12 CFR Part 1022 today.", "Law")
