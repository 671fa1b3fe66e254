"""The office of a person named by a body's head and "of" ("the Cabinet of European Parliament President Jerzy
Buzek", "the Office of Commission Vice-President Jane Roe"): the "of" phrase is the holder, a title and a name, so
the head noun and the body before the title make no name together; the body is named on its own."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a person's title, then a capitalised name of one to three words
_TITLE_THEN_NAME = (
    re.compile(r"[ \t]+(?P<title>[A-Z][\w-]*)[ \t]+[A-Z][\w’'-]+"),
    re.compile(r"[ \t]+(?P<title>[A-Z][\w-]*[ \t]+[A-Z][\w-]*)[ \t]+[A-Z][\w’'-]+"),
)


def holders_office(text: str, c: Cand, known: list[Cand], lex: Lexicon) -> bool:
    """`c` is a body's name "<Head> of <X>" where X is a name found on its own and a person's title and a name
    follow it: the head is the office of the person X's title makes the holder of, no body named "<Head> of X"."""
    if c.type not in ("Agency", "IGO") or c.source != "org-head":
        return False
    m = re.match(r"([A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?", text[c.start : c.end])
    if m is None or m.group(1).lower() not in lex.org_heads:
        return False
    inner = c.start + m.end()
    if not any(k.source == "ruler" and k.start == inner and k.end == c.end for k in known):
        return False
    titles = (rx.match(text, c.end) for rx in _TITLE_THEN_NAME)
    return any(t is not None and t.group("title").lower() in lex.person_titles for t in titles)
