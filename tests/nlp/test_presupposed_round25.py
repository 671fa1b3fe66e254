"""What a class phrase presupposes of the items listed before it, round 25 (probe text of our own: news, telegrams,
law-firm notes).

"Brazil and other Mercosur members rejected the proposal" says that Brazil is a member of Mercosur, and the clause's
"not", denial or modal is about what the members did, not about their membership; so with "its partners in APEC". A
word of the class itself ("other prospective members") still puts the membership off. (A class of laws is looser and
keeps the clause's polarity: tests/nlp/test_relations_round10.py.)"""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        ("Brazil and other Mercosur members rejected the proposal.", "memberOf", ("Brazil", "Mercosur")),
        (
            "BRASILIA - Brazil and other Mercosur members did not sign the agreement on Tuesday.",
            "memberOf",
            ("Brazil", "Mercosur"),
        ),
        ("France and other EU member states may object to the plan.", "memberOf", ("France", "EU")),
        (
            "The United States and its trading partners in APEC did not sign the pact.",
            "memberOf",
            ("United States", "APEC"),
        ),
    ],
)
def test_the_clause_does_not_undo_what_the_class_presupposes(extractor, text, relation, pair):
    assert pair in fact_pairs(extractor, text, relation)


def test_a_word_of_the_class_still_puts_membership_off(extractor):
    text = "France and other prospective EU members met in Brussels."
    assert ("France", "EU") in any_pairs(extractor, text, "memberOf")
    assert ("France", "EU") not in fact_pairs(extractor, text, "memberOf")
