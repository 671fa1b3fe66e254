"""In-document reference, round 17 (probe text of our own): a sentence whose subject is two things coordinated ("The
Data Privacy Law and the Cloud Privacy Law were debated") is about both, so its subject does not decide which of
them a later description ("the law") or pronoun ("it") takes up: the reference is ambiguous and gives nothing. A
subject that is one thing still decides, and a coordinated word that names nothing ("the law and its regulations")
leaves it one thing."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import fact_pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, relation",
    [
        (  # a cable
            "2. (SBU) The Data Privacy Law and the Cloud Privacy Law were debated. The law was adopted by the National "
            "Assembly in March.",
            "enacts",
        ),
        (  # a news story
            "The Data Privacy Law and the Cloud Privacy Law were debated in March. The law requires banks to store "
            "customer data in Qatar.",
            "requiresLocalization",
        ),
        (  # a government release, a pronoun
            "WASHINGTON - The Secure Data Act and the Cloud Security Act were introduced today. It requires providers "
            "to store customer data in the United States.",
            "requiresLocalization",
        ),
    ],
)
def test_a_coordinated_subject_does_not_decide(extractor: Extractor, text: str, relation: str) -> None:
    assert fact_pairs(extractor, text, relation) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Data Privacy Law was debated in March. The law requires banks to store customer data in Qatar.",
        # the coordinated noun phrase names nothing: one law
        "The Data Privacy Law and its regulations were debated in March. The law requires banks to store customer "
        "data in Qatar.",
        # a coordinated subject in an earlier sentence about states, not laws
        "Kenya and Uganda passed laws. The Data Privacy Law was adopted in March. The law requires banks to store "
        "customer data in Kenya.",
    ],
)
def test_a_single_subject_still_decides(extractor: Extractor, text: str) -> None:
    assert fact_pairs(extractor, text, "requiresLocalization") == {("Data Privacy Law", "customer data")}
