"""A dash with a space on each side sets off an aside or ends a dateline; inside a name a dash is written close."""

from __future__ import annotations


def _mentions(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extractor.extract("d", "v", text).mentions]


def test_a_name_ends_at_a_spaced_dash(extractor):
    text = "Ministers Ana Ruiz and Mark Dalton - co-chairs of the council - urged Chile to act."
    assert ("Mark Dalton", "Person") in _mentions(extractor, text)
    text = "Senators Paul Reyes and Mark Lowry - co-sponsors of the bill - asked Brazil to wait."
    assert ("Mark Lowry", "Person") in _mentions(extractor, text)


def test_a_close_dash_stays_inside_a_name(extractor):
    text = "The EU-US Data Privacy Framework took effect."
    assert ("EU-US Data Privacy Framework", "Law") in _mentions(extractor, text)
