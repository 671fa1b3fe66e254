"""A clause of time ("once", "when", "until") says what comes about only then when it is in the present or hangs
on a clause about what could or will be; in the past it happened. A reduced clause ("once signed by X") takes its
time from the clause it modifies."""

from __future__ import annotations

import pytest


def _enacts(extractor, text: str) -> list[tuple[str, str, str]]:
    x = extractor.extract("d", "v", text)
    return [(x.mentions[r.head].text, r.polarity, r.modality) for r in x.relations if r.type == "enacts"]


@pytest.mark.parametrize(
    "text",
    [
        "The Paris Data Agreement could be provisionally applied once signed by Chile.",
        "The Paris Data Agreement will enter into force when ratified by Chile.",
        "Peru will store the data locally once the Data Act is adopted by Chile.",
    ],
)
def test_an_act_of_law_making_that_has_not_happened_yet_is_conditional(extractor, text):
    assert _enacts(extractor, text) == [("Chile", "asserted", "conditional")]


@pytest.mark.parametrize(
    "text",
    [
        "Once signed by Chile, the Paris Data Agreement took effect in May.",
        "Once the Data Act was adopted by Chile, Peru stored the data locally.",
    ],
)
def test_one_that_happened_is_stated(extractor, text):
    assert _enacts(extractor, text) == [("Chile", "asserted", "stated")]
