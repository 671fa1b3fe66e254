"""Two names joined by "and the" are two names; "and" between bare words stays inside a title (probe sentences of our
own)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor

pytestmark = pytest.mark.slow


def mentions(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extractor.extract("probe", "probe", text).mentions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The GDPR and the Health Records Act both apply.", {("GDPR", "Law"), ("Health Records Act", "Law")}),
        ("Kenya and the Health Records Act were discussed.", {("Kenya", "State"), ("Health Records Act", "Law")}),
        ("Canada passed the Personal Information Protection and Electronic Documents Act.",
         {("Personal Information Protection and Electronic Documents Act", "Law")}),
    ],
)  # fmt: skip
def test_and_the_starts_a_second_name(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= mentions(extractor, text)
