"""A law's title whose first word carries a one-letter lower-case prefix glued to a capital ("the ePrivacy
Regulation", "the eIDAS Regulation", "the eCommerce Directive"): the prefix ("e" for electronic) is written
without a hyphen, so the word starts in lower case and the run scanner, which starts a name at a capital, reads
only the law's kind ("Regulation"), too weak alone to be a name. The prefixed word and the capitalised title words
up to a capitalised law head ("Regulation", "Directive", "Act") are one title, and a year right after the head
belongs to it. Not a prefixed word before a body's or a product's noun ("the eSafety Commissioner", "eRulemaking
Portal"), a word of two lower-case letters or more before the capital ("mcKinsey"), nor a head in lower case ("the
ePrivacy rules")."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a word of one lower-case letter glued to a capital ("ePrivacy", "eIDAS"), then up to four capitalised title
#: words or joining words, each after a space or tab
_PREFIXED = r"(?<![\w'’-])[a-z][A-Z][\w'’-]*"
_TITLE_WORDS = r"(?:[ \t]+(?:(?:and|of|on|for)[ \t]+)?[A-Z][\w'’-]*){0,4}?"
_YEAR = r"(?:[ \t]+(?:19|20)\d\d\b(?![\d/-]))?"


@lru_cache(maxsize=4)
def _pattern(heads: frozenset[str]) -> re.Pattern[str]:
    """The prefixed title ending in one of the capitalised law heads `heads`."""
    alternation = "|".join(sorted((h.capitalize() for h in heads if h.isalpha()), key=len, reverse=True))
    return re.compile(_PREFIXED + _TITLE_WORDS + r"[ \t]+(?:" + alternation + r")\b(?![\w'’-])" + _YEAR)


def find_prefixed_titles(text: str, lex: Lexicon) -> list[Cand]:
    """Law titles that open with a prefixed word (module docstring)."""
    return [Cand.of(m.start(), m.end(), "Law", "prefixed-title") for m in _pattern(lex.law_heads).finditer(text)]
