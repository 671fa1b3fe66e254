"""Words after a person's title that name the office's remit, not its holder: "the Director General Cyber of
GCHQ", "the Minister Trade" in a heading, "Mr Jon Doe, Director Cyber Security" in a list of a body's executives.
Portfolio words after a title go on naming the office (the title rule already reads one so, `rules.persons`); the
person found there, one word or several that are all portfolio words, is the same remit."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.persons import portfolio_words

#: up to four words before a position, each a word of a title ("Director General ", "Deputy Secretary-General ")
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z.-]+[ \t]+){1,4})$")


def remit_after_title(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The words `text[start:end]` are each a portfolio's word (`portfolios`, `portfolio_final_words`) right after
    a person's title of one to four words: they name the office's remit, no person."""
    words = text[start:end].lower().split()
    if not words or any(w not in portfolio_words(lex) for w in words):
        return False
    before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    title = before.group(1).lower().split()
    return any(_is_title(" ".join(title[k:]), lex) for k in range(len(title)))


def _is_title(words: str, lex: Lexicon) -> bool:
    """A person's title, also written with a hyphen ("Director-General")."""
    return words in lex.person_titles or words.replace("-", " ") in lex.person_titles
