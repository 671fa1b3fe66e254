"""Reading the words around a span in plain text, for the finders and filters that decide by a neighbouring word."""

from __future__ import annotations

import re

#: blanks (no line break) and the word of letters after them
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def word_after(text: str, end: int) -> str | None:
    """The word of letters right after `end` across spaces or tabs, in lower case; None when none follows on the
    line ("the Section 301 report" -> "report")."""
    m = _NEXT_WORD.match(text, end)
    return m.group(1).lower() if m else None
