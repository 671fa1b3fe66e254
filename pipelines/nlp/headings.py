"""Headings set on a line of their own above the text they head, without a blank line between.

A press release or a news item opens on its headline, a line in sentence case with no final full stop ("Regulator
fines hospital for leaking patient records"), and the body starts on the next line. Read as a hard-wrapped
paragraph, the two lines would become one sentence, and the headline's names would join the body's predicate. A
line is a heading, not the first line of a wrapped paragraph, when it opens a paragraph (at the start of the text or
after a blank line), starts with a capital, ends without end punctuation, and the next line shows that no sentence
runs on across the break:

- the next line opens on a function word written with a capital ("The", "A", "On", "Its"): inside a sentence a
  function word is written in lower case, so a capital one starts a sentence;
- or the next line is much longer than this one: a paragraph wrapped at a fixed width fills each line to that width,
  so a line followed by one longer by more than a word or two was not broken by the wrapping.

Lines in capitals (telegrams) and lines ending in a colon (a field's name) are judged elsewhere.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

#: how much longer than a line the next line may be and still be its wrapped continuation (a long word or two)
WRAP_SLACK = 30
#: punctuation that ends a sentence or a line of a list, a field or a table: a line ending in it is no heading
_LINE_END = re.compile(r"[.!?:;,|\"”’')\]]\s*$")
_FIRST_WORD = re.compile(r"\s*([A-Z][a-z]*)(?=[\s,])")


def _capitalised_function_word(line: str) -> bool:
    """The line opens on a function word written with a capital ("The", "On", "A ")."""
    m = _FIRST_WORD.match(line)
    return m is not None and m.group(1).lower() in STOP_WORDS and m.group(1) != "I"


def heading_line(line: str, nxt: str, opens_paragraph: bool) -> bool:
    """`line` is a heading above `nxt` (see the module docstring); `opens_paragraph`: it starts the text or follows
    a blank line."""
    head, body = line.strip(), nxt.strip()
    if not (opens_paragraph and head and body) or head.isupper() or _LINE_END.search(head):
        return False
    if not any(ch.islower() for ch in head) or not (head[:1].isupper() and body[:1].isupper()):
        return False
    return _capitalised_function_word(body) or len(body) > len(head) + WRAP_SLACK


def heading_ends_at(text: str, end: int) -> bool:
    """The line of `text` that ends at `end` (a line break) is a heading above the next line."""
    start = text.rfind("\n", 0, end) + 1
    before = text[: max(start - 1, 0)]
    opens = start == 0 or not before[before.rfind("\n") + 1 :].strip()
    nxt_end = text.find("\n", end + 1)
    return heading_line(text[start:end], text[end + 1 : nxt_end if nxt_end >= 0 else len(text)], opens)
