"""A local unit of a body named by the body's head noun and a noun of the unit's kind: a police force's station
("the Khulna Sadar Police Station", "Paddington Green Police Station") is one name, the station's; the name does
not end at the force's head ("Khulna Sadar Police") with the unit's noun left over."""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word


def unit_name_end(w: list[Word], end: int, lex: Lexicon) -> int:
    """Where a body's name that ends at word `end` of the run ends: one word further when that word is a unit's
    noun after a head that names its units so (`Lexicon.unit_bearing_heads`, `Lexicon.head_unit_nouns`)."""
    if end + 1 < len(w) and w[end].low in lex.unit_bearing_heads and w[end + 1].low in lex.head_unit_nouns:
        return end + 1
    return end
