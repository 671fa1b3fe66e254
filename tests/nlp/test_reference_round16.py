"""In-document reference, round 16 (probe text of our own): "it" after a sentence whose subject is unnamed. When
that subject is a body ("the parliament", "the ministry") or, for "it", a plural noun ("lawmakers"), and the pronoun
asks for a law, the subject cannot be what "it" takes up: "it" is the one law that sentence names as the object of
the subject's verb ("Kenya's parliament passed the Data Act. It governs ..."). Two laws named there, a law named
only in a clause the subject speaks of, or a negated/hedged clause give no fact.

A law given a second name by "as" after a verb of passing, signing or introducing ("the President signed it as Law
No. 8 of 2023") is one law with two names: a later "the statute", "the law" or "it" that fits both takes it up by
its nearer name, the one after "as"."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import any_pairs, fact_pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, relation, pair",
    [
        (  # a news story: a legislature is the subject
            "NAIROBI - Kenya's parliament passed the Data Protection Act in 2019. It governs the processing of "
            "personal data.",
            "regulates",
            ("Data Protection Act", "personal data"),
        ),
        (  # a government release: a plural subject
            "Today the Minister welcomed the vote. Lawmakers approved the Health Records Act on Tuesday. It "
            "regulates how hospitals share health records.",
            "regulates",
            ("Health Records Act", "health records"),
        ),
        (  # a cable
            "3. (SBU) Thai legislators approved the Personal Data Protection Act in May. It requires companies to "
            "obtain consent before they collect personal data.",
            "regulates",
            ("Personal Data Protection Act", "personal data"),
        ),
    ],
)
def test_it_is_the_law_a_body_acted_on(extractor: Extractor, text: str, relation: str, pair: tuple[str, str]) -> None:
    assert fact_pairs(extractor, text, relation) == {pair}


@pytest.mark.parametrize(
    "text",
    [
        # two laws named: "it" is ambiguous
        "The parliament passed the Data Protection Act and the Cybercrime Act in 2019. It governs the processing of "
        "personal data.",
        # the law is named only in what the subject says: "it" is the ministry
        "The ministry said the Data Protection Act was flawed. It plans to regulate personal data itself.",
        # the subject's noun is a law's: "it" may be the unnamed rules
        "The new rules were published alongside the Data Protection Act. It governs the processing of personal data.",
    ],
)
def test_no_law_when_it_may_be_another(extractor: Extractor, text: str) -> None:
    assert any_pairs(extractor, text, "regulates") == set()


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Lawmakers debated the Data Protection Act for months. It does not regulate health data.",
            ("Data Protection Act", "health data"),
        ),
        (
            "Kenya's parliament passed the Data Protection Act in 2019. It may later regulate biometric data.",
            ("Data Protection Act", "biometric data"),
        ),
    ],
)
def test_negated_or_hedged_is_no_fact(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert pair in any_pairs(extractor, text, "regulates")
    assert fact_pairs(extractor, text, "regulates") == set()


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
        (  # a pronoun after a plural subject
            "Lawmakers approved the Data Shield Law in May, and the President signed it in June as Law No. 8 of 2023. "
            "It governs how companies use personal data.",
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
        "It does not govern health data.",
        "Lawmakers approved the Data Shield Law in May, and the President signed it in June as Law No. 8 of 2023. "
        "The statute may later govern biometric data.",
    ],
)
def test_no_fact_from_another_law_or_a_negated_clause(extractor: Extractor, text: str) -> None:
    assert fact_pairs(extractor, text, "regulates") == set()
