"""A law's short name: a title that runs on after its first words with a lower-case preposition, in English or in
the law's own language ("Marco Civil da Internet", "Loi Informatique et Libertés"), is called later by those first
words alone ("the Marco Civil"). The short form names the law only where it is no ordinary English phrase: at least
one of its words is no English word ("Marco"), so "Interim Measures" (of "Interim Measures for ...") or "Overseas
Use" make no short name."""

from __future__ import annotations

import re

#: the title-case words at the start of a name, then a lower-case word ("Marco Civil" + "da")
_LEAD_THEN_LOWER = re.compile(r"((?:[A-Z][a-z’'-]*[a-z][ \t]+){2,4})[a-z]")


def law_short_name(name: str, law_heads: frozenset[str], common_words: frozenset[str]) -> str | None:
    """The short name of the law called `name` (see the module), or None: two to four title-case words before the
    name's first lower-case word, not ending in a law's kind (a name of its own: "Trade Act" of "Trade Act of
    1974"), at least one of them no ordinary English word."""
    m = _LEAD_THEN_LOWER.match(name)
    if m is None:
        return None
    words = m.group(1).split()
    if words[-1].lower() in law_heads or all(w.lower() in common_words for w in words):
        return None
    return " ".join(words)
