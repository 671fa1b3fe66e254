"""A building called after the body it once housed is a place, not the body. English names such a building with
"Old" before the body's name ("the Old Hill Street Police Station is now the ministry's headquarters", "Old
Parliament House", "the Old War Office"): the body has moved or is gone, and the name is the building's. A body's
own name does not open with "Old" (`Lexicon.former_building_openers`); a firm's may ("Old Mutual"), so only a
candidate for a body is dropped."""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand


def names_former_building(text: str, c: Cand, lex: Lexicon) -> bool:
    """The candidate for a body opens with a word of a building named after a former occupant ("Old ...")."""
    if c.type != "Agency":
        return False
    words = text[c.start : c.end].split()
    return len(words) > 1 and words[0] == words[0].capitalize() and words[0].lower() in lex.former_building_openers
