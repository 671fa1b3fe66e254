"""Lead fixes of round 14, each a behaviour an analyst sees in the graph."""

from __future__ import annotations


def _ids(extractor, text: str, type_: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for m in extractor.extract("t", "v", text).mentions:
        if m.type == type_:
            out.setdefault(m.text, set()).add(m.entity_id)
    return out


def test_a_defined_short_form_is_the_same_entity_as_its_long_name(extractor):
    """A body the tables do not know, defined with its initials in a document about one country: the initials'
    later mentions are the long name's entity, one IRI, not a second with the country prefixed twice."""
    text = (
        "The Spanish Data Protection Agency (AEPD, Spanish: Agencia Espanola de Proteccion de Datos) fined two banks "
        "on Monday in Spain. Apart from the AEPD, there are regional agencies in Spain.\n"
        "The AEPD was established by Royal Decree in Spain."
    )
    ids = _ids(extractor, text, "Agency")
    assert ids["AEPD"] == ids["Spanish Data Protection Agency"] == {"agency/es-spanish-data-protection-agency"}


def test_a_generic_law_acronym_is_the_named_countrys_law_only(extractor):
    """ "PDPL" spells a title many countries give their law (a Personal Data Protection Law): in a text about
    Vietnam it is not Saudi Arabia's law of the tables, while in a text about Saudi Arabia it is."""
    vietnam = "Vietnam's Ministry of Public Security drafted the PDPL in 2024. Vietnam's National Assembly passed it."
    saudi = "Saudi Arabia's PDPL took effect in 2023. SDAIA enforces the PDPL in the Kingdom."
    assert "law/sa-pdpl" not in _ids(extractor, vietnam, "Law").get("PDPL", set())
    assert _ids(extractor, saudi, "Law")["PDPL"] == {"law/sa-pdpl"}
