"""Relations of round 13 (recall on unseen text, second pass), each a statement about English: a law that sets up a
way of handling data (a process, mechanism, procedure or channel "for companies to transfer X", "for transferring
X", "by which firms transfer X") regulates the data handled that way (`frames/mechanisms.py`). Negated, hedged,
proposed and conditional statements are not facts, and a body (not a way) or a subject that is no law says nothing."""

from __future__ import annotations

import pytest

from tests.nlp.test_relations import stated_pairs

# --- a mechanism a law sets up for handling data ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "law", "data"),
    [
        # a news report
        (
            "The Data Free Flow Agreement creates a mechanism for firms to transfer personal data without extra "
            "paperwork, officials said on Tuesday.",
            "Data Free Flow Agreement",
            "personal data",
        ),
        # a government release
        (
            "The Health Records Act provides a procedure for hospitals to share health data with regulators.",
            "Health Records Act",
            "health data",
        ),
        # a cable
        (
            "Embassy contacts said the Data Protection Act establishes a procedure for transferring financial data "
            "abroad.",
            "Data Protection Act",
            "financial data",
        ),
        # a relative clause on the way
        (
            "The Data Protection Act provides a process by which companies transfer personal data to third countries.",
            "Data Protection Act",
            "personal data",
        ),
        # the law as the antecedent of "which"
        (
            "The Commission said Click Labs falsely claimed to participate in the Swiss-U.S. Privacy Shield "
            "framework, which establishes a process for companies to transfer consumer data in compliance with "
            "Swiss law.",
            "Swiss-U.S. Privacy Shield",
            "consumer data",
        ),
    ],
)
def test_a_mechanism_a_law_sets_up_regulates_the_data_it_handles(extractor, text, law, data):
    assert (law, data) in stated_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The Data Protection Act does not establish a mechanism for companies to transfer personal data.",
        "The Data Protection Act may create a process for firms to share health data.",
        "The draft Data Protection Bill would establish a process for firms to transfer personal data.",
        "If adopted, the Data Act would create a mechanism for companies to share health data.",
        # a body, not a way of handling
        "The Data Protection Act establishes a commission to collect health data.",
        # the handling is not the way's
        "The Data Protection Act establishes a process for appeals, and companies transfer personal data abroad.",
    ],
)
def test_no_mechanism_fact_where_the_text_does_not_state_one(extractor, text):
    assert not stated_pairs(extractor, text, "regulates")


def test_only_a_law_heads_a_mechanism(extractor):
    text = "The Commission establishes a process for companies to transfer personal data."
    assert not stated_pairs(extractor, text, "regulates")
