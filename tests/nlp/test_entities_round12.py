"""Round 12, entities of statute texts and parliamentary speech: the bodies a statute sets up or names by a head
noun ("Appeal Panel", "State Archives"), and an office's title joined by "and" to a phrase that ends in a common
noun of its own (no title of a holder, so the office is still a body)."""

from __future__ import annotations

import pytest


def mentions(extractor, text: str, type_: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == type_}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "“Appeal Panel” means the Data Protection Appeal Panel established under section 33(1);",
            "Data Protection Appeal Panel",
        ),
        ("The records kept by the State Archives of the Hanseatic Republic are excluded.", "State Archives"),
        ("The National Archives released the files on Monday.", "National Archives"),
    ],
)
def test_a_panel_or_archives_a_name_ends_with_is_a_body(extractor, text, name):
    found = mentions(extractor, text, "Agency")
    assert any(name in m for m in found), found


def test_a_panel_in_lower_case_names_no_body(extractor):
    assert not mentions(extractor, "A panel of experts met on Monday to discuss the rules.", "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "The analysis underpinned the Secretary of State’s decision and the Information Commissioner’s opinion.",
        "They read the minister's letter and the Information Commissioner's opinion.",
    ],
)
def test_an_office_joined_to_a_phrase_ending_in_a_common_noun_is_a_body(extractor, text):
    assert "Information Commissioner" in mentions(extractor, text, "Agency")


def test_an_office_joined_to_a_persons_title_names_its_holder(extractor):
    text = "The Secretary of State and the Information Commissioner signed the guidance."
    assert "Information Commissioner" not in mentions(extractor, text, "Agency")
