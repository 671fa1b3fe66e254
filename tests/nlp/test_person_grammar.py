"""A span the statistical model takes for a person is checked against what the tagger says about it."""

from __future__ import annotations

import pytest


def persons(extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Person"}


@pytest.mark.parametrize(
    "text, group",
    [
        ("He told Missions to report by Friday on the new visa rules.", "Missions"),
        ("Paris may try to sway French Africans against quick action on the convention.", "Africans"),
    ],
)
def test_a_plural_of_an_ordinary_noun_is_a_group_not_a_person(extractor, text, group):
    assert group not in persons(extractor, text)


def test_two_people_joined_by_and_are_not_one_person(extractor):
    found = persons(extractor, "The talks between Tunku and Lee went well.")
    assert "Tunku and Lee" not in found


def test_a_surname_that_is_a_plural_word_is_still_a_person_when_used_as_a_name(extractor):
    assert "Peters" in persons(extractor, "Mr Fields met Peters yesterday to discuss the data protection bill.")
