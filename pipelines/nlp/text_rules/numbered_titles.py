"""A statute's title before its number: English and civil-law drafting name a numbered law by its short title, its
kind and its number in one phrase ("the Personal Data Protection Act No. 25.326", "Republic Act No. 10175", "the
Computer Misuse Act No. 5 of 2018"): the citation "Act No. 10175" that the number makes starts inside that name, and
the name starts at the title's first capitalised word."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.nlp.lexicon import load_lexicon

#: the kinds a title ends in right before a citation's number ("... Protection Act No.", "... Congressional Bill No.")
_TITLED_KINDS = frozenset({"act", "law", "bill", "code", "ordinance"})
#: the most words a short title has before its kind
_MAX_TITLE_WORDS = 6


@lru_cache(maxsize=1)
def _not_title_words() -> frozenset[str]:
    """Capitalised words that start no title (`Lexicon.not_title_starts`: articles, prepositions, sentence
    adverbs, an infobox row's label), a date's words, and a title-case headline's verb ("Russia Adopts Federal Law
    No. 242-FZ": the name starts after it)."""
    lex = load_lexicon()
    return lex.not_title_starts | set(lex.weekdays) | set(lex.months) | lex.headline_verbs


#: a capitalised word of a title, in title case ("Protection", "Anti-Terrorism"), before the next by a space or tab
_TITLE_WORD_BEFORE = re.compile(r"([A-Z][a-z][\w'’-]*)[ \t]+$")


def title_start_before(text: str, start: int) -> int:
    """Where the short title of a numbered statute starts, when the citation at `start` opens with a law's kind
    ("Act No. 10175") right after title-case words on the same line ("Republic Act No. 10175"); `start` when no
    title goes before it. Not a possessive ("Kenya's Act No. 5"), an article or a date's word, nor words in
    capitals (a heading)."""
    kind = re.match(r"[A-Z][a-z]+", text[start:])
    if kind is None or kind.group().lower() not in _TITLED_KINDS:
        return start
    first, pos = start, start
    for _ in range(_MAX_TITLE_WORDS):
        m = _TITLE_WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None or m.group(1).lower() in _not_title_words() or m.group(1).endswith(("'s", "’s")):
            break
        first = pos = m.start(1)
    return first
