"""Stance, round 21 (probe text of our own: White House statements, congressional releases, news).

A relative clause set off by a comma after a whole list is about every item of the list: "Senators Warren and
Thune, who introduced the RESTRICT Act" says that each senator introduced (and so supports) it, and "Apple and
Amazon, who lobbied against X" that each opposes X. The parse hangs such a clause on the list's first item. A clause
whose verb agrees with one thing ("which has opposed") or that stands inside the list ("Google, which opposed X, and
Microsoft, which backed it") is about one item only.

A body that states as its finding that a law is discriminatory, unreasonable, burdensome or a barrier opposes the law
("the U.S. Trade Representative has determined that France's Digital Services Tax is unreasonable or
discriminatory"); a finding that denies the label, or one only supposed ("Should USTR determine that ..."), is no
fact, and nor is a finding of another quality ("found that X is effective")."""

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


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "SUMMARY: The U.S. Trade Representative has determined that France's Digital Services Tax is unreasonable"
            " or discriminatory and burdens or restricts U.S. commerce.",
            ("U.S. Trade Representative", "Digital Services Tax"),
        ),
        (
            "The Department of Commerce concluded that Indonesia's Government Regulation 82 is a barrier to digital"
            " trade.",
            ("Department of Commerce", "Government Regulation 82"),
        ),
        (
            "In its annual report, the Office of the United States Trade Representative found that Vietnam's Law on"
            " Cybersecurity is burdensome.",
            ("Office of the United States Trade Representative", "Law on Cybersecurity"),
        ),
        (
            "Google contends that the Online Safety Act is unworkable and discriminatory.",
            ("Google", "Online Safety Act"),
        ),
    ],
)
def test_a_finding_that_a_law_is_a_barrier_opposes_it(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "opposes")


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Trade Representative found that France's Digital Services Tax is not discriminatory.",
        "The U.S. Trade Representative has not determined that France's Digital Services Tax is discriminatory.",
        "Should the U.S. Trade Representative determine that France's Digital Services Tax is unreasonable, tariffs"
        " may follow.",
        "The U.S. Trade Representative found that France's Digital Services Tax is effective.",
    ],
)
def test_a_denied_supposed_or_other_finding_is_no_stance(extractor, text):
    assert ("U.S. Trade Representative", "Digital Services Tax") not in fact_pairs(extractor, text, "opposes")
