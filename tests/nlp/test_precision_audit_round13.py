"""Round 13, precision audit: a membership that the noun phrase itself puts in the past ("the United Kingdom,
formerly a member of the EU") or that "not" sets against another noun ("an observer, not a member, of the OECD")
is no fact; a present membership beside such phrases stays one. Probes in three genres: news, government release,
cable."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs


@pytest.mark.parametrize(
    "text",
    [
        # news
        "The United Kingdom, formerly a member of the European Union, adopted the Data Protection Act 2018.",
        "Indonesia, once a member of the Organization of the Petroleum Exporting Countries, adopted Government "
        "Regulation 71.",
        # cable (capitals)
        "THE UNITED KINGDOM, FORMERLY A MEMBER OF THE EUROPEAN UNION, HAS ADOPTED THE DATA PROTECTION ACT 2018.",
        # government release
        "Brazil is an observer, not a member, of the Organisation for Economic Co-operation and Development.",
    ],
)
def test_a_past_or_contrasted_membership_is_no_fact(extractor, text):
    assert fact_pairs(extractor, text, "memberOf") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany, a founding member of the European Union, adopted the Federal Data Protection Act.",
            {("Germany", "European Union")},
        ),
        (
            "Canada, now a member of the Global CBPR Forum, adopted the Personal Information Protection and "
            "Electronic Documents Act.",
            {("Canada", "Global CBPR Forum")},
        ),
        (
            "The embassy notes that Japan, formerly an observer, is now a member of the Global CBPR Forum.",
            {("Japan", "Global CBPR Forum")},
        ),
        (
            "Chile is a member of the Organisation for Economic Co-operation and Development, not an observer.",
            {("Chile", "Organisation for Economic Co-operation and Development")},
        ),
    ],
)
def test_a_present_membership_stays_a_fact(extractor, text, expected):
    assert fact_pairs(extractor, text, "memberOf") == expected


def test_the_enactment_beside_a_past_membership_stays_a_fact(extractor):
    text = "The United Kingdom, formerly a member of the European Union, adopted the Data Protection Act 2018."
    assert fact_pairs(extractor, text, "enacts") == {("United Kingdom", "Data Protection Act 2018")}
