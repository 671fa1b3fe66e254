"""Whose a possessive after a body's complement is. English puts the possessive clitic at the end of the whole
noun phrase: "the Ministry of Justice's report", "the PRC's Ministry of State Security's hackers" are the
ministry's report and hackers, so the complement stays in the body's name. When the complement's own words name a
person, the possessive makes them the possessor of a noun outside the name: a title of several words ("the
Administration of Prime Minister's message"), a title after "the" ("the Office of the President's staff"), or a
name the model reads as a person's. The whole name is read as the possessor only after a head that names
nothing but a state's organs (`Lexicon.state_organ_heads`: "Ministry", "Department"); a head that also names
charities and think tanks ("the Center for Digital Democracy's director") is left as it was: no name."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word

_POSSESSIVE = ("'s", "’s")


def _has_possessive(word: Word) -> bool:
    """The word ends in a possessive, written on it or as the next token."""
    return bool(re.search(r"['’]s?$", word.text)) or word.next_text in _POSSESSIVE


def _names_person(words: list[Word], lex: Lexicon) -> bool:
    """The words name a person: a name the model reads as a person's, a title of several words or after "the"."""
    if any(x.token.ent_type_ == "PERSON" for x in words):
        return True
    low = [x.low for x in words]
    title = " ".join(t for t in low if t != "the")
    return title in lex.person_titles and (" " in title or low[0] == "the")


def possessive_ends_name(w: list[Word], k: int, lex: Lexicon) -> bool:
    """The complement the preposition at `k` opens ends in a possessive that is not the whole name's: its words
    name a person, or the head before `k` is not a state organ's alone."""
    owner = next((j for j in range(k + 1, len(w)) if _has_possessive(w[j])), None)
    if owner is None:
        return False
    return _names_person(w[k + 1 : owner + 1], lex) or w[k - 1].low not in lex.state_organ_heads
