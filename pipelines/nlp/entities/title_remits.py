"""One word after a person's title that names the office's remit, not its holder: "the Director General Cyber of
GCHQ", "the Minister Trade" in a heading. A portfolio word alone after a title goes on naming the office (the title
rule already reads it so, `rules.persons`); the model's person there is the same remit."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.persons import portfolio_words

#: up to four words before a position, each a word of a title ("Director General ", "Deputy Secretary-General ")
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z.-]+[ \t]+){1,4})$")


def remit_after_title(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The one word `text[start:end]` is a portfolio's word (`portfolios`, `portfolio_final_words`) right after a
    person's title of one to four words: it names the office's remit, no person."""
    word = text[start:end]
    if " " in word.strip() or word.lower() not in portfolio_words(lex):
        return False
    before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    words = before.group(1).lower().split()
    return any(_is_title(" ".join(words[k:]), lex) for k in range(len(words)))


def _is_title(words: str, lex: Lexicon) -> bool:
    """A person's title, also written with a hyphen ("Director-General")."""
    return words in lex.person_titles or words.replace("-", " ") in lex.person_titles
