"""Entity spans the relation rules lose (issue 14, round 5), probe sentences of our own: a state's lower-case
ministry of a portfolio ("Brazil's finance ministry") is that state's ministry. Counter-examples: a ministry no state
owns ("the cabinet ministry"), a possessor that is no state, a word that is no portfolio."""

from __future__ import annotations

import pytest


def mentions(extractor, text: str) -> dict[tuple[str, str], str]:
    return {(m.type, m.text): m.entity_id for m in extractor.extract("t", "v", text).mentions}


@pytest.mark.parametrize(
    "text, name, key",
    [
        ("Banks lobbied Brazil's finance ministry to delay the storage rule.", "finance ministry", "br-"),
        ("Exporters met Japan's trade ministry in Tokyo last week.", "trade ministry", "jp-"),
        ("Diplomats briefed Kenya's foreign affairs ministry on Friday.", "foreign affairs ministry", "ke-"),
    ],
)
def test_a_states_lower_case_ministry_is_its_ministry(extractor, text, name, key) -> None:
    found = mentions(extractor, text)
    assert ("Agency", name) in found
    assert found[("Agency", name)].startswith("agency/" + key)


@pytest.mark.parametrize(
    "text",
    [
        "The proposal went to the cabinet ministry for review.",
        "Banks lobbied the company's finance ministry staff about fees.",
        "Officials praised Brazil's new ministry of ideas.",
        "Reporters asked Mary's finance ministry contacts for comment.",
    ],
)
def test_no_ministry_without_a_state_and_a_portfolio(extractor, text) -> None:
    found = mentions(extractor, text)
    assert not any(t == "Agency" and x.islower() for t, x in found)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Senators filed the Preventing Foreign Apps that Collect Everything (PFACE) Act on Tuesday.",
            "Preventing Foreign Apps that Collect Everything (PFACE) Act",
        ),
        (
            "Lawmakers backed the Protecting Americans from Threats that Undermine Privacy Act in March.",
            "Protecting Americans from Threats that Undermine Privacy Act",
        ),
    ],
)
def test_a_titles_relative_clause_and_abbreviation_belong_to_it(extractor, text, name) -> None:
    assert ("Law", name) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("She told the Senate Judiciary Committee that Privacy Act reform was overdue.", "Privacy Act"),
        ("Google and Data Protection (DP) Act rules apply to the firm.", "Data Protection (DP) Act"),
        ("Canada applies the Protection of Personal Information (POPI) Act as well.", None),
    ],
)
def test_no_title_across_a_clause_or_an_unspelled_abbreviation(extractor, text, kept) -> None:
    laws = {x for t, x in mentions(extractor, text) if t == "Law"}
    assert not any(" that " in x or x.startswith(("Google", "Canada", "Senate")) for x in laws)
    if kept:
        assert kept in laws


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Minister of Justice Ernst Hirsch Ballin wrote to Parliament.", "Ernst Hirsch Ballin"),
        ("Commissioner for Justice Didier Reynders spoke in Brussels.", "Didier Reynders"),
        ("The State Secretary for European Affairs Hanna Kowalski met the press.", "Hanna Kowalski"),
        ("She met Minister of Information Technology Pramod Mahajan in Delhi.", "Pramod Mahajan"),
    ],
)
def test_a_person_after_a_long_title_keeps_the_whole_name(extractor, text, name) -> None:
    assert ("Person", name) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary for Home Affairs Committee Report was published.",
        "The Secretary for Policy Review Board Members met on Monday.",
    ],
)
def test_no_person_after_a_title_for_a_body(extractor, text) -> None:
    assert not any(t == "Person" for t, _ in mentions(extractor, text))
