"""In-document reference, round 16 (probe text of our own): a law given a second name by "as" after a verb of
passing, signing or introducing ("the President signed it as Law No. 8 of 2023") is one law with two names: a later
"the statute", "the law" or "it" that fits both takes it up by its nearer name, the one after "as". When "as" names
another law than the first, the two laws stay two and an ambiguous reference gives nothing; a negated or hedged
clause gives no fact."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import any_pairs, fact_pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, relation, pair",
    [
        (  # a news story
            "Lawmakers approved the Data Shield Law in May, and the President signed it in June as Law No. 8 of 2023. "
            "The statute governs how companies use personal data.",
            "regulates",
            ("Law No. 8 of 2023", "personal data"),
        ),
        (  # a government release
            "WASHINGTON - The Senate approved the Cloud Privacy Act on Tuesday, and the President signed it on Friday "
            "as Public Law 118-42. The statute governs how cloud providers share customer data.",
            "regulates",
            ("Public Law 118-42", "customer data"),
        ),
        (  # a cable
            "2. (SBU) The Majlis passed the Data Privacy Law on 3 May, and the Emir signed it on 9 May as Law No. 13 "
            "of 2016. The law requires banks to store customer data on servers in Qatar.",
            "requiresLocalization",
            ("Law No. 13 of 2016", "customer data"),
        ),
        (  # the parse hangs "as" on a time noun ("signed it the next week as X")
            "The Senate passed the Cloud Privacy Act in March, and the Governor signed it the next week as Act 42 of "
            "2021. The law governs how providers share customer data.",
            "regulates",
            ("Act 42 of 2021", "customer data"),
        ),
        (  # a pronoun after a sentence whose subject, a state, regulates nothing
            "Kenya passed the Data Shield Law in May, and the President signed it in June as Law No. 8 of 2023. It "
            "governs how companies use personal data.",
            "regulates",
            ("Law No. 8 of 2023", "personal data"),
        ),
    ],
)
def test_a_name_after_as_is_the_same_law(extractor: Extractor, text: str, relation: str, pair: tuple[str, str]) -> None:
    assert fact_pairs(extractor, text, relation) == {pair}


@pytest.mark.parametrize(
    "text",
    [
        # "as" renames another law than the first: two laws, the statute is either
        "Lawmakers approved the Data Shield Law, and the President signed the Cyber Act as Law No. 9 of 2023. The "
        "statute governs how companies use personal data.",
        # negated and hedged: read, never facts
        "Lawmakers approved the Data Shield Law in May, and the President signed it in June as Law No. 8 of 2023. "
        "The statute does not govern health data.",
        "Lawmakers approved the Data Shield Law in May, and the President signed it in June as Law No. 8 of 2023. "
        "The statute may later govern biometric data.",
    ],
)
def test_no_fact_from_another_law_or_a_negated_clause(extractor: Extractor, text: str) -> None:
    assert fact_pairs(extractor, text, "regulates") == set()


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Lawmakers approved the Data Shield Law in May, and the President signed it in June as Law No. 8 of 2023. "
            "The statute does not govern health data.",
            ("Law No. 8 of 2023", "health data"),
        ),
        (
            "Lawmakers approved the Data Shield Law in May, and the President signed it in June as Law No. 8 of 2023. "
            "The statute may later govern biometric data.",
            ("Law No. 8 of 2023", "biometric data"),
        ),
    ],
)
def test_the_negated_reference_is_read_as_a_not_fact(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert pair in any_pairs(extractor, text, "regulates")
