"""Projects and operations named by a capitalised noun and a name: "Project Maven", "Operation Aurora", "Project
Symphonie". English names an undertaking so, never a person ("Project" is no title), so the words after the noun are
no person's name, and neither is the same name where the text repeats it alone ("Maven used personal data"). A
title after the noun ("Project Manager Jane Roe") makes the name after it a person's again."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.nlp.lexicon import Lexicon

#: a capitalised noun and the one or two capitalised words after it: "Project Maven", "Operation Desert Storm"
_UNDERTAKING = re.compile(r"\b(?P<noun>[A-Z][a-z]+)[ \t]+(?P<name>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)")


@lru_cache(maxsize=16)  # one text, asked once per person candidate
def _undertaking_names(text: str, nouns: frozenset[str], titles: frozenset[str]) -> frozenset[str]:
    out = set()
    for m in _UNDERTAKING.finditer(text):
        words = m.group("name").split()
        if m.group("noun").lower() in nouns and words[0].lower() not in titles:
            out |= {m.group("name"), words[0], f"{m.group('noun')} {m.group('name')}", f"{m.group('noun')} {words[0]}"}
    return frozenset(out)


def undertaking_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The span is the name of a project or an operation the text introduces with one of `lexicon.undertaking_nouns`
    ("Project Maven", or "Maven" alone where the text says "Project Maven"), with or without the noun."""
    return text[start:end] in _undertaking_names(text, lex.undertaking_nouns, lex.person_titles)
