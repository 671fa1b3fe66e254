"""Round 14, relations within one sentence that no rule read: one who commits to an act that carries a law out
(implementing, adopting, ratifying, joining, complying with it) supports the law ("Indonesia has committed to
implement X", "the United States has fulfilled its commitments for implementing Y", "Japan made a commitment to
ratify Z"); the act itself is only promised, so a membership or an enactment it names stays proposed ("Indonesia
commits to join the Forum"). A commitment the clause negates or hedges, an act that undoes, reviews or only
considers the law, and a commitment abandoned are no support (`frames/commitment.py`)."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a government release: the act after a coordinated act that undoes something else
            "Indonesia has committed to eliminate existing tariff lines and to take effective actions to implement "
            "the Joint Initiative on Services Domestic Regulation.",
            ("Indonesia", "Joint Initiative on Services Domestic Regulation"),
        ),
        (  # a news report: a gerund after "committed to"
            "Kenya committed to adopting the Malabo Convention, the Minister said on Tuesday.",
            ("Kenya", "Malabo Convention"),
        ),
        (  # a cable: a noun of commitment made by the subject
            "Japan made a commitment to ratify the Budapest Convention before the summit.",
            ("Japan", "Budapest Convention"),
        ),
        (  # a statement: the possessor of the commitments, by reference
            "Today, the United States has fulfilled its commitments for implementing the EU-U.S. Data Privacy "
            "Framework.",
            ("United States", "EU-U.S. Data Privacy Framework"),
        ),
        (  # complying with a law
            "The Ministry of Communications committed to comply with the Personal Data Protection Act.",
            ("Ministry of Communications", "Personal Data Protection Act"),
        ),
    ],
)
def test_a_commitment_to_carry_out_a_law_supports_it(extractor, text, expected):
    assert expected in fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has not committed to adopting the Malabo Convention.",
        "Kenya may commit to implementing the Malabo Convention.",
        "Kenya committed to consider adopting the Malabo Convention.",
        "Kenya committed to review the Malabo Convention.",
        "Kenya abandoned its commitment to implement the Malabo Convention.",
        "Kenya committed to repeal the Malabo Convention.",
    ],
)
def test_no_support_where_the_commitment_is_not_to_carry_the_law_out(extractor, text):
    assert ("Kenya", "Malabo Convention") not in fact_pairs(extractor, text, "supports")


def test_what_one_commits_to_do_is_only_proposed(extractor):
    text = "Indonesia commits to join the Global Forum on Steel Excess Capacity and take effective actions."
    assert ("Indonesia", "Global Forum on Steel Excess Capacity") not in fact_pairs(extractor, text, "memberOf")
    assert ("Indonesia", "Global Forum on Steel Excess Capacity") in any_pairs(extractor, text, "memberOf")


def test_committing_an_offence_against_a_law_is_no_support(extractor):
    text = "Senator Smith said the agency committed violations of the Privacy Act."
    assert not fact_pairs(extractor, text, "supports")
