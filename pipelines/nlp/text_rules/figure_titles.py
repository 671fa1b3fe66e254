"""A title word written with a figure ("5G", "21st", "3D": digits and letters in one word) is a word of the title
like any capitalised one: "the 21st Century Cures Act", "the Secure 5G and Beyond Act". The run scanner starts no
name at a figure, so a law found after one starts too late ("Century Cures Act"; "G Future Act" where the tokenizer
cut "5G"). The name goes back over the figure word and, when a possessive stands right before it, over that
possessive name and the capitalised title words before it ("Defending America's 5G Future Act"), not over a
person's title ("Senator Warner's 5G Act": the sponsor's bill) nor over words in capitals (a telegram's line)."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a figure word with letters ("5G", "21st", "3D"), ending where the law's span starts or inside it (the tokenizer
#: may cut "5G" into "5" and "G")
_FIGURE_WORD = re.compile(r"(?<![\w.,/-])\d+[A-Za-z]*[ \t]?\Z")
#: a possessive name before the figure word: "America's ", "Americans' "
_POSSESSIVE = re.compile(r"(?<![\w-])([A-Z][a-z][\w-]*(?:['’]s|s['’]))[ \t]+\Z")
_TITLE_WORD = re.compile(r"(?<![\w-])([A-Z][a-z][\w-]*)[ \t]+\Z")
_MAX_TITLE_WORDS = 2


def _figure_start(text: str, c: Cand) -> int | None:
    """The start of the figure word right before the span or cut by its start, if any."""
    head = text[max(0, c.start - 12) : c.start]
    inside = re.match(r"[A-Za-z]*", text[c.start : c.end]).group()  # type: ignore[union-attr]
    m = _FIGURE_WORD.search(head)
    if not m or not re.search(r"[A-Za-z]", m.group() + inside) or not text[c.start : c.start + 1].isupper():
        return None
    if m.group().strip().isdigit() and (head.endswith((" ", "\t")) or not inside or "." in text[c.start : c.end][:3]):
        return None  # a bare number before a name counts or dates it ("3 Data Acts"), a serial before a citation
    return c.start - len(head) + m.start()


def start_at_figure_word(text: str, c: Cand, lex: Lexicon) -> int:
    """The start of a law's name that a figure word in its title cut (module docstring)."""
    start = _figure_start(text, c)
    if start is None:
        return c.start
    poss = _POSSESSIVE.search(text, max(0, start - 40), start)
    if not poss:
        return start
    begin = poss.start(1)
    for _ in range(_MAX_TITLE_WORDS):
        word = _TITLE_WORD.search(text, max(0, begin - 30), begin)
        if not word or word.group(1).lower() in lex.person_titles | lex.name_stop_starters:
            break
        begin = word.start(1)
    before = _TITLE_WORD.search(text, max(0, poss.start(1) - 30), poss.start(1))
    if before and before.group(1).lower() in lex.person_titles:
        return start  # "Senator Warner's 5G Act": the sponsor's bill
    return begin
