"""Telegrams, round 23 (probe text of our own: FRUS telegrams and memoranda of the 1960s, cables in capitals, news,
encyclopedia pages, government releases).

An international organisation whose name alone says nothing ("INTELSAT", "Intersputnik", "Eurocontrol") is one
where the text says so: a state joins it ("Yugoslavia and Romania are showing interest in joining INTELSAT", "we
encouraged the Soviets to join INTELSAT", "North Korea would not be eligible to join INTELSAT"), a state's
representative or delegate is sent to it ("the French representative to INTELSAT"), or the text introduces it by
name as an international organisation ("a new international satellite communications organization to be called
Intersputnik"). The document's other occurrences of the name are the same organisation. A person or a company who
joins a name, an ambassador, a mission or a delegation sent to a place, a company's representative, a private
organisation introduced by name and a telegram's upper-case prose ("WILL JOIN COMESA TRADE TALKS") say nothing of the
kind.

"Embassy" alone in a telegram is the post its heading names ("Telegram From the Department of State to the Embassy
in the United Kingdom ... 5. Embassy should contact ...") or the writer's own: a description, no name, as "the
Court" or "the Board" alone; an embassy named with its post ("the Embassy in France", "the U.S. Embassy") stays an
agency."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs, mentions, of_type


@pytest.mark.parametrize(
    ("text", "igo", "count"),
    [
        (
            "You may recall that since 1964 we have at various times encouraged the Soviets to join INTELSAT, the "
            "last time being your speech in June. They have not exhibited any interest in INTELSAT to date.",
            "INTELSAT",
            2,
        ),
        (
            "We understand that both Yugoslavia and Romania are showing interest in joining INTELSAT. The INTELSAT "
            "negotiations open next February.",
            "INTELSAT",
            2,
        ),
        (
            "Neither North Korea nor North Viet Nam would be eligible to join INTELSAT if the present ITU membership "
            "requirement is continued.",
            "INTELSAT",
            1,
        ),
        (
            "Ukraine applied to join Eurocontrol in 2004; Eurocontrol accepted the application in 2005.",
            "Eurocontrol",
            2,
        ),
        ("3. Kenya joined INTELSAT in 1965 and has since built an earth station at Longonot.", "INTELSAT", 1),
        (
            "The views were put forth by Sueur and the French representative to INTELSAT, Jean Paul Voge. INTELSAT "
            "had shown flexibility.",
            "INTELSAT",
            2,
        ),
        (
            "1. Soviets have put forward proposal for new international satellite communications organization to be "
            "called Intersputnik. Relationship of Intersputnik to other systems not stated.",
            "Intersputnik",
            2,
        ),
        (
            "In 1996 the participating states founded an intergovernmental organization known as Wassenaar, which "
            "meets in Vienna.",
            "Wassenaar",
            1,
        ),
    ],
)
def test_an_organisation_a_state_joins_or_is_represented_at_is_an_igo(extractor, text, igo, count):
    found = [m.type for m in extractor.extract("t", "v", text).mentions if m.text == igo]
    assert found == ["IGO"] * count


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "U.S. Senator Marco Rubio joined Senators Tom Cotton and Chris Van Hollen in introducing the bill.",
            "Tom Cotton",
        ),
        ("She joined Acme in 2010 after leaving the State Department.", "Acme"),
        ("Google joined Foobarix in 2015 to work on video codecs.", "Foobarix"),
        ("2. GOVERNMENT OF KENYA WILL JOIN COMESA TRADE TALKS NEXT WEEK.", "COMESA TRADE TALKS"),
        ("The company's representative to Zenthor resigned last week.", "Zenthor"),
        ("Acme's representative to Brussels said the firm would comply with the rules.", "Brussels"),
        ("A French trade delegation to Vilnor met the minister on Tuesday.", "Vilnor"),
        ("The French Ambassador to Borovia presented his credentials.", "Borovia"),
        (
            "Article 19 is an international non-governmental organization called Article Nineteen that defends free "
            "expression.",
            "Article Nineteen",
        ),
    ],
)
def test_no_igo_without_a_state_member_or_an_international_organisation(extractor, text, name):
    assert name not in of_type(extractor, text, "IGO")


def test_a_state_joining_a_known_organisation_keeps_its_table_type(extractor):
    found = mentions(extractor, "Montenegro joined NATO in 2017, and the Philippines hopes to join the ASEAN+3 forum.")
    assert ("IGO", "NATO") in found


def test_the_joining_state_is_a_member_of_the_organisation(extractor):
    text = "3. Kenya joined INTELSAT in 1965 and has since built an earth station at Longonot."
    assert ("Kenya", "INTELSAT") in fact_pairs(extractor, text, "memberOf")


@pytest.mark.parametrize(
    "text",
    [
        "98. Telegram From the Department of State to the Embassy in the United Kingdom\n\nWashington, November 15, "
        "1967.\n\n5. Embassy, on basis press release, should contact appropriate officials of the UK Government.",
        "101. Airgram From the Embassy in France to the Department of State\n\nSummary\n\nIn a meeting with Embassy "
        "and COMSAT officials, French experts explained their view. The Ministry invited Embassy representatives.",
        "The U.S. Embassy in Nairobi issued a security alert on Monday. The Embassy said it would close on Tuesday.",
    ],
)
def test_embassy_alone_describes_the_post_named_before_and_is_no_mention(extractor, text):
    assert "Embassy" not in {t for _, t in mentions(extractor, text)}


@pytest.mark.parametrize(
    ("text", "embassy"),
    [
        ("The U.S. Embassy in Nairobi issued a security alert on Monday.", "U.S. Embassy"),
        ("101. Airgram From the Embassy in France to the Department of State", "Embassy in France"),
    ],
)
def test_an_embassy_named_with_its_post_stays_an_agency(extractor, text, embassy):
    assert embassy in of_type(extractor, text, "Agency")
