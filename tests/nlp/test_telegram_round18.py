"""Telegrams, round 18: partOf said by inclusion (`relations/frames/included_bodies.py`).

What a state's own group includes is the state's: the bodies listed after a verb of inclusion ("include",
"comprise", or "including" as a preposition) whose whole is a noun of the state's parts or doings that the state
modifies or possesses ("GOE websites", "Government of Pakistan (GOP) participation", "China's security apparatus"),
or a noun of government that stands for the state ("the Government of Kenya, including ..."), belong to that state,
named directly or as the owner of what is listed ("those of X", "representatives from X"). A whole of other parties
("partners", "participants", "exports"), a body of another state (by the tables or by its name's nationality
adjective), an IGO, and a relative clause that may hang on a noun higher up make no such relation; the clause's
negation or modal qualifies it as everywhere.

The probe sentences (telegrams in mixed case and in capitals, news, a government release, an encyclopedia's prose)
are written for these tests (no gold document's text)."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


def _cable(serial: str, tags: str, body: str) -> str:
    """A short telegram: serial line, E.O. and TAGS lines, a subject and a numbered paragraph."""
    return f"CONFIDENTIAL {serial}\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: {tags}\nSUBJECT: VISIT\n\n2. (C) {body}\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _cable(
                "TALLINN 000412",
                "PGOV EE",
                "Hackers defaced GOE websites including those of the Ministry of Defence, the Ministry of "
                "Education and Parliament last week.",
            ),
            {("Ministry of Defence", "GOE"), ("Ministry of Education", "GOE"), ("Parliament", "GOE")},
        ),
        (
            _cable(
                "ISLAMABAD 002210",
                "ECON PK",
                "Government of Pakistan (GOP) participation included officials from the Ministry of Commerce "
                "and the Board of Investment.",
            ),
            {("Ministry of Commerce", "Pakistan"), ("Board of Investment", "Pakistan")},
        ),
        (
            "GOVERNMENT OF KENYA PARTICIPATION INCLUDED REPRESENTATIVES FROM THE MINISTRY OF INFORMATION AND THE "
            "MINISTRY OF FINANCE.",
            {("MINISTRY OF INFORMATION", "KENYA"), ("MINISTRY OF FINANCE", "KENYA")},
        ),
        (
            "China's security apparatus, including the Ministry of State Security and the Ministry of Public "
            "Security, has demanded access to the data.",
            {("Ministry of State Security", "China"), ("Ministry of Public Security", "China")},
        ),
        (
            "The U.S. delegation included representatives from the Department of Commerce and the Federal Trade "
            "Commission.",
            {("Department of Commerce", "U.S."), ("Federal Trade Commission", "U.S.")},
        ),
        (
            "The Government of Kenya, including the Ministry of Information and the Communications Authority of "
            "Kenya, welcomed the bill.",
            {("Ministry of Information", "Kenya"), ("Communications Authority of Kenya", "Kenya")},
        ),
        (
            "Russia's intelligence agencies, which include the Foreign Intelligence Service, were blamed for the "
            "attack.",
            {("Foreign Intelligence Service", "Russia")},
        ),
        (
            _cable(
                "TALLINN 000413",
                "PGOV EE",
                "The GOE, including the Ministry of Defence and the Ministry of Justice, condemned the attacks.",
            ),
            {("Ministry of Defence", "GOE"), ("Ministry of Justice", "GOE")},
        ),
        (
            "Hackers defaced the websites of Estonia, including those of the Ministry of Defence and the Ministry "
            "of Education.",
            {("Ministry of Defence", "Estonia"), ("Ministry of Education", "Estonia")},
        ),
    ],
)
def test_bodies_listed_in_a_states_own_group_are_the_states(extractor, text, expected) -> None:
    assert expected <= fact_pairs(extractor, text, "partOf")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a whole of other parties says nothing of whose the bodies are
        (
            "Kenya's partners include the United States Agency for International Development and the Department "
            "of State.",
            "Department of State",
        ),
        ("Participants included the Department of Commerce and the Ministry of Commerce.", "Department of Commerce"),
        (
            "Japan's exports include products certified by the Ministry of Economy, Trade and Industry.",
            "Ministry of Economy, Trade and Industry",
        ),
        # no state owns the whole
        ("The attacks targeted websites including those of the Ministry of Defence.", "Ministry of Defence"),
        (
            "The website of the European Commission, including pages of the Ministry of Defence, was defaced.",
            "Ministry of Defence",
        ),
        # a body of another state, by its name's nationality adjective or by the tables
        ("Nigeria's delegation included officials of the Kenyan Communications Authority.", "Kenyan Communications"),
        (
            "The U.S. delegation included representatives from the UK Information Commissioner's Office.",
            "Information Commissioner",
        ),
        # a relative clause on a preposition's object may be about a noun higher up
        (
            "Europeans will have a redress mechanism regarding the use of their data by US intelligence agencies, "
            "which includes a newly created Data Protection Review Court.",
            "Data Protection Review Court",
        ),
    ],
)
def test_no_part_of_where_the_whole_is_not_the_states_own(extractor, text, body) -> None:
    assert not any(body in head for head, _ in any_pairs(extractor, text, "partOf"))


def test_an_igo_in_a_states_delegation_is_no_part_of_it(extractor) -> None:
    text = _cable("ADDIS ABABA 000163", "PREL ET", "The GOE team included a representative of the European Commission.")
    assert not any_pairs(extractor, text, "partOf")


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. delegation did not include representatives from the Department of Commerce.",
        "The U.S. delegation may include officials from the Department of Commerce.",
    ],
)
def test_a_denied_or_hedged_inclusion_is_no_fact(extractor, text) -> None:
    assert ("Department of Commerce", "U.S.") in any_pairs(extractor, text, "partOf")
    assert ("Department of Commerce", "U.S.") not in fact_pairs(extractor, text, "partOf")
