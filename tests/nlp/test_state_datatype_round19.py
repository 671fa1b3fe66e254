"""State mentions, round 19, on probe sentences of our own (news, telegrams, Wikipedia infoboxes, government releases,
law-firm notes): a state's name right before the capitalised head noun of a place's name ("Mexico City", "Kuwait
City", "Ethio China St", "India Gate") is a word of the name of a city, a street or a structure, and no mention of the
state; the state named on its own nearby, a lower-case noun after it ("Japan street protests") and a state whose own
name holds the noun ("Vatican City") are not concerned."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor

pytestmark = pytest.mark.slow


def states(extractor: Extractor, text: str) -> list[str]:
    """The State mentions the extractor returns, in the order of the text."""
    mentions = extractor.extract("probe", "probe", text).mentions
    return [m.text for m in sorted(mentions, key=lambda m: m.start) if m.type == "State"]


# (text, the State mentions it holds): the place's name holds the state's name, the state named apart stays
PLACES = [
    ("In Mexico City last week, protestors formed a human chain to oppose the surveillance bill.", []),
    ("Thousands marched through Guatemala City on Sunday against the new cybercrime law.", []),
    ("The embassy moved from Kuwait City to a new compound, and Kuwait adopted a data protection law.", ["Kuwait"]),
    ("Headquarters: Ethio China St, Addis Ababa, Ethiopia", ["Ethiopia"]),
    ("The summit was held at the India Gate in New Delhi, where India signed the agreement.", ["India"]),
    ("Panama City hosted the conference; Panama later ratified the convention.", ["Panama"]),
    ("The office on Japan Street was closed, while Japan adopted the APPI amendments.", ["Japan"]),
    ("SUBJECT: MEXICO CITY PROTESTS OVER TELECOM LAW", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_state_name_in_place_name_is_no_state(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert states(extractor, text) == expected


# (text, the State mentions it holds): no place's head after the name, a lower-case noun, or the state's own name
STATES = [
    ("Mexico enacted the Federal Law on Protection of Personal Data Held by Private Parties in 2010.", ["Mexico"]),
    ("The Holy See and Vatican City signed the agreement.", ["Holy See", "Vatican City"]),
    ("Japan street protests against the bill grew, and China road projects slowed.", ["Japan", "China"]),
    ("Officials in Mexico said the city would comply.", ["Mexico"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STATES)
def test_state_name_without_place_head_stays(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert states(extractor, text) == expected
