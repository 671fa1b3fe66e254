"""regulates, round 13b: a law that obliges someone to do something with data rules on that data, though the parse
may hang the object's infinitive on the verb as an adverbial ("the Act obliges operators to protect X", read like
"requires operators to protect X"); a negated or proposed obligation, an obligation on no data, and a body (not a
law) that obliges give no fact."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    "text, law, data",
    [
        # a news article
        (
            "Under the new rules, the Communications Act obliges telecom operators to retain subscriber data for "
            "three years, the newspaper reported.",
            "Communications Act",
            "subscriber data",
        ),
        # a government release
        (
            "The Health Information Act obliges hospitals to protect patient records against unauthorised access, "
            "the ministry said in a statement.",
            "Health Information Act",
            "patient records",
        ),
        # a plain statement of the rule
        (
            "The Data Act obliges operators to protect personal data.",
            "Data Act",
            "personal data",
        ),
    ],
)
def test_a_law_that_obliges_someone_to_act_on_data_regulates_it(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text, law, data",
    [
        # negated
        (
            "The Health Information Act does not oblige hospitals to protect patient records.",
            "Health Information Act",
            "patient records",
        ),
        # proposed: a bill that would oblige
        (
            "Parliament may soon pass the Health Information Bill, which would oblige hospitals to encrypt patient "
            "records.",
            "Health Information Bill",
            "patient records",
        ),
    ],
)
def test_a_negated_or_proposed_obligation_is_no_fact(extractor, text, law, data):
    assert (law, data) not in fact_pairs(extractor, text, "regulates")


def test_an_obligation_on_no_data_regulates_nothing(extractor):
    text = "The Health Information Act obliges hospitals to pay a fee to register with the ministry."
    assert not any_pairs(extractor, text, "regulates")


def test_a_body_that_obliges_is_no_law(extractor):
    text = "The ministry obliges hospitals to protect patient records."
    assert not fact_pairs(extractor, text, "regulates")
