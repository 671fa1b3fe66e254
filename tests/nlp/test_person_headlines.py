"""Persons in headlines and after honorifics (probe text of our own): a headline's capitalised verb is never part
of a name, whichever finder took the run; "Reverend" is a title, not a given name; a capitalised adverb left alone
by such a cut ("Chairman Now Calls on ...") is no person."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor

pytestmark = pytest.mark.slow


def people(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Commerce Secretary Bryson Applauds Completion of the Review", {"Bryson"}),
        ("Senators Warnock, Rubio Introduce Bipartisan Bill to Protect Consumers", {"Warnock", "Rubio"}),
        ("Governor Smith Praises New Data Rules", {"Smith"}),
        (
            "U.S. Senators Reverend Raphael Warnock and Marco Rubio introduced the bill.",
            {"Raphael Warnock", "Marco Rubio"},
        ),
        ("Chairman Now Calls on Congress to Act", set()),
        # a surname that looks like a plural noun stays whole outside a headline verb's place
        ("Mo Brooks said the bill was flawed.", {"Mo Brooks"}),
    ],
)
def test_names_end_before_a_headline_verb(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert people(extractor, text) == expected
