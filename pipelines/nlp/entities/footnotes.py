"""Footnote marks glued to names ("the UK GDPR4", "Ambassador Jansen2 said").

Two patterns find them, for two different jobs, and they differ on purpose:

- `_GLUED_MARK` finds a mark in the whole text, after a word of letters in any case ("GDPR4", "Korea8",
  "Shield(5)") and before a space or punctuation, so that `_footnoted_names` can add the name the tables know that
  ends at it (the tokenizer keeps the digit in the word, and the rulers miss the name);
- `_FOOTNOTE_MARK` looks inside one "person" span, after two lower-case letters ("Jansen2", not an all-caps
  telegram word), at the span's end whatever follows it, so that `_without_footnote_mark` can cut it off.
"""

from __future__ import annotations

import re

from pipelines.nlp.entities.knowledge import TyperKnowledge
from pipelines.nlp.rules import Cand

#: one or two digits glued to a word of letters, bare or in parentheses, before a space or punctuation: a
#: footnote's mark ("GDPR4", "the EU-US Privacy Shield(5)," as the Official Journal and Parliament texts mark notes)
_GLUED_MARK = re.compile(r"(?<![\w.])[A-Za-z][\w.'’-]*?[A-Za-z](?P<mark>\d{1,2}|\(\d{1,2}\))(?=[\s,.;:)]|$)")
#: digits glued to the end of a word of letters: a footnote's mark ("Jansen2")
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z]{2})\d{1,2}\b")


class FootnoteMarks(TyperKnowledge):
    """Names that end in a footnote's mark: found, and cut before it."""

    def _footnoted_names(self, text: str) -> list[Cand]:
        """A name the tables know with a footnote's mark glued to its end ("the UK GDPR4", "the Republic of
        Korea8"): the tokenizer keeps the digit in the word, so the rulers miss the name; the name ends before it."""
        out = []
        for m in _GLUED_MARK.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            offset, end = max(line_start, m.start() - 60), m.start("mark")
            for w in re.finditer(r"\S+", text[offset:end]):  # the longest known name that ends at the mark
                name = text[offset + w.start() : end]
                kind = self.index.type_of(name)
                if kind is not None and kind != "DataType" and name[:1].isupper():
                    out.append(Cand.of(offset + w.start(), end, kind, "footnoted"))
                    break
        return out

    @staticmethod
    def _without_footnote_mark(text: str, c: Cand) -> None:
        """A digit glued to the end of a name is a footnote's mark ("Ambassador Jansen2 said"), not part of it."""
        m = _FOOTNOTE_MARK.search(text, c.start, c.end)
        if c.type == "Person" and m is not None and m.end() == c.end:
            c.end = m.start()
