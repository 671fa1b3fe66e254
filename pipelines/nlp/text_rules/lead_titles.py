"""The title an article opens with: an encyclopedia article starts by naming its subject, "The Agreement between
the United States of America and the European Union on the use and transfer of Passenger Name Records to ... is
an international agreement ...". When the subject is an instrument named by its kind ("Agreement", "Convention",
"Treaty" ...) and a preposition, its title runs, in whatever case, up to the copula of that first sentence."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: the document's first words: "The", a law's head in title case, a preposition, then the rest of the title (no full
#: stop, semicolon, colon, parenthesis or line break) up to "is a/an" or "was a/an"
_LEAD = re.compile(
    r"\A\s*The[ \t]+(?P<title>(?P<head>[A-Z][a-z]+)[ \t]+(?:between|on|concerning|relating[ \t]+to|for)[ \t]+"
    r"[^.;:()\n]{5,300}?)[ \t]+(?:is|was)[ \t]+an?[ \t]"
)
#: the longest title in words the lead may give
_MAX_WORDS = 40


def find_lead_titles(text: str, lex: Lexicon) -> list[Cand]:
    """The instrument a text's first sentence names as its subject ("The Convention on ... is a treaty ..."): a
    law's head noun that starts the title (`titled_law_heads`), a preposition, the title's words, then the copula
    and an indefinite article that say what the subject is."""
    m = _LEAD.match(text)
    if m is None or m.group("head").lower() not in lex.titled_law_heads:
        return []
    if len(m.group("title").split()) > _MAX_WORDS:
        return []
    return [Cand.of(m.start("title"), m.end("title"), "Law", "lead-title")]
