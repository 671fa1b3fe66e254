"""Laws and IGOs, round 12: a gathering named by its organiser and an organ word ("the OECD Ministerial Council
Meeting", "European Parliament Committee meetings") mentions the organisation, not an organ."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type

# --- an organisation, an organ word and a noun of a gathering ------------------------------------------------------


@pytest.mark.parametrize(
    "text, igo, longer",
    [
        (
            "Ministers met on the sidelines of the OECD Ministerial Council Meeting in Paris to welcome the accession.",
            "OECD",
            "OECD Ministerial Council",
        ),
        (
            "The two laws were the focus of two European Parliament Committee meetings throughout Tuesday.",
            "European Parliament",
            "European Parliament Committee",
        ),
        (
            "1. (SBU) THE DELEGATION ATTENDED THE OECD MINISTERIAL COUNCIL MEETING IN PARIS ON JUNE 4.",
            "OECD",
            "OECD MINISTERIAL COUNCIL",
        ),
    ],
)
def test_the_organiser_of_a_gathering_is_the_mention(extractor, text, igo, longer):
    found = of_type(extractor, text, "IGO")
    assert igo in found
    assert longer not in found and not of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, organ",
    [
        ("The resolution was adopted at a UN Security Council meeting on Friday.", "UN Security Council"),
        (
            "The European Parliament Committee on Civil Liberties voted on the text.",
            "European Parliament Committee on Civil Liberties",
        ),
        ("The OECD Council adopted the Recommendation on Cross-border Co-operation.", "OECD Council"),
        ("The United Nations General Assembly session opened in New York.", "United Nations General Assembly"),
        (
            "The OECD Working Party on Data Governance and Privacy meeting reviewed the guidelines.",
            "OECD Working Party on Data Governance and Privacy",
        ),
    ],
)
def test_a_named_organ_keeps_its_name(extractor, text, organ):
    assert organ in of_type(extractor, text, "IGO")
