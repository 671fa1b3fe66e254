"""A court's division named in parentheses after the court's name is a word of the court's title, no body of its
own: "the Court of Appeal (Criminal Division)", "the High Court (Family Division)", "the Court of Justice (Grand
Chamber)" cite the court and the bench that sat, the way English law reports and news write a court. Outside the
parentheses a division is named as a body ("the Criminal Division of the Department of Justice")."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon

#: the capitalised words of a name right before an opening parenthesis ("Court of Appeal (")
_NAME_BEFORE_PARENTHESIS = re.compile(
    r"((?:[A-Z][\w'’.-]*|of|the|for)(?:[ \t]+(?:[A-Z][\w'’.-]*|of|the|for))*)[ \t]*\($"
)


def court_division_in_parentheses(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The span from `start` to `end` ends in a division's noun (`Lexicon.court_division_nouns`), fills a
    parenthesis on its own, and the name right before the parenthesis holds a court's head (`Lexicon.court_heads`):
    neither a body nor another name of the court."""
    words = text[start:end].split()
    if not words or words[-1].lower() not in lex.court_division_nouns or text[end : end + 1] != ")":
        return False
    before = _NAME_BEFORE_PARENTHESIS.search(text, max(0, start - 80), start)
    return before is not None and any(w.lower() in lex.court_heads for w in before.group(1).split())
