"""Issue 14, telegram round 11: the language of telegram bodies.

A telegram writes the government of a country "G" and the country's two-letter code ("the GVN": Viet Nam's); it is
the state, when the telegram names the country, and a body coordinated after it is a name of its own ("the GVN and
National Assembly")."""

from __future__ import annotations

import pytest

from pipelines.nlp import telegram
from pipelines.nlp.textview import prepare
from tests.support.probes import mentions, of_type

_HEAD = "E.O. 12958: N/A\nTAGS: PGOV, KPAO\n1. (SBU) "


@pytest.mark.parametrize(
    "text, code",
    [
        (_HEAD + "The Party and the GVN tightened control of the Internet in Vietnam this year.", "GVN"),
        (_HEAD + "Officials of the GCO said that Colombia would join. The GCO agreed.", "GCO"),
        # the TAGS say the telegram is about Vietnam (FIPS VM): no need to name it
        ("TAGS: PGOV VM\n1. (SBU) GVN agencies tightened control of the Internet.", "GVN"),
    ],
)
def test_a_government_written_with_its_country_code_is_the_state(extractor, text, code):
    assert code in of_type(extractor, text, "State")


@pytest.mark.parametrize(
    "text, letters",
    [
        # the country is never named: the letters are no government
        (_HEAD + "The GVN tightened control of the Internet this year.", "GVN"),
        # not a telegram: no TAGS, E.O. or routing line
        ("The Party and the GVN tightened control of the Internet in Vietnam this year.", "GVN"),
        # a body the tables know keeps its own name, even when the telegram names the state of its letters
        (_HEAD + "The GAO reviewed the aid to Angola and Saudi Arabia.", "GAO"),
        # letters never called "the ...": a system or a standard, not a government
        (_HEAD + "Iceland uses GIS maps and San Marino GSM phones.", "GIS"),
        (_HEAD + "Iceland uses GIS maps and San Marino GSM phones.", "GSM"),
        # a telegram whose TAGS say it is about another state
        ("TAGS: PGOV FR\n1. (SBU) The GVN tightened control of the Internet in Vietnam.", "GVN"),
    ],
)
def test_letters_that_are_no_government_are_no_state(extractor, text, letters):
    assert letters not in of_type(extractor, text, "State")


def test_a_body_coordinated_after_the_government_is_a_name_of_its_own(extractor):
    text = _HEAD + "Blogs in Vietnam prompted the GVN and National\nAssembly to consider rules on blogs."
    found = mentions(extractor, text)
    assert ("State", "GVN") in found
    assert ("Agency", "National\nAssembly") in found
    assert not any("GVN and" in name for _, name in found)


def test_a_coordinated_word_that_is_no_body_adds_no_mention(extractor):
    text = _HEAD + "In Vietnam the GVN and the Party disagree on blogs."
    assert not any(name.startswith("Party") for _, name in mentions(extractor, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("TAGS: ECON\nThe GVN said so.", True),
        ("DE RUEHHM #1144/01 2790725\nThe GVN said so.", True),
        ("SIPDIS\nThe GVN said so.", True),
        ("The tags: of the report. The GVN said so.", False),
    ],
)
def test_what_marks_a_telegram(text, expected):
    assert telegram.is_telegram(text) is expected


_PRINTED_COPY = (
    "ACTION L-03\n"
    "INFO OCT-01 ADS-00 DRC-01 PA-01 SY-05 A-02 SS-15 H-01\n"
    "INR-10 OCS-06 CA-01 SP-02 OES-09 EUR-12 EB-08\n"
    "SSO-00 INRE-00 /077 W\n"
    "O 160823Z AUG 79\n"
    "FM AMEMBASSY PARIS\n"
    "TO SECSTATE WASHDC IMMEDIATE 4181\n"
    "INFO USMISSION GENEVA\n"
    "E.O. 12065: N/A\n"
    "TAGS: AINF\n"
    "1. THE EMBASSY MET THE MINISTRY.\n"
)


def test_the_distribution_line_and_the_date_time_group_address_no_one(extractor):
    """A printed copy's distribution line lists office symbols with their number of copies ("OCT-01 ADS-00"), and
    the precedence and date-time group ("O 160823Z AUG 79") follow it: neither is an addressee."""
    agencies = of_type(extractor, _PRINTED_COPY, "Agency")
    assert not any("OCT-01" in a or "INR-10" in a or "160823Z" in a for a in agencies)


def test_the_address_lines_after_the_distribution_line_still_address(extractor):
    agencies = of_type(extractor, _PRINTED_COPY, "Agency")
    assert {"AMEMBASSY PARIS", "SECSTATE", "USMISSION GENEVA"} <= agencies


def test_an_info_line_of_posts_is_no_distribution_line():
    found = telegram.header_mentions("FM AMEMBASSY ROME\nTO SECSTATE WASHDC\nINFO AMEMBASSY PARIS\nUSMISSION GENEVA\n")
    assert {h.designator for h in found} == {"AMEMBASSY ROME", "SECSTATE", "AMEMBASSY PARIS", "USMISSION GENEVA"}


@pytest.mark.parametrize(
    "text, name, type_",
    [
        (
            "TAGS: ECON KIPR FR\nSUBJECT: TAMSIN AMENDMENT AND STUDENT FILES\n1. (SBU) Under the Tamsin Amendment, "
            "parents may see student files, officials said.",
            "TAMSIN AMENDMENT",
            "Law",
        ),
        (
            'TAGS: ECON KIPR FR\nSUBJECT: KERBAL 2 PASSES ASSEMBLY\n1. (SBU) Nicknamed "Kerbal 2," the bill adds '
            "sanctions.",
            "KERBAL 2",
            "Law",
        ),
        (
            "TAGS: ECON KIPR FR\nSUBJECT: VELMORA SYSTEMS OPENS LAB\n1. (SBU) Velmora Systems Inc. opened a lab in "
            "Lyon, officials said. Velmora Systems hired staff.",
            "VELMORA SYSTEMS",
            "Firm",
        ),
    ],
)
def test_a_subject_line_repeats_in_capitals_a_name_the_prose_gives(extractor, text, name, type_):
    assert name in of_type(extractor, text, type_)


@pytest.mark.parametrize(
    "text, not_name",
    [
        # another word in capitals that starts the same way is no repeat
        (
            'TAGS: ECON KIPR FR\nSUBJECT: KERBAL 22 PASSES\n1. (SBU) Nicknamed "Kerbal 2," the bill adds sanctions.',
            "KERBAL 2",
        ),
        (
            "TAGS: ECON KIPR FR\nSUBJECT: TAMSIN AMENDMENTS\n1. (SBU) Under the Tamsin Amendment, parents may see "
            "student files.",
            "TAMSIN AMENDMENT",
        ),
    ],
)
def test_a_longer_word_in_capitals_is_no_repeat(extractor, text, not_name):
    assert not_name not in {t for _, t in mentions(extractor, text)}


_EDITION = (
    "103. Telegram From the Embassy in France to the Department of State\n\nParis, August 10, 1968.\n\n"
    "1. Canadian and Italian Embassies have informed Dept approaches made to their Governments. "
)


@pytest.mark.parametrize(
    "text",
    [
        _EDITION + "Embassy will report further.",
        "E.O. 12958: N/A\nTAGS: PREL FR\n1. (C) Post asks that Dept concur in the proposed reply.",
    ],
)
def test_dept_alone_in_a_telegram_is_the_department(extractor, text):
    assert "Dept" in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        # not a telegram: an abbreviation of no particular department
        "Canadian and Italian Embassies have informed Dept approaches made to their Governments.",
        # a department named in full
        "E.O. 12958: N/A\nTAGS: PREL FR\n1. (C) The Dept. of Labor and the Dept of Justice agreed.",
        # another's department
        "E.O. 12958: N/A\nTAGS: PREL FR\n1. (C) The Commerce Dept agreed.",
    ],
)
def test_dept_that_is_no_reference_to_the_department_is_no_mention(extractor, text):
    assert "Dept" not in of_type(extractor, text, "Agency")


def test_dept_alone_is_not_repeated_inside_another_departments_name(extractor):
    text = "E.O. 12958: N/A\nTAGS: PREL FR\n1. (C) Dept please advise. Post met Commerce Dept officials."
    found = extractor.extract("t", "v", text).mentions
    assert [m.start for m in found if m.text == "Dept"] == [text.index("Dept")]


@pytest.mark.parametrize("word", ["Deptel", "Embtel", "Urtel"])
def test_a_telegram_cited_by_its_sender_is_no_person(extractor, word):
    text = _EDITION + f"As reported in {word} 1234, the talks went on."
    assert not any(name.startswith(word) for name in of_type(extractor, text, "Person"))


_ADDRESSES = (
    "O 061424Z JUN 07\nFM AMEMBASSY TALLINN\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 9902\nINFO AEC GERMANTOWN\n"
    "RUEKJCS/JOINT STAFF WASHDC IMMEDIATE\nRHEHNSC/NSC WASHDC IMMEDIATE\nE.O. 12958: N/A\nTAGS: PREL EN\n"
    "1. THE EMBASSY MET THE MINISTRY.\n"
)


def test_two_ordinary_words_address_one_body(extractor):
    """ "JOINT STAFF": a body's name of two ordinary words, not an agency ("JOINT") at its seat."""
    agencies = of_type(extractor, _ADDRESSES, "Agency")
    assert "JOINT STAFF" in agencies
    assert "JOINT" not in agencies


def test_an_agency_at_its_seat_is_the_agency(extractor):
    agencies = of_type(extractor, _ADDRESSES, "Agency")
    assert "AEC" in agencies
    assert "AEC GERMANTOWN" not in agencies


_GARBLED = "E.O. 12958: N/A\n1. (S) He briefed the group of &friends,8 which includes France (Dupont was &stunned”)."


def test_garbled_quotation_marks_of_a_telegram_read_as_quotation_marks():
    view = prepare(_GARBLED).text
    assert 'of "friends," which' in view
    assert '(Dupont was "stunned”)' in view
    assert len(view) == len(_GARBLED)


@pytest.mark.parametrize(
    "text",
    [
        # not a telegram: "&" and a final "8" mean what they say
        "He briefed the group of &friends,8 which includes France.",
        # an ampersand inside a name, a number glued to a name, a note's number
        "E.O. 12958: N/A\n1. AT&T and the G8 met; R&D grew in Korea8. The firm &Kestrel Telecom is taking over.",
    ],
)
def test_ampersands_and_eights_that_are_no_quotation_marks_stay(text):
    assert prepare(text).text == text


def test_a_name_inside_a_garbled_quotation_is_read(extractor):
    text = "E.O. 12958: N/A\n1. (S) France (Sarkozy was &stunned”) and the UN met."
    assert "Sarkozy" in of_type(extractor, text, "Person")


_PASS_TWO = (
    "FM AMEMBASSY THE HAGUE\nTO RUEHC/SECSTATE WASHDC 9929\nUNCLAS SECTION 01 OF 02 THE HAGUE 001440\n\nSIPDIS\n\n"
    "DEPT FOR EUR/UBI AND EUR/ERA\nHOMELAND SECURITY FOR OIA AND PRIVACY OFFICE\n\nE.O. 12958: N/A\n"
    "TAGS: PTER EAIR NL\nSUBJECT: DUTCH SUPPORT\n\n1. THE MISSION ASKED FOR DETAILS OF THE PLAN.\n"
    "MISSION ASKED FOR DETAILS.\n"
)


def test_a_pass_line_in_the_header_may_address_an_agency_of_two_words(extractor):
    found = mentions(extractor, _PASS_TWO)
    assert ("Agency", "HOMELAND SECURITY") in found
    assert not any("FOR OIA" in name for _, name in found)
    # an office's head noun names no officer
    assert not any(t == "Person" for t, _ in found)


def test_two_capitals_words_before_for_in_the_prose_address_no_one(extractor):
    assert not any("ASKED" in name for _, name in mentions(extractor, _PASS_TWO))


def test_the_two_word_addressee_is_read_in_the_header_only():
    line = "MISSION ASKED FOR DETAILS"
    assert telegram.addressees.pass_clauses(line) == []
    assert telegram.addressees.pass_clauses("HOMELAND SECURITY FOR OIA", header=True)[0][0] == (0, 17)
