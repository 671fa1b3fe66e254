"""A law's kind inside the name of a publication: "the Harvard Law Review", "the Yale Law Journal", "the Federal
Law Gazette" (Germany's Bundesgesetzblatt). The name goes on past the law head to a publication's head noun
(`Lexicon.publication_heads`: journal, review, gazette, ...), so the words up to the head name a journal or an
official gazette, which prints laws and comments on them but is none: no law. A law named before such a noun with
a word between is untouched ("the Privacy Act in the Law Review")."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: the capitalised word right after a span, on the same line
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def publication_name(text: str, c: Cand, lex: Lexicon) -> bool:
    """A law span right before a capitalised publication head ("Harvard Law| Review"), or one that ends in a law
    head and a publication head ("Federal Law Gazette"): part of a publication's name, or one (module docstring)."""
    if c.type != "Law":
        return False
    nxt = _NEXT_WORD.match(text, c.end)
    if nxt is not None and nxt.group(1).lower() in lex.publication_heads:
        return True
    words = text[c.start : c.end].lower().split()
    return len(words) >= 2 and words[-1] in lex.publication_heads and words[-2] in lex.law_heads
