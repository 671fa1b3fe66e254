"""Round 12, the lead's two precision rules: a description never refers to its own clause's subject ("the new law
replaced the 1998 law, which governed ...": the 1998 law is another), and a law that lacks rules on data does not
regulate it."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs


@pytest.mark.parametrize(
    "text",
    [
        "The new Personal Data Protection Law replaced the 1998 law, which governed the processing of personal data.",
        "Kenya's Data Protection Act superseded the old act, which regulated credit reference data.",
        "ACCORDING TO THE MINISTRY, THE CYBERSECURITY LAW AMENDS THE DECREE, WHICH GOVERNS THE STORAGE OF USER DATA.",
    ],
)
def test_a_description_is_not_its_own_clause_subject(extractor, text):
    assert fact_pairs(extractor, text, "regulates") == set()


def test_a_description_still_takes_up_a_law_named_before(extractor):
    text = (
        "Vietnam adopted the Law on Cybersecurity in 2018. Critics say the law governs the storage of personal data "
        "by foreign firms. The law regulates personal data held by telecommunications providers."
    )
    assert ("Law on Cybersecurity", "personal data") in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The Data Act lacks any rules on transfers of health data.",
        "The directive omits rules on the retention of traffic data, officials said.",
    ],
)
def test_a_law_without_rules_on_data_does_not_regulate_it(extractor, text):
    assert fact_pairs(extractor, text, "regulates") == set()


def test_a_law_that_sets_rules_on_data_regulates_it(extractor):
    text = "The Data Act sets out rules on transfers of health data."
    assert ("Data Act", "health data") in fact_pairs(extractor, text, "regulates")
