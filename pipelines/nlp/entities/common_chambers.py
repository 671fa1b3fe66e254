"""A legislature's noun written in lower case is a common noun where English uses it as one: after an article, a
possessive pronoun or a word that picks one of several ("the senate was set to expedite ...", "in the next
parliament": a term of it), or in a parenthesis that glosses the name before it ("the German Bundestag
(parliament)"). Only bare, as a proper noun is used, may it name one ("told parliament that ...")."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

_WORD_BEFORE = re.compile(r"([a-z]+)[ \t\n]+$")


def common_noun_chamber(text: str, c: Cand, lex: Lexicon) -> bool:
    """The candidate is a chamber's noun in lower case (`Lexicon.bare_agency_heads`) used as a common noun: after
    a determiner (`Lexicon.chamber_determiners`) or alone in a parenthesis after a name."""
    name = text[c.start : c.end]
    if not name.islower() or name not in lex.bare_agency_heads:
        return False
    if text[c.start - 1 : c.start] == "(" and text[c.end : c.end + 1] == ")":
        return True
    before = _WORD_BEFORE.search(text, max(0, c.start - 20), c.start)
    return before is not None and before.group(1) in lex.chamber_determiners
