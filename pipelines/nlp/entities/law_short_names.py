"""A law's short name: a title in the law's own language that English text keeps untranslated runs on after its
first words with a lower-case connector of that language ("Marco Civil da Internet", "Loi Informatique et
Libertés"), and the text calls the law later by those first words alone ("the Marco Civil"). English titles are
shortened otherwise, to their kind ("the Act"), so an English connector ("Preventing Access to ...", "Interim
Measures for ...") makes no short name; nor does a court case's "v" ("Maximillian Schrems v ...")."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon

#: the title-case words at the start of a name, then a lower-case word ("Marco Civil" + "da")
_LEAD_THEN_LOWER = re.compile(r"((?:[A-Z][^\W\d_’'-]*[^\W\d_A-Z][ \t]+){2,4})([a-z]+)\b")


def law_short_name(name: str, lex: Lexicon, common_words: frozenset[str]) -> str | None:
    """The short name of the law called `name` (see the module), or None: two to four title-case words before the
    name's first lower-case word, a connector of another language (`Lexicon.foreign_title_connectors`); not
    ending in a law's kind (a name of its own), at least one of them no ordinary English word."""
    m = _LEAD_THEN_LOWER.match(name)
    if m is None or m.group(2) not in lex.foreign_title_connectors:
        return None
    law_heads = lex.law_heads
    words = m.group(1).split()
    if words[-1].lower() in law_heads or all(w.lower() in common_words for w in words):
        return None
    return " ".join(words)
