"""A conjunct set apart by "not" ("Ireland, but not France, is a member") does not share its list's predicate;
"not only X but also Y" coordinates both."""

from __future__ import annotations

import pytest

from tests.nlp.test_relations import stated_pairs


@pytest.mark.parametrize(
    "text",
    [
        "Ireland (and not France) is a member of the OECD.",
        "Ireland, but not France, is a member of the OECD.",
        "Ireland and not France joined the OECD.",
    ],
)
def test_a_conjunct_after_not_is_not_a_member(extractor, text):
    assert stated_pairs(extractor, text, "memberOf") == {("Ireland", "OECD")}


@pytest.mark.parametrize(
    "text",
    ["Ireland and France are members of the OECD.", "Not only Ireland but also France is a member of the OECD."],
)
def test_coordinated_members_are_all_members(extractor, text):
    assert stated_pairs(extractor, text, "memberOf") == {("Ireland", "OECD"), ("France", "OECD")}
