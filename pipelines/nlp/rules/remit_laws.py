"""A law's kind word as the subject of a body's remit: "Federal Office for the Protection of the Constitution",
"Committee on Constitution and Regulations".

A law named after a body puts the body's own name before the law's kind ("Reserve Bank of India Act", "the EU-US
TFTP Agreement"); a kind word right after the remit's preposition or article ("of the Constitution", "on
Constitution") names no law of the body's but what the body guards or studies, and is part of the body's name. After
"on" only a committee's head takes a remit ("Committee on Constitution"); after any other head "on" opens the topic
a body deliberates on ("the European Parliament on the Agreement"), which is no part of its name."""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word

#: the words that may stand between a remit's preposition and its subject ("for the Protection of the Constitution")
_BEFORE_SUBJECT = frozenset({"of", "for", "on", "the", "and"})


def law_word_in_remit(w: list[Word], last: int, k: int, lex: Lexicon) -> bool:
    """Whether the law's kind word at `k`, in the complement after the body's head at `last`, is the subject of the
    body's remit: it follows a preposition, an article or "and" directly, and the nearest preposition before it is
    "of" or "for", or "on" after a committee's head ("the Parliament of Kenya on the Constitution": a topic)."""
    if k <= last + 1 or w[k - 1].low not in _BEFORE_SUBJECT:
        return False
    preposition = next((x.low for x in reversed(w[last + 1 : k]) if x.low in ("of", "for", "on")), None)
    if preposition is None:
        return False
    return preposition != "on" or (w[last].low in lex.committee_heads and w[last + 1].low == "on")
