"""Telegram prose, round 13: in capitals a name holds no finite verb ("THE MINISTRY OF COMMUNICATIONS SAID ...",
"THE SECRETARY MET ..."), a telegram's abbreviation of the foreign ministry ("the MFA spokesperson") names it, and
"U/S" (Under Secretary) is a title before a surname as "A/S" is."""

from __future__ import annotations

import pytest

from pipelines.nlp.rules.caps_verbs import caps_finite_verb, caps_staff_noun
from tests.support.probes import mentions, of_type

# --- a finite verb ends a name in capitals ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, junk",
    [
        (
            "2. (SBU) THE MINISTRY OF COMMUNICATIONS SAID THAT THE NEW LAW WOULD REQUIRE ALL PERSONAL DATA TO BE "
            "STORED IN THE COUNTRY.",
            ("Agency", "MINISTRY OF COMMUNICATIONS"),
            "MINISTRY OF COMMUNICATIONS SAID",
        ),
        (
            "3. (U) THE BANK OF KOREA SIGNED A SWAP LINE WITH THE FEDERAL RESERVE LAST WEEK, ACCORDING TO PRESS "
            "REPORTS.",
            ("Agency", "BANK OF KOREA"),
            "BANK OF KOREA SIGNED A SWAP LINE",
        ),
        (
            "4. (C) AMBASSADOR MET WITH DEPUTY MINISTER OF JUSTICE IVANOV, WHO SAID THE MINISTRY OF JUSTICE OPPOSES "
            "THE DRAFT LAW ON PERSONAL DATA.",
            ("Agency", "MINISTRY OF JUSTICE"),
            "MINISTRY OF JUSTICE OPPOSES THE DRAFT LAW ON PERSONAL DATA",
        ),
        (
            "4. (U) THE COUNTER TERRORISM COMMITTEE AND THE BOARD OF GOVERNORS OF THE FEDERAL RESERVE SYSTEM REVIEWED "
            "THE BANK SECRECY ACT AND THE CHILDREN'S ONLINE PRIVACY PROTECTION ACT.",
            ("Agency", "BOARD OF GOVERNORS OF THE FEDERAL RESERVE SYSTEM"),
            "BOARD OF GOVERNORS OF THE FEDERAL RESERVE SYSTEM REVIEWED THE BANK",
        ),
        (
            "11. (SBU) EMBASSY MET WITH DEPUTY FOREIGN MINISTER KOZAK, WHO SAID THE MINISTRY OF FOREIGN AFFAIRS "
            "SUPPORTS THE DATA PROTECTION LAW.",
            ("Agency", "MINISTRY OF FOREIGN AFFAIRS"),
            "MINISTRY OF FOREIGN AFFAIRS SUPPORTS THE DATA PROTECTION LAW",
        ),
    ],
)
def test_a_finite_verb_in_capitals_ends_a_bodys_name(extractor, text, name, junk):
    found = mentions(extractor, text)
    assert name in found
    assert all(t != junk for _, t in found)


def test_a_verb_after_a_title_in_capitals_is_no_person(extractor):
    text = "1. (C) THE SECRETARY MET WITH FOREIGN MINISTER LAVROV ON TUESDAY TO DISCUSS THE NEW DATA LAW."
    people = of_type(extractor, text, "Person")
    assert "MET" not in people
    assert "LAVROV" in people


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "9. (U) THE UNITED STATES AND THE UNITED KINGDOM SIGNED THE AGREEMENT. THE UNITED ARAB EMIRATES "
            "ADOPTED A DATA PROTECTION ACT IN 2021.",
            {("State", "UNITED STATES"), ("State", "UNITED KINGDOM"), ("State", "UNITED ARAB EMIRATES")},
        ),
        (
            "10. (C) THE RESERVE BANK OF INDIA ISSUED THE DIRECTIVE. THE PERSONAL DATA PROTECTION ACT REQUIRES "
            "CONSENT. THE COUNCIL OF EUROPE WELCOMED THE MOVE.",
            {
                ("Agency", "RESERVE BANK OF INDIA"),
                ("Law", "PERSONAL DATA PROTECTION ACT"),
                ("IGO", "COUNCIL OF EUROPE"),
            },
        ),
        (
            "2. (U) THE TRANSPORTATION SECURITY ADMINISTRATION BRIEFED THE MINISTRY ON THE PROTECT AMERICA ACT AND THE "
            "STORED COMMUNICATIONS ACT.",
            {("Law", "PROTECT AMERICA ACT"), ("Law", "STORED COMMUNICATIONS ACT")},
        ),
    ],
)
def test_participles_and_head_nouns_stay_words_of_a_name_in_capitals(extractor, text, names):
    assert names <= mentions(extractor, text)


@pytest.mark.parametrize(
    "word, tag, verb",
    [
        ("SAID", "VBD", True),
        ("OPPOSES", "VBZ", True),
        ("MET", "NNP", True),  # an irregular past form the tagger misses
        ("UNITED", "VBN", False),  # a participle: "UNITED STATES"
        ("ACT", "VBP", False),  # a law's head noun
        ("IS", "VBZ", False),  # two letters: a function word, which breaks a run already
        ("Said", "VBD", False),  # not in capitals
    ],
)
def test_caps_finite_verb(word, tag, verb):
    assert caps_finite_verb(word, word.lower(), tag, frozenset({"met"}), frozenset({"act"})) is verb


def test_a_base_form_after_a_modal_or_to_is_a_verb():
    assert caps_finite_verb("PROPOSE", "propose", "VB", frozenset(), frozenset(), before_tag="MD")
    assert not caps_finite_verb("PROPOSE", "propose", "VB", frozenset(), frozenset(), before_tag="DT")


@pytest.mark.parametrize(
    "text, name, junk",
    [
        (
            "2. EMBOFF CALLED ON MINISTRY OF INTERIOR OFFICIALS MARCH 11. THEY SAID THE LAW REQUIRES FIRMS TO "
            "APPOINT A DATA PROTECTION OFFICER.",
            ("Agency", "MINISTRY OF INTERIOR"),
            "MINISTRY OF INTERIOR OFFICIALS",
        ),
        (
            "1. ACCORDING TO UNESCO SECRETARIAT SOURCES, THE GENERAL CONFERENCE WILL DEBATE THE DRAFT DECLARATION "
            "NEXT WEEK.",
            ("IGO", "UNESCO"),
            "UNESCO SECRETARIAT SOURCES",
        ),
        (
            "3. FOREIGN OFFICE CONTACTS TOLD EMBOFF THAT THE FRG HOPES THE EC COMMISSION WILL PROPOSE A DIRECTIVE ON "
            "DATA PROTECTION.",
            ("IGO", "EC"),
            "PROPOSE A DIRECTIVE ON DATA PROTECTION",
        ),
    ],
)
def test_the_people_of_a_body_and_a_verb_after_a_modal_are_no_words_of_a_name(extractor, text, name, junk):
    found = mentions(extractor, text)
    assert name in found
    assert all(t != junk for _, t in found)


@pytest.mark.parametrize(
    "word, before, ends",
    [
        ("OFFICIALS", "interior", True),  # "MINISTRY OF INTERIOR OFFICIALS"
        ("SOURCES", "secretariat", True),
        ("OFFICIALS", "of", False),  # "COUNCIL OF OFFICIALS": its members
        ("OFFICIALS", None, False),  # no name before it
        ("Officials", "interior", False),  # not in capitals
        ("STAFF", "joint", False),  # "JOINT STAFF": no word of the list
    ],
)
def test_caps_staff_noun(word, before, ends):
    staff = frozenset({"officials", "sources"})
    assert caps_staff_noun(word, word.lower(), before, staff, frozenset({"of", "and", "the"})) is ends


# --- the foreign ministry's abbreviation in a telegram ----------------------------------------------------------

_HEADER = "C O N F I D E N T I A L SECTION 01 OF 02 ANKARA 000123\n\nSIPDIS\n\nTAGS: PGOV ECON TU\nSUBJECT: {}\n\n"


@pytest.mark.parametrize(
    "subject, body, abbreviation",
    [
        ("GOVERNMENT DEFENDS INTERNET LAW", "1. (C) The MFA spokesperson rejected the allegations on\nTuesday.", "MFA"),
        ("MEETING ON DATA RULES", "2. (SBU) Emboff met Ministry of Justice and MFA officials on Monday.", "MFA"),
        ("ROUTINE", "3. (U) The MOFA spokesman said Turkey would respond to the request.", "MOFA"),
        ("LAW IN FORCE", "4. (U) FONOFF told Emboff that the law will enter into force in March.", "FONOFF"),
    ],
)
def test_the_foreign_ministrys_abbreviation_in_a_telegram_is_an_agency(extractor, subject, body, abbreviation):
    assert abbreviation in of_type(extractor, _HEADER.format(subject) + body, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        _HEADER.format("CODES") + "3. (U) The MFA-1 form and the MFA/EU desk are codes, not the ministry.",
        "The Master of Fine Arts (MFA) program accepted 20 students. The MFA degree takes two years.",
    ],
)
def test_the_letters_elsewhere_are_no_ministry(extractor, text):
    assert not {t for t in of_type(extractor, text, "Agency") if t.startswith("MFA")}


# --- "U/S", the Under Secretary, before a surname ------------------------------------------------------------------

_ROME = "UNCLAS SECTION 01 OF 02 ROME 000456\n\nSIPDIS\n\nTAGS: PTER EAIR IT\nSUBJECT: {}\n\n"


@pytest.mark.parametrize(
    "subject, body, person",
    [
        ("DHS U/S SMITHERS MEETS WITH ITALIAN OFFICIALS\nABOUT DATA SHARING", "1. (U) Meeting held.", "SMITHERS"),
        ("VISIT", "1. (SBU) Summary. U/S Smithers requested Italy's support in EU councils.", "Smithers"),
        ("VISIT", "2. (U) The minister received U/S Jane Roe on Tuesday to discuss the data agreement.", "Jane Roe"),
    ],
)
def test_under_secretary_abbreviated_before_a_name(extractor, subject, body, person):
    assert person in of_type(extractor, _ROME.format(subject) + body, "Person")


def test_under_secretary_abbreviated_before_an_ordinary_word_is_no_person(extractor):
    text = _ROME.format("ROUTINE") + "3. (U) The U/S office and the A/S staff will meet in the U/S conference room."
    assert not of_type(extractor, text, "Person")
