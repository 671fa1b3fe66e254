"""A given name and a double-barrelled surname name a person: "Terje Roed-Larsen", "Ursula Owusu-Ekuful", "Amani
Abou-Zeid", where the model reads the name as an organisation's or a building's.

English joins two family names by a hyphen into one surname ("Leutheusser-Schnarrenberger", "Bogdan-Martin") and
writes a given name before it; companies and places take such a hyphen inside one word ("Rolls-Royce",
"Baden-Württemberg") or around English words ("Green Dam-Youth Escort", "Air France-KLM"). So two capitalised
words, the second two capitalised parts joined by a hyphen, none of them an English word, a title, a foreign
body's head noun ("Agence") or a name the tables know ("France" in "Agence France-Presse"), and none in
capitals, are a person's name."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon

#: a capitalised word, spaces (or a line break), two capitalised parts joined by a hyphen
_SHAPE = re.compile(r"([A-Z][^\W\d_]+)[ \t\n]+([A-Z][^\W\d_]+)-([A-Z][^\W\d_]+)")


def double_barrelled_name(
    name: str, lex: Lexicon, common_words: frozenset[str], is_known_name: Callable[[str], bool]
) -> bool:
    """The name is a given name and a double-barrelled surname (the module docstring)."""
    m = _SHAPE.fullmatch(name)
    if m is None:
        return False
    words = m.groups()
    if any(w.isupper() for w in words):
        return False  # initials or a telegram's capitals ("MTN-Uganda")
    if any(_no_name_word(w.lower(), lex, common_words) for w in words):
        return False
    return not any(is_known_name(w) for w in words)


def _no_name_word(word: str, lex: Lexicon, common_words: frozenset[str]) -> bool:
    """An English word, a title or a foreign body's head noun: no part of a person's name."""
    return word in common_words or word in lex.person_titles or word in lex.foreign_body_heads
