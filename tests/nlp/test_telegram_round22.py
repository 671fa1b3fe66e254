"""Telegrams, round 22 (probe text of our own: Cablegate-style cables whose header was cut off, and other genres).

A published telegram repeats its post and serial at each page break, without the classification marking:
"MADRID 00000982 001.3 OF 002" (the post, the serial padded to eight digits, the page and the page count). Such a
line names the post that sent the telegram as its serial line does, so a telegram whose header was cut off is
still about the post's country: "the GOS" in it is the Government of Spain. A line that is not a page break (no
padded serial, no page count, or words around it) says nothing of the kind.

Two names the statistical model takes for persons, in telegrams and elsewhere: a word bracketed right after a
body's name is the body's short name ("the association of Internet Service Providers (Redtel)", "the Society of
Authors and Composers (Sadaic)"), and a name after "Project" or "Operation" names an undertaking ("Project
Symphonie", "Project Maven", "Operation Aurora"); neither is a person there nor where the text repeats it alone.
A person's initials after a person's name, or a title after "Project" ("Project Manager Jane Roe"), keep the
person."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type


@pytest.mark.parametrize(
    "text, government",
    [
        (
            "SUBJECT: INTERNET PIRACY UPDATE\n\nMADRID 00000982 001.3 OF 002\n\n"
            "1. (SBU) Officials said the GOS will announce new measures.\n"
            "2. (SBU) The GOS has invited the U.S. to the conference.\n",
            "GOS",
        ),
        (
            "SUBJECT: TELECOM REFORM\n\nLIMA 00000412 002 OF 004\n\n"
            "1. (SBU) The GOP plans to sell the incumbent operator, the minister said.\n"
            "2. (C) GOP officials met Embassy staff.\n",
            "GOP",
        ),
    ],
)
def test_a_page_break_line_names_the_post_of_a_telegram_without_header(extractor, text, government):
    assert government in of_type(extractor, text, "State")


def test_the_government_takes_the_post_country_of_the_page_break_line(extractor):
    text = (
        "SUBJECT: INTERNET PIRACY UPDATE\n\nMADRID 00000982 001.3 OF 002\n\n"
        "1. (SBU) Officials said the GOS will announce new measures.\n"
        "2. (SBU) The GOS has invited the U.S. to the conference.\n"
    )
    ids = {m.text: m.entity_id for m in extractor.extract("t", "v", text).mentions}
    assert ids.get("GOS") == "state/ES"


def test_without_a_page_break_line_the_abbreviation_has_no_state(extractor):
    text = (
        "SUBJECT: TELECOM REFORM\n\n"
        "1. (SBU) The GOP plans to sell the incumbent operator, the minister said.\n"
        "2. (C) GOP officials met Embassy staff.\n"
    )
    assert "GOP" not in of_type(extractor, text, "State")


@pytest.mark.parametrize(
    "text",
    [
        # words around the numbers: a sentence citing the cable, not its page break
        "The report, filed as MADRID 00000982 001.3 OF 002, was read by Congress.",
        # a serial not padded to eight digits: no page break
        "SUBJECT: TELECOM REFORM\n\nLIMA 412 2 OF 4\n\n1. (SBU) The GOP plans to sell the operator.\n"
        "2. (C) GOP officials met Embassy staff.\n",
    ],
)
def test_other_lines_with_a_post_and_numbers_are_no_page_break(extractor, text):
    assert not {t for ty, t in mentions(extractor, text) if ty == "State" and t.startswith("GO")}
    assert "MADRID" not in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "1. (SBU) The Coalition may reach an agreement with the association of Internet Service Providers "
            "(Redtel) next week. The government was putting pressure on Redtel, the ISP association. The code, if "
            "accepted by Redtel, could be ready by October.",
            "Redtel",
        ),
        (
            "The Society of Authors and Composers (Sadaic) asked Congress to act. The government was putting "
            "pressure on Sadaic to agree.",
            "Sadaic",
        ),
    ],
)
def test_a_word_bracketed_after_a_body_name_is_no_person(extractor, text, name):
    assert name not in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, person",
    [
        ("Senator John Smith (Smith) introduced the bill. Smith said it protects personal data.", "Smith"),
        ("Justice Minister Ernst Hirsch Ballin (Ballin) wrote to Parliament. Ballin supports the agreement.", "Ballin"),
        (
            "See the Memorandum from the Chairman of the Delegation to the Subcommittee of the Disarmament "
            "Commission (Stassen) to the Soviet Delegation. Stassen proposed a freeze.",
            "Stassen",
        ),
    ],
)
def test_a_word_bracketed_after_a_person_name_stays_a_person(extractor, text, person):
    assert person in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Google employees protested Project Maven, the Pentagon's drone program. Maven used personal data, "
            "critics said.",
            {"Maven", "Project Maven"},
        ),
        (
            "The hackers behind Operation Aurora targeted Google. Aurora exploited a flaw in Internet Explorer.",
            {"Aurora", "Operation Aurora"},
        ),
        (
            "3. Intended purposes of Project Symphonie remain unclear. Functions accomplished by Symphonie could be "
            "provided by INTELSAT.",
            {"Symphonie", "Project Symphonie"},
        ),
        (
            "The NSA ran Project Stellarwind after 2001. Stellarwind collected bulk metadata.",
            {"Stellarwind", "Project Stellarwind"},
        ),
    ],
)
def test_a_project_or_operation_name_is_no_person(extractor, text, names):
    assert not names & of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, person",
    [
        ("Project Manager Jane Roe said the agency would comply with the Privacy Act.", "Jane Roe"),
        ("Operation Director John Smith briefed the committee.", "John Smith"),
    ],
)
def test_a_title_after_project_keeps_the_person(extractor, text, person):
    assert person in of_type(extractor, text, "Person")
