"""A law that is introduced or tabled is a bill, whatever its name, until a clause passes it; a ban on moving data
to chosen recipients restricts where data may go, not where it must stay."""

from __future__ import annotations


def _relations(extractor, text: str) -> list[tuple[str, str, str, str]]:
    x = extractor.extract("d", "v", text)
    return [(x.mentions[r.head].text, r.type, x.mentions[r.tail].text, r.modality) for r in x.relations]


def test_what_an_introduced_act_would_do_is_only_proposed(extractor):
    text = (
        "Senators Ann Fowler and Ruth Kemper introduced the Health Records Security Act on Monday. "
        "The Health Records Security Act regulates health data held by brokers."
    )
    found = _relations(extractor, text)
    assert ("Health Records Security Act", "regulates", "health data", "proposed") in found
    assert not any(r[3] == "stated" and r[1] == "regulates" for r in found)


def test_an_introduced_act_that_a_clause_passes_is_law(extractor):
    text = (
        "Senators Ann Fowler and Ruth Kemper introduced the Health Records Security Act, which Congress passed in "
        "May. The Health Records Security Act regulates health data held by brokers."
    )
    assert ("Health Records Security Act", "regulates", "health data", "stated") in _relations(extractor, text)


def test_a_ministry_that_drafts_a_decree_it_issues_makes_it_law(extractor):
    text = (
        "The Ministry of Justice of Peru drafted Decree No. 7/2021, which was issued in June. "
        "The decree covers biometric data."
    )
    assert ("Decree No. 7/2021", "regulates", "biometric data", "stated") in _relations(extractor, text)


def test_a_ban_on_exports_to_chosen_recipients_is_no_localisation(extractor):
    found = _relations(extractor, "The Data Security Act bans the export of personal data to foreign adversaries.")
    assert [r[1] for r in found] == ["regulates"]
    found = _relations(extractor, "The Data Security Act bans the export of personal data to other countries.")
    assert [r[1] for r in found] == ["requiresLocalization"]
