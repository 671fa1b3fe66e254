"""Whose data a text speaks of is no category of data: "citizens' data", "users' data" name data by their owner
(the guidelines: "data" alone is no data type), while "user data" or "the personal data of citizens" name a kind."""

from __future__ import annotations

import pytest


def _datatypes(extractor, text: str) -> list[str]:
    return [m.text for m in extractor.extract("d", "v", text).mentions if m.type == "DataType"]


@pytest.mark.parametrize(
    "text",
    [
        "Governments want jurisdiction over their citizens' data.",
        "The app sends its users' data to servers abroad.",
        "Banks keep their customers' data for ten years.",
    ],
)
def test_data_named_by_their_owner_is_no_data_type(extractor, text):
    assert _datatypes(extractor, text) == []


def test_a_kind_of_data_is_still_one_with_or_without_an_owner(extractor):
    assert _datatypes(extractor, "The law covers user data and the personal data of citizens.") == [
        "user data",
        "personal data",
    ]
    assert _datatypes(extractor, "Firms must store their customers' payment data locally.") == ["payment data"]
