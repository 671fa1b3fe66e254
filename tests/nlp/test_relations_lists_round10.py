"""Lists in relations: a conjunct set apart by "not" ("Ireland, but not France, is a member") does not share its
list's predicate, while "not only X but also Y" coordinates both; a list whose items carry labels inside the sentence
("to (a) store ... and (b) notify ...") is read as the plain coordination it is."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Federal Law No. 242-FZ requires companies to (a) store personal data in Russia and (b) notify the regulator.",
        "Federal Law No. 242-FZ requires companies to (1) store personal data in Russia and (2) notify the regulator.",
    ],
)
def test_a_labelled_list_inside_a_sentence_keeps_its_obligation(extractor, text):
    assert stated_pairs(extractor, text, "requiresLocalization") == {("Federal Law No. 242-FZ", "personal data")}
