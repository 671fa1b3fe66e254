"""State mentions, round 19, on probe sentences of our own (news, telegrams, Wikipedia infoboxes, government releases,
law-firm notes): a state's name right before the capitalised head noun of a place's name ("Mexico City", "Kuwait
City", "Ethio China St", "India Gate") is a word of the name of a city, a street or a structure, and no mention of the
state; the state named on its own nearby, a lower-case noun after it ("Japan street protests") and a state whose own
name holds the noun ("Vatican City") are not concerned. A capital after a preposition stands for its government
when it acts in a passive clause ("material deemed sensitive by Beijing", "rejected by Moscow") or is the party one
works, negotiates or holds talks with ("work with Washington", "talks with Moscow"); a city that hosts something
("hosted by Beijing") and capitals after prepositions of place ("in Washington", "from Paris to Berlin") stay
places."""

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


# (text, the State mentions it holds): a capital as a passive clause's agent or as a party dealt with
CAPITALS_ACTING = [
    ("Platforms must remove material deemed politically sensitive by Beijing, such as criticism of the crackdown.",
     ["Beijing"]),
    ("His concern for German security supersedes his desire to work with Washington.", ["Washington"]),
    ("The proposal was rejected by Moscow within hours, the ministry said.", ["Moscow"]),
    ("The new data rules were welcomed by Tokyo as a step towards an adequacy decision.", ["Tokyo"]),
    ("Seoul agreed to cooperate with Washington on cross-border data flows.", ["Seoul", "Washington"]),
    ("Officials said relations with Beijing had improved after the data law was amended.", ["Beijing"]),
    ("3. (C) The cable notes that talks with Moscow on the treaty stalled in March.", ["Moscow"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CAPITALS_ACTING)
def test_capital_acting_after_preposition_is_state(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert states(extractor, text) == expected


# (text, the State mentions it holds): the city as a place, a host, or in an address
CAPITALS_AS_PLACES = [
    ("The 2008 Olympic Games were hosted by Beijing.", []),
    ("The delegation travelled by train from Paris to Berlin.", []),
    ("He met with officials in Washington last week.", []),
    ("The summit was organised in London and attended by delegates from Canberra.", []),
    ("The conference was visited by Tokyo residents and by London commuters.", []),
    ("The firm was founded by engineers from Beijing, China in 2012.", ["China"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CAPITALS_AS_PLACES)
def test_capital_as_place_stays_place(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert states(extractor, text) == expected
