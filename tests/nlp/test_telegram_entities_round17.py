"""Telegram entities, round 17: a government written "Go" + the country's initial ("GoE", "GoK", "GoI"), the
mixed-case form later telegrams print beside "GOE", names the government of the state the telegram is about; a
person named again by the first word of the full name the telegram gave ("Meles Zenawi ... Meles said", "Ma Zhaoxu
... Ma's remarks") is that person, where the word reads as a name; a person's initials defined in parentheses after
the name ("Anibal Fernandez (AF)", "Kirchner's (CFK)") name the person, there and again.

The probe telegrams are written for these tests (no gold document's text)."""

from __future__ import annotations

import pytest

from pipelines.nlp.entities.given_names import first_word
from pipelines.nlp.entities.person_initials import person_initials_after
from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.telegram import government_abbreviations
from tests.support.probes import of_type


def _cable(serial: str, tags: str, subject: str, body: str) -> str:
    """A short telegram: serial line, E.O. and TAGS lines, subject and a numbered paragraph."""
    return f"CONFIDENTIAL {serial}\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: {tags}\nSUBJECT: {subject}\n\n2. (C) {body}\n"


# --- "Go" + initial -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("serial", "tags", "body", "abbreviation"),
    [
        ("ADDIS ABABA 000512", "ECON ETRD ET", "The GoE views telecommunications as a key sector.", "GoE"),
        ("NAIROBI 001234", "PGOV KE", "Officials told PolOff that the GoK will enforce the new act.", "GoK"),
        ("NEW DELHI 004321", "ECON IN", "GoI officials met EconOff on Tuesday to discuss the rules.", "GoI"),
        ("ISLAMABAD 003010", "ECON PK", "The GoP said it was committed to the reforms.", "GoP"),
    ],
)
def test_go_and_initial_in_mixed_case_names_the_state(extractor, serial, tags, body, abbreviation) -> None:
    text = _cable(serial, tags, "TELECOM", body)
    assert abbreviation in of_type(extractor, text, "State")


def test_go_and_initial_of_no_state_the_telegram_is_about_is_nothing(extractor) -> None:
    text = _cable("NAIROBI 001235", "PGOV KE", "TELECOM", "The GoE delegation and the GoI team did not attend.")
    states = of_type(extractor, text, "State")
    assert "GoE" not in states and "GoI" not in states


def test_go_and_initial_outside_a_telegram_is_nothing(extractor) -> None:
    assert "GoE" not in of_type(extractor, "The GoE said the plan works.", "State")


def test_go_before_a_word_is_no_abbreviation() -> None:
    text = "Go East, the slogan said; GoTo Meeting and GoEast were used."
    assert government_abbreviations(text, {"state/ET": "Ethiopia"}) == []


def test_go_and_initial_gives_the_state_of_that_initial() -> None:
    text = "The GoE and the GOE agree."
    found = government_abbreviations(text, {"state/ET": "Ethiopia", "state/KE": "Kenya"})
    assert [(text[a:b], sid) for a, b, sid in found] == [("GoE", "state/ET"), ("GOE", "state/ET")]


# --- a person named again by the first word of the full name ------------------------------------------------------


@pytest.mark.parametrize(
    ("serial", "tags", "body", "alone"),
    [
        (
            "ADDIS ABABA 000163",
            "PREL ET",
            "Prime Minister Meles Zenawi told the Ambassador that the vote would be free. Meles said he had warned "
            "the opposition.",
            "Meles",
        ),
        (
            "BEIJING 000183",
            "PREL CH",
            "MFA spokesperson Ma Zhaoxu said China opposed the speech. Ma's remarks followed a statement.",
            "Ma",
        ),
        (
            "HANOI 000456",
            "PGOV VM",
            "Deputy Minister Nguyen Thanh Hung met PolOff on May 3. Nguyen said the decree would be issued soon.",
            "Nguyen",
        ),
    ],
)
def test_the_first_word_of_a_full_name_said_alone_is_the_person(extractor, serial, tags, body, alone) -> None:
    assert alone in of_type(extractor, _cable(serial, tags, "MEETING", body), "Person")


def test_a_first_word_that_names_a_state_or_starts_another_name_is_no_person(extractor) -> None:
    body = (
        "Jordan Smith of the Bank met Ethio Kebede. Jordan signed the accord, and Ethio Telecom officials met "
        "Mark Ward and Mark Twain."
    )
    persons = of_type(extractor, _cable("AMMAN 000111", "PREL JO", "MEETING", body), "Person")
    assert not {"Jordan", "Ethio", "Mark"} & persons


def test_a_first_word_said_as_a_word_is_no_person(extractor) -> None:
    body = "Vice Minister He Yafei met PolOff. He said the rules would change, and Will Smith said they will."
    persons = of_type(extractor, _cable("BEIJING 000184", "PREL CH", "MEETING", body), "Person")
    assert "He" not in persons and "Will" not in persons
    body = "Assistant Minister Mark Kamau met EconOff. Mark the date: the bill comes on May 3."
    assert "Mark" not in of_type(extractor, _cable("NAIROBI 000222", "ECON KE", "DATA BILL", body), "Person")


def test_a_first_word_the_telegram_writes_in_lower_case_is_a_word(extractor) -> None:
    text = (
        "SECRET BOGOTA 003035\n\nE.O. 12958: DECL: 2019/09/22\nTAGS: PGOV CO\n"
        "SUBJECT: Uribe Informs Ambassador of DAS Investigation Developments\n\n"
        "1. (S) The investigation of the DAS continues. Investigation teams met the Ambassador.\n"
    )
    assert "Investigation" not in of_type(extractor, text, "Person")


def test_a_first_word_said_inside_its_sentence_is_the_person(extractor) -> None:
    body = "Prime Minister Meles Zenawi met the Ambassador, who urged Meles to act."
    assert "Meles" in of_type(extractor, _cable("ADDIS ABABA 000164", "PREL ET", "MEETING", body), "Person")


def test_the_first_word_alone_outside_a_telegram_is_left_to_the_other_rules(extractor) -> None:
    text = "Prime Minister Meles Zenawi told reporters the vote would be free. Meles said he had warned them."
    assert "Meles" not in of_type(extractor, text, "Person")


def test_which_first_words_can_name_a_person_alone() -> None:
    lex = load_lexicon()
    known = {"Jordan": "State"}.get
    assert first_word("Meles Zenawi", lex, known) == "Meles"
    assert first_word("Jordan Smith", lex, known) is None  # a state's name
    assert first_word("de Maiziere", lex, known) is None  # a particle
    assert first_word("Zapatero", lex, known) is None  # one word: the surname rules


# --- a person's initials defined in parentheses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("serial", "tags", "body", "initials"),
    [
        (
            "MEXICO 001234",
            "PGOV MX",
            "President Andres Manuel Lopez Obrador (AMLO) said the data law would pass. AMLO added that it would.",
            "AMLO",
        ),
        (
            "BRASILIA 000823",
            "PGOV BR",
            "Former President Fernando Henrique Cardoso (FHC) told PolOff the bill was flawed. FHC said it would pass.",
            "FHC",
        ),
    ],
)
def test_a_persons_initials_in_parentheses_name_the_person(extractor, serial, tags, body, initials) -> None:
    mentions = of_type(extractor, _cable(serial, tags, "BILL", body), "Person")
    assert initials in mentions


def test_initials_after_a_possessive_name_the_person(extractor) -> None:
    text = (
        "1. (S) Summary: Argentine President Cristina Fernandez de Kirchner's (CFK) choice surprised many.\n\n"
        "2. (S) Officials close to CFK said the choice was hers.\n"
    )
    assert "CFK" in of_type(extractor, text, "Person")


def test_a_parenthesis_after_a_person_that_spells_no_initials_names_no_one(extractor) -> None:
    body = "Senator Jim Risch (R-Idaho) and Maria Lopez (ML2) spoke; Jo Doe (65) met Ann Lee (PRC) and Al Roe (XY)."
    persons = of_type(extractor, _cable("WASHINGTON 000111", "PGOV US", "HEARING", body), "Person")
    assert not {"R-Idaho", "ML2", "65", "PRC", "XY"} & persons


def test_which_letters_are_a_persons_initials() -> None:
    def initials(text: str, name: str) -> str | None:
        start = text.index(name)
        span = person_initials_after(text, start, start + len(name))
        return text[span[0] : span[1]] if span else None

    assert initials("Cristina Fernandez de Kirchner's (CFK) aide", "Cristina Fernandez de Kirchner") == "CFK"
    assert initials("Andres Manuel Lopez Obrador (AMLO)", "Andres Manuel Lopez Obrador") == "AMLO"
    assert initials("Andres Manuel Lopez Obrador (AMO)", "Andres Manuel Lopez Obrador") == "AMO"  # one left out
    assert initials("Andres Manuel Lopez Obrador (MLO)", "Andres Manuel Lopez Obrador") is None  # not the first
    assert initials("Ann Lee (PRC)", "Ann Lee") is None
    assert initials("Ann Lee (A)", "Ann Lee") is None
