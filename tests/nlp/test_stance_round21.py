"""Stance, round 21 (probe text of our own: White House statements, congressional releases, news).

A relative clause set off by a comma after a whole list is about every item of the list: "Senators Warren and
Thune, who introduced the RESTRICT Act" says that each senator introduced (and so supports) it, and "Apple and
Amazon, who lobbied against X" that each opposes X. The parse hangs such a clause on the list's first item. A clause
whose verb agrees with one thing ("which has opposed") or that stands inside the list ("Google, which opposed X, and
Microsoft, which backed it") is about one item only."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs


@pytest.mark.parametrize(
    ("text", "relation", "pairs"),
    [
        (
            "We applaud the bipartisan group of Senators, led by Senators Warner and Thune, who today introduced"
            " the Data Security Act.",
            "supports",
            {("Warner", "Data Security Act"), ("Thune", "Data Security Act")},
        ),
        (
            "Representatives Eshoo and Lofgren, who introduced the Online Privacy Act in 2019, said the bill would"
            " create a new agency.",
            "supports",
            {("Eshoo", "Online Privacy Act"), ("Lofgren", "Online Privacy Act")},
        ),
        (
            "Senators Markey and Hawley, who introduced the Kids Privacy Act, spoke on Tuesday.",
            "supports",
            {("Markey", "Kids Privacy Act"), ("Hawley", "Kids Privacy Act")},
        ),
        (
            "Apple and Amazon, who lobbied against the Digital Markets Act, lost the vote in Brussels.",
            "opposes",
            {("Apple", "Digital Markets Act"), ("Amazon", "Digital Markets Act")},
        ),
    ],
)
def test_a_relative_clause_after_a_list_is_about_each_item(extractor, text, relation, pairs):
    assert pairs <= fact_pairs(extractor, text, relation)


def test_a_relative_clause_inside_the_list_is_about_its_own_item(extractor):
    text = "Google, which opposed the Online Safety Act, and Microsoft, which backed it, issued statements."
    assert ("Microsoft", "Online Safety Act") not in fact_pairs(extractor, text, "opposes")
    assert ("Google", "Online Safety Act") not in fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Finance and the Central Bank, which has opposed the Payments Act, met on Tuesday.",
        "The Ministry of Finance and the Central Bank, which was opposed to the Payments Act, met on Tuesday.",
    ],
)
def test_a_singular_relative_clause_is_about_one_item(extractor, text):
    assert ("Ministry of Finance", "Payments Act") not in fact_pairs(extractor, text, "opposes")
