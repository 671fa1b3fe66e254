"""Law names, round 24 (probe texts of our own: news, law-firm notes, government releases,
Wikipedia-style pages, telegrams).

A year before a law's capitalised kind, inside a definite noun phrase, tells which law of the kind is meant: "the
1964 Agreement", "the 1997 Constitution", "Kenya's 2010 Constitution" are names with their year. A longer title after
the kind keeps its own name ("the 2018 Law on Cybersecurity"), a bill is named by its number or title, and a list of
years ("the 2004, 2009, and 2015 Constitution") names no one law.

A law described in lower case with a short name in brackets after its kind ("a legislative decree (DL 1182)", "the
cybersecurity act (CSA)") gives the short name the text will use: the bracketed letters are a Law, and the described
words are the long name too when the letters spell them ("digital markets act" for DMA). A provision, a year, a
state's letters, a telegram's citation of another cable ("(REFTEL)") or an issuer's mark inside a numbered citation
in brackets name no law, and a kind with an ordinary sense in lower case ("internet protocol (IP)") describes no
law."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type

pytestmark = pytest.mark.slow


# --- a law named by its year and its kind


@pytest.mark.parametrize(
    "text, law",
    [
        (
            "Pursuant to Article IX of the 1964 Agreement establishing the interim arrangements, the Committee met.",
            "1964 Agreement",
        ),
        ("The 1997 Constitution further requires the establishment of an independent regulator.", "1997 Constitution"),
        (
            "NAIROBI (Reuters) - Kenya's 2010 Constitution guarantees the right to privacy, the court said.",
            "2010 Constitution",
        ),
        ("Under the 2018 Act, the Secretary of State may make adequacy regulations.", "2018 Act"),
        ("Our client note: the 1982 Convention entered into force in 1994 and binds 168 parties.", "1982 Convention"),
        ("THE EMBASSY NOTES THAT the 1971 Treaty remains in force.", "1971 Treaty"),
    ],
)
def test_a_year_before_a_law_kind_is_part_of_its_name(extractor, text, law):
    laws = of_type(extractor, text, "Law")
    assert law in laws
    assert law.split()[1] not in laws  # the kind alone is no second mention


@pytest.mark.parametrize(
    "text, absent, present",
    [
        ("The ministry implements the 2018 Law on Cybersecurity.", "2018 Law", "Law on Cybersecurity"),
        ("Some key provisions the 2019 Bill provides for were dropped by the committee.", "2019 Bill", None),
        (
            "The 2004, 2009, and 2015 Constitution are infamous with the restrictions on media.",
            "2015 Constitution",
            None,
        ),
        ("In 2018 Congress passed the CLOUD Act.", "2018 Congress", "CLOUD Act"),
    ],
)
def test_a_year_names_no_law_outside_a_definite_phrase_or_before_a_title(extractor, text, absent, present):
    laws = of_type(extractor, text, "Law")
    assert absent not in laws
    if present is not None:
        assert present in laws


# --- a law described in lower case with its short name in brackets


@pytest.mark.parametrize(
    "text, short, long",
    [
        (
            "On July 27, Peru's executive branch adopted a legislative decree (DL 1182) that allows warrantless "
            "access to location data.",
            "DL 1182",
            None,
        ),
        (
            "The Council reached a provisional agreement on a targeted amendment to the cybersecurity act (CSA).",
            "CSA",
            "cybersecurity act",
        ),
        (
            "The regulation is otherwise referred to as the digital markets act (DMA). The DMA lays down rules.",
            "DMA",
            "digital markets act",
        ),
        ("Lawmakers passed the online safety act (OSA) in 2023, the minister said.", "OSA", "online safety act"),
    ],
)
def test_a_bracketed_short_name_after_a_lower_case_law_is_a_law(extractor, text, short, long):
    laws = of_type(extractor, text, "Law")
    assert short in laws
    if long is not None:
        assert long in laws


def test_described_words_the_letters_do_not_spell_are_no_name(extractor):
    text = "The new rules follow the European data protection law (GDPR) closely, a law firm wrote."
    laws = of_type(extractor, text, "Law")
    assert "GDPR" in laws
    assert not any(law.endswith("data protection law") for law in laws)
    assert "legislative decree" not in of_type(extractor, "Peru adopted a legislative decree (DL 1182).", "Law")


@pytest.mark.parametrize(
    "text",
    [
        "The obligations under the law (Article 5) apply to all controllers.",
        "The treaty (US) was signed in 2001.",
        "Brussels adopted the data act (2023) last year.",
        "Requests may target the internet protocol (IP) address of a user, the Commission's summary says.",
    ],
)
def test_a_provision_a_year_or_a_state_in_brackets_names_no_law(extractor, text):
    assert of_type(extractor, text, "Law") == set()


def test_a_telegram_citation_in_brackets_is_no_short_name(extractor):
    text = "3. (SBU) POST WILL REPORT. The new decree (REFTEL) covers no bank, and the old law (REF B) lapsed.\n"
    laws = of_type(extractor, text, "Law")
    assert "REFTEL" not in laws and "REF B" not in laws


def test_an_issuer_mark_inside_a_numbered_citation_is_no_short_name(extractor):
    text = "Processing by the institutions is governed by regulation (EC) No 45/2001, the note said."
    assert "EC" not in of_type(extractor, text, "Law")


def test_a_state_in_brackets_stays_a_state(extractor):
    assert ("State", "US") in mentions(extractor, "The treaty (US) was signed in 2001.")
