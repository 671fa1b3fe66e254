"""A document's title set on the line above the issuing body's name and flattened into one line with it: "...
Countries of Concern or Covered Persons National Security Division, Department of Justice", "... Broadband and
Other Telecommunications Services Federal Communications Commission. ACTION: Final rule."

A body's name opens with its scope adjective ("Federal Communications Commission", "National Security Division");
inside a name such an adjective follows a state's name or adjective ("United States National Security Agency",
"German Federal Office") or another adjective, never a plural noun: a plural noun right before it ends the words of
something else, and the body's name starts at the adjective."""

from __future__ import annotations

from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def opener_after_plural(
    w: list[Word], start: int, first: int, lex: Lexicon, is_state: Callable[[str], bool] | None
) -> int:
    """Where the body's name starts: at the last scope adjective (`name_opening_adjectives`) before its first head
    `first` that follows a plural noun no state's name ends, else at `start`."""
    for k in range(first - 1, start, -1):
        if w[k].low in lex.name_opening_adjectives and _plural_noun(w, k - 1, lex, is_state):
            return k
    return start


def _plural_noun(w: list[Word], k: int, lex: Lexicon, is_state: Callable[[str], bool] | None) -> bool:
    """The word at `k` is a plural noun, not the end of a state's name ("United States", "Philippines") nor a
    nationality ("Swiss")."""
    word = w[k]
    if word.token.tag_ not in _PLURAL_TAGS or word.low in lex.nationality_nouns:
        return False
    names = [word.text] + ([f"{w[k - 1].text} {word.text}"] if k > 0 else [])
    return not (is_state and any(is_state(n) for n in names))
