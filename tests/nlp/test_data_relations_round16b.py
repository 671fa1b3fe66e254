"""Data relations said within one sentence, round 16 (second wave).

- A compound preposition of respect ("with respect to", "in respect of", "with regard to", "in relation to") right
  after a law's name, hung on a noun, is a phrase of topic like "on" or "regarding": the law rules on the data its
  noun of handling names ("Regulation 45/2001 with respect to the processing of personal data"). Hung on a verb
  ("amended the Act with respect to X") it says what the verb's act was about and gives nothing; a topic that names
  no data gives nothing.
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
