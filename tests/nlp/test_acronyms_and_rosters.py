"""Agency acronyms and persons' names: a body's abbreviation after "and the" is a name of its own, a ministry's or a
department's short form spells the "of" after its head, and a roster's entries glued by lost line breaks give each
person and office."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type

# --- "X and the ABBR": two bodies --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        ("The talks between the Ministry of Energy and the NEPC ended on Monday.", "Ministry of Energy"),
        ("Funds went to the Department of Water and the WRC last year.", "Department of Water"),
    ],
)
def test_an_abbreviation_after_and_the_is_another_body(extractor, text, body):
    agencies = of_type(extractor, text, "Agency")
    assert body in agencies
    assert not any(" and the " in a for a in agencies)


@pytest.mark.parametrize(
    "text, body",
    [
        # a name that goes on after "and the" with a word in mixed case is one name
        (
            "The Department of Communications and the Arts published the plan.",
            "Department of Communications and the Arts",
        ),
    ],
)
def test_a_name_going_on_after_and_the_stays_whole(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


# --- a ministry's short form spells "of" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, short",
    [
        ("The Ministry of Transport issued new rules. Later the MOT fined two operators.", "MOT"),
        ("The Ministry of the Interior said that the MOI would review the licences.", "MOI"),
        ("The Department of Labor opened an inquiry. A DOL official declined to comment.", "DOL"),
        ("Officials of the Ministry of Foreign Affairs of Peru met us. The MOFA asked for more time.", "MOFA"),
    ],
)
def test_a_ministry_is_named_by_its_of_initialism(extractor, text, short):
    assert short in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, letters",
    [
        # the letters do not spell the body's name: no mention
        ("The Ministry of Transport issued new rules. The MOC fined two operators.", "MOC"),
        # no ministry named in the document: the letters alone say nothing
        ("The MOT test for cars was changed last year.", "MOT"),
        # an office's short form keeps no "of": "Office of Trade" is no OOT
        ("The Office of Trade Policy published a report. The OOTP was not consulted.", "OOTP"),
    ],
)
def test_letters_that_spell_no_ministry_named_stay_unread(extractor, text, letters):
    assert letters not in of_type(extractor, text, "Agency")


# --- rosters: entries glued by lost line breaks -------------------------------------------------------------------

_MASTHEAD = (
    "Annual Report on Spectrum Policy\n\nFederal Communications Commission\n\n"
    "ROBERT ALAN SMITH ChairmanSUSAN MARY JONES CommissionerPETER K. BROWN CommissionerJ. DAVID GREEN Commissioner\n\n"
    "Anne B. Walker Director, Bureau of Competition PolicyMark Lee Tanner Associate Director, Division of Market "
    "PracticesPaul R. Hale Assistant Director, Division of Market PracticesNora Quinn-Brady Division of Consumer "
    "Affairs\n\nThe report describes the auction rules."
)


def test_a_glued_masthead_gives_each_person(extractor):
    persons = of_type(extractor, _MASTHEAD, "Person")
    for name in (
        "ROBERT ALAN SMITH",
        "SUSAN MARY JONES",
        "PETER K. BROWN",
        "J. DAVID GREEN",
        "Anne B. Walker",
        "Mark Lee Tanner",
        "Paul R. Hale",
        "Nora Quinn-Brady",
    ):
        assert name in persons


def test_a_glued_masthead_gives_each_office_and_no_glued_span(extractor):
    agencies = of_type(extractor, _MASTHEAD, "Agency")
    assert {"Bureau of Competition Policy", "Division of Market Practices", "Division of Consumer Affairs"} <= agencies
    assert not any("Director" in a or "Commissioner" in a for a in agencies)


@pytest.mark.parametrize(
    "text, firm",
    [
        # camel case after a short word or no title: a company's name, no lost line break
        ("Shares of MasterCard rose after the results.", "MasterCard"),
        ("The regulator fined PricewaterhouseCoopers LLP for the audit.", "PricewaterhouseCoopers LLP"),
    ],
)
def test_camel_case_names_are_no_glued_roster(extractor, text, firm):
    assert firm in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, not_person",
    [
        # a line of prose with a title is no roster entry: nothing is glued to it
        ("John Smith Director of the bureau said the rule would change.", "Director"),
        # a glued title before a word that is no name: no entry
        ("The ChairmanSaid statement was withdrawn.", "Said"),
    ],
)
def test_prose_is_no_roster(extractor, text, not_person):
    assert not any(not_person in p for p in of_type(extractor, text, "Person"))


# --- a body's abbreviation before a public official's title --------------------------------------------------------


@pytest.mark.parametrize(
    "text, letters",
    [
        ("An NTSB official said the review would take a year.", "NTSB"),
        ("KRMO Deputy Director John Smith met the minister on Monday.", "KRMO"),
        ("The OSHA Administrator announced the rule. Later OSHA fined the firm.", "OSHA"),
    ],
)
def test_letters_before_an_officials_title_name_a_body(extractor, text, letters):
    assert letters in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, letters",
    [
        # a company's staff title: no government body
        ("A QXR spokesman declined to comment.", "QXR"),
        # a title's own abbreviation is no body
        ("The CEO Director of the firm resigned.", "CEO"),
        # a line in capitals: every word looks like a name
        ("THE NTSB OFFICIAL SAID THE REVIEW WOULD TAKE A YEAR.", "NTSB"),
        # letters with no title after them say nothing of their kind
        ("The QXR results were published on Monday.", "QXR"),
    ],
)
def test_letters_without_an_officials_title_stay_unread(extractor, text, letters):
    assert letters not in of_type(extractor, text, "Agency")


def test_letters_the_tables_know_keep_their_type(extractor):
    assert "NATO" in of_type(extractor, "A NATO official said the alliance would respond.", "IGO")


# --- a military rank's abbreviation before a surname --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("The director of operations, MG Tolliver, met the minister.", "Tolliver"),
        ("The Director of Operations and BG\nKessler met the minister on Monday.", "Kessler"),
        ("The meeting was chaired by COL Whitaker of the Corps of Engineers.", "Whitaker"),
    ],
)
def test_a_rank_abbreviation_before_a_surname_gives_the_person(extractor, text, name):
    persons = of_type(extractor, text, "Person")
    assert name in persons
    assert not any(p.startswith(("MG", "BG", "COL")) for p in persons)


@pytest.mark.parametrize(
    "text",
    [
        "The MG Rover plant closed in 2005.",  # a make of car: an ordinary word after the letters
        "He drove an MG Midget to the embassy.",
        "The new COL London office opened.",  # a known place's name
    ],
)
def test_letters_before_no_surname_give_no_person(extractor, text):
    assert not of_type(extractor, text, "Person")


# --- Hansard: the member's name before "Portrait" -----------------------------------------------------------------

_HANSARD = (
    "Online Safety Bill\n\nSecond Reading\n17:42\n"
    "Harriet Colewood Portrait The Minister for Digital Markets (Harriet Colewood)\n- Hansard - - - Excerpts\n\n"
    "I beg to move, That the Bill be now read a Second time."
)


def test_a_hansard_caption_names_the_speaker(extractor):
    x = extractor.extract("t", "v", _HANSARD)
    names = [m.text for m in x.mentions if m.type == "Person"]
    assert names.count("Harriet Colewood") == 2


@pytest.mark.parametrize(
    "text",
    [
        "The National Portrait Gallery (London) reopened.",  # an article opens no name
        "Scottish National Portrait Gallery\nreopened in May.",  # no bracket after: no Hansard caption
    ],
)
def test_a_gallery_is_no_hansard_caption(extractor, text):
    assert not of_type(extractor, text, "Person")


# --- a name surname first in a classification line's brackets -----------------------------------------------------


def test_a_surname_first_name_in_brackets_is_one_person(extractor):
    text = "ATTENTION L/M\nE.O. 12065: RDS-4, 9/10/85 (HALVORSEN, GRETA M.) OR-A\nTAGS: AINF\nSUBJECT: VISIT"
    persons = of_type(extractor, text, "Person")
    assert "HALVORSEN, GRETA M." in persons
    assert "GRETA M" not in persons


@pytest.mark.parametrize(
    "text",
    [
        "The meeting (PARIS, FRANCE) was short.",  # two places
        "The delegates (SMITHSON, JONESBY) arrived late.",  # two surnames, no initial: a list
        "The rule (NOTE, SEE B.) applies.",  # an ordinary word as the surname
    ],
)
def test_bracketed_pairs_that_are_no_name_give_no_person(extractor, text):
    assert not of_type(extractor, text, "Person")


# --- a Wikipedia hatnote names pages, not entities ----------------------------------------------------------------


def test_a_hatnotes_page_names_are_no_mentions(extractor):
    text = (
        "Video Privacy Protection Act\n"
        '"Vppa" redirects here. For the surname, see Vppa (surname).\n'
        "United States federal law concerning video rental records."
    )
    found = {m.text for m in extractor.extract("t", "v", text).mentions}
    assert "Vppa" not in found
    assert "Video Privacy Protection Act" in found


def test_a_name_in_brackets_of_prose_is_still_read(extractor):
    # a person named in prose before a bracket that is no page kind keeps the mention
    assert "Helena Varga" in of_type(
        extractor, "The report was written by Ambassador Helena Varga (Hungary) in May.", "Person"
    )


def test_a_known_name_glued_to_the_next_line_is_found(extractor):
    text = "A Report to Congress\n\nFederal Communications CommissionMarch 2009\n\nImplementing the Act"
    assert "Federal Communications Commission" in of_type(extractor, text, "Agency")


def test_camel_case_after_an_ordinary_word_keeps_the_company(extractor):
    # "Linked" + "In": a company's name in camel case, no known name ends at the capital
    text = "Regulators blocked LinkedIn in 2016 for refusing to store data locally."
    assert "Linked" not in {m.text for m in extractor.extract("t", "v", text).mentions}


# --- a subject line's predicate after a title is no name ----------------------------------------------------------


def test_a_headline_predicate_after_a_title_is_no_person(extractor):
    text = "SUBJECT: TELECOM 2008: MINISTER OF FINANCE\nWANTS CONTROL WHILE PRIVATE SECTOR WAITS\n\n1. Summary."
    assert not of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, name",
    [
        ("SUBJECT: DEPUTY SECRETARY NICHOLAS BURNS MEETS FRENCH OFFICIALS", "NICHOLAS BURNS"),
        ("1. SECRETARY MILLS MET THE MINISTER.", "MILLS"),  # one word: a surname, even if also a word
    ],
)
def test_a_name_in_capitals_after_a_title_is_still_a_person(extractor, text, name):
    assert name in of_type(extractor, text, "Person")


# --- a list of surnames after the full names ----------------------------------------------------------------------

_LISTED = (
    "1. (SBU) Anna Pruitt of CA/P/IP and Robert Vance and Mary\nFowler of the Screening Center met officials on "
    "June 3. Pruitt, Vance, and Fowler were accompanied to the meeting by the Consul General."
)


def test_the_last_surname_of_a_list_of_persons_is_a_person(extractor):
    persons = [m.text for m in extractor.extract("t", "v", _LISTED).mentions if m.type == "Person"]
    assert "Mary\nFowler" in persons  # the full name wrapped by a line break
    assert persons.count("Fowler") == 1  # the list's item


@pytest.mark.parametrize(
    "text, word",
    [
        (
            "Anna Pruitt and Robert Vance met officials on June 3. Pruitt, Vance, and Associates were thanked.",
            "Associates",
        ),
        ("Anna Pruitt and Robert Vance met officials on June 3. Pruitt, Vance, and France signed.", "France"),
    ],
)
def test_a_list_item_that_is_no_surname_stays_unread(extractor, text, word):
    assert word not in of_type(extractor, text, "Person")
