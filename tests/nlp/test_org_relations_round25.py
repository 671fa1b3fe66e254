"""Organisation structure relations, round 25 (probe text of our own, laid out as an agency's infobox copied from
an encyclopedia or a government web page).

An infobox's bulleted executives write each officer's name as a list of officers does: with its honorific ("• Dr.
Jane Roe, Director General", "• Mrs Ama Owusu, Chairperson"), and a copy that lost the list's line breaks runs the
next officer on after the title ("• Dr. Jane Roe, Director General Dr. John Doe, Director Cyber Security"): the
title ends where the next name begins. A "Director General" heads the agency (`executive_head_titles`); a deputy, a
director of a unit, or the next officer on the line does not (`relations/frames/listed_executives.py`)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import any_pairs, fact_pairs

_HEAD = "National Cyber Development Agency\nAgency overview\nFormed 12 May 2004\nAgency executive\n"
_BODY = "National Cyber Development Agency"


@pytest.mark.parametrize(
    ("lines", "person"),
    [
        # a government web page's copy: the next officer run on after the head's title
        ("  • Dr. Kwame Mensah, Director General Dr. Ama Owusu, Director Cyber Security\n", "Kwame Mensah"),
        # an honorific without a full stop (British usage)
        ("  • Mrs Ama Owusu, Chairperson\n  • Mr Kofi Boateng, Director Corporate Planning\n", "Ama Owusu"),
        # a hyphenated title
        ("• Dr Kwame Mensah, Director-General\n", "Kwame Mensah"),
    ],
)
def test_a_bulleted_executive_with_an_honorific_heads_the_agency(extractor: Extractor, lines: str, person: str) -> None:
    text = _HEAD + lines + "Website ncda.gov.gh\n\nThe National Cyber Development Agency is a public body."
    assert (person, _BODY) in fact_pairs(extractor, text, "leads")


@pytest.mark.parametrize(
    ("lines", "person"),
    [
        # the officer run on after the head is a unit's director
        ("  • Dr. Kwame Mensah, Director General Dr. Ama Owusu, Director Cyber Security\n", "Ama Owusu"),
        # a unit's director, with an honorific
        ("  • Mr Kofi Boateng, Director Corporate Planning\n", "Kofi Boateng"),
        # a deputy
        ("  • Dr. Kwame Mensah, Deputy Director General\n", "Kwame Mensah"),
        # a word that is no honorific between the bullet and the name
        ("  • Acting Kwame Mensah, Director General\n", "Kwame Mensah"),
    ],
)
def test_no_head_for_another_officer_a_deputy_or_another_prefix(extractor: Extractor, lines: str, person: str) -> None:
    text = _HEAD + lines + "Website ncda.gov.gh\n\nThe National Cyber Development Agency is a public body."
    assert (person, _BODY) not in any_pairs(extractor, text, "leads")


def test_a_bulleted_line_outside_an_infobox_heads_nothing(extractor: Extractor) -> None:
    """A bulleted list in running text (a news article's list of speakers) is no table of the agency's officers."""
    text = (
        "The National Cyber Development Agency held a workshop on Tuesday.\n\nSpeakers included:\n"
        "  • Dr. Kwame Mensah, Director General\n"
    )
    assert ("Kwame Mensah", _BODY) not in any_pairs(extractor, text, "leads")
