"""Data named in a heading's title case as the object of an act of handling them."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon

#: the word right before a phrase, after an optional "of" ("Review of Processing of ", "Selling ")
_ACT_BEFORE = re.compile(r"\b([A-Za-z]+)([ \t]+of)?[ \t]+$")
#: the article before a noun of handling, as a law's title has it ("Concerning the Processing of ...")
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_GERUND = "ing"


def handled_in_heading(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A title-case data phrase right after a noun of handling data and "of" ("Review of Processing of Personal
    Data for the Purposes of Journalism") or after the gerund of a verb of handling ("Order Prohibits Broker from
    Selling Sensitive Location Data") names what the act handles: a kind of data, not a word of a name, though the
    heading capitalises it. A law's title holds such phrases too ("Directive ... Concerning the Processing of
    Personal Data"), so a law's head noun earlier on the line, or "the" before the noun of handling, keeps the
    phrase a word of that title."""
    m = _ACT_BEFORE.search(text, max(0, start - 40), start)
    if m is None or _law_head_before(text, m.start(), lex):
        return False
    word = m.group(1).lower()
    if m.group(2):
        return _THE_BEFORE.search(text, max(0, m.start() - 10), m.start()) is None and _handling_noun(word, lex)
    return word.endswith(_GERUND) and _handling_gerund(word, lex)


def _law_head_before(text: str, pos: int, lex: Lexicon) -> bool:
    """A law's head noun ("Act", "Directive", "Law") on the line before `pos`."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return any(w.lower() in lex.law_heads for w in _WORD.findall(line))


def _handling_noun(word: str, lex: Lexicon) -> bool:
    """A noun of handling data, or its plural ("processing", "exports")."""
    return word in lex.data_handling_nouns or (word.endswith("s") and word[:-1] in lex.data_handling_nouns)


def _handling_gerund(word: str, lex: Lexicon) -> bool:
    """The gerund of a verb of handling data ("selling", "sharing", "storing", "collecting")."""
    stem = word[: -len(_GERUND)]
    return bool({stem, stem + "e"} & lex.data_handling_verbs)
