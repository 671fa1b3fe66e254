"""A name given in another language after its English name may be written twice, in its own script and romanised,
parted by a comma ("(Arabic: هيئة الاتصالات والفضاء والتقنية, Hai'at al-Ittisalat wa ...)"): two renderings of the
one body, each a mention of it; a comma between words of one script stays inside the name (probe texts of our own)."""

from __future__ import annotations

from pipelines.nlp.text_rules.abbreviations import foreign_names_after
from tests.support.probes import mentions

SAUDI = (
    "The Communications, Space and Technology Commission (Arabic: هيئة الاتصالات والفضاء والتقنية, Hai'at "
    "al-Ittisalat wa Tiqniyyat al-Ma`lumat) is the Saudi regulator."
)


def test_script_and_romanisation_are_two_mentions(extractor):
    found = mentions(extractor, SAUDI)
    assert ("Agency", "هيئة الاتصالات والفضاء والتقنية") in found
    assert ("Agency", "Hai'at al-Ittisalat wa Tiqniyyat al-Ma`lumat") in found
    assert not any("," in text and "Hai'at" in text for _, text in found)


def test_a_comma_inside_a_romanised_name_is_no_parting():
    text = "Ministry of Posts (French: Ministère des Postes, des Télécommunications et du Numérique) said."
    spans = foreign_names_after(text, len("Ministry of Posts"), frozenset({"french"}))
    assert [text[s:e] for s, e in spans] == ["Ministère des Postes, des Télécommunications et du Numérique"]
