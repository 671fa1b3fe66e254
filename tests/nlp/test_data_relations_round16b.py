"""Data relations said within one sentence, round 16 (second wave).

- A compound preposition of respect ("with respect to", "in respect of", "with regard to", "in relation to") right
  after a law's name, hung on a noun, is a phrase of topic like "on" or "regarding": the law rules on the data its
  noun of handling names ("Regulation 45/2001 with respect to the processing of personal data"). Hung on a verb
  ("amended the Act with respect to X") it says what the verb's act was about and gives nothing; a topic that names
  no data gives nothing.
- An "as" phrase on a verb's object predicates of it what a copula would: a law taken as a way of doing things
  (model, framework, tool ...) for the handling of or access to data regulates those data ("supported the CLOUD Act
  as a model for cross-border access to electronic communications"). A "for" phrase that names no handling of data
  ("as a model for reform") gives nothing; a negated verb gives no fact.
"""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    "text, law, data",
    [
        # a cable
        (
            "Embassy officials noted that the Data Protection Act in respect of the transfer of health records "
            "remains contested by local firms.",
            "Data Protection Act",
            "health records",
        ),
        # a government release citing an article of a regulation
        (
            "The Supervisor is responsible under Article 41(2) of Regulation 45/2001 with respect to the processing "
            "of personal data for ensuring that rights are respected.",
            "Regulation 45/2001",
            "personal data",
        ),
        # a news article
        (
            "Post notes that provisions of the Telecommunications Law with regard to the retention of subscriber "
            "data remain vague.",
            "Telecommunications Law",
            "subscriber data",
        ),
    ],
)
def test_a_phrase_of_respect_after_a_law_names_its_topic(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        # hung on a verb: what the amending was about
        "Parliament did not amend the Privacy Act with respect to the retention of biometric data.",
        "The regulator fined the bank for breaching the Banking Act with respect to the disclosure of customer data.",
        # a topic that names no data
        "The Privacy Act with respect to its scope was debated by the committee for hours.",
        # no law before the phrase
        "The court ruled in favour of the Commission in respect of the transfer of personal data.",
    ],
)
def test_a_phrase_of_respect_on_a_verb_or_without_data_gives_no_regulates(extractor, text):
    assert not any_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text, law, data",
    [
        # a news article
        (
            "Officials hailed the GDPR as a model for the protection of personal data, the newspaper reported.",
            "GDPR",
            "personal data",
        ),
        # a government release
        (
            "The minister praised the Data Act as a framework for the sharing of health records.",
            "Data Act",
            "health records",
        ),
        # a cable
        (
            "Embassy contacts described the Telecom Law as a framework for the retention of subscriber data.",
            "Telecom Law",
            "subscriber data",
        ),
    ],
)
def test_a_law_taken_as_a_way_of_handling_data_regulates_it(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        # the "for" phrase names no handling of data
        "The committee chose the Privacy Act as a model for reform in 2019.",
        "The Commission cited the Data Act as a model for Asia's digital rules.",
    ],
)
def test_a_law_as_a_way_for_something_else_gives_no_regulates(extractor, text):
    assert not any_pairs(extractor, text, "regulates")


def test_a_negated_verb_gives_no_fact_for_a_law_as_a_way(extractor):
    text = "The minister did not endorse the Data Act as a framework for the sharing of health records."
    assert ("Data Act", "health records") not in fact_pairs(extractor, text, "regulates")
