"""A gathering is no organisation: "the UN Space Conference", "the International Conference on Cross Border Data
Flows", "the G20 Summit" name an event that states or experts attend, whatever international word stands before it.
English names a few standing bodies with the same nouns ("the Hague Conference on Private International Law",
"the United Nations Conference on Trade and Development"); those are in the reference tables, and only those are
organisations."""

from __future__ import annotations

from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: the prepositions after a head-first name's head ("Conference on ...", "Summit of ...")
_AFTER_HEAD = frozenset({"on", "of", "for", "in", "at"})


def _head(words: list[str]) -> str:
    """A name's head noun: the word before its first preposition ("Conference on X"), else its last word."""
    for k, w in enumerate(words[1:], start=1):
        if w in _AFTER_HEAD:
            return words[k - 1]
    return words[-1]


def event_named_body(text: str, c: Cand, lex: Lexicon, type_of: Callable[[str], str | None]) -> bool:
    """An IGO candidate whose head is a noun of a gathering (`lexicon.yaml` `igo_event_nouns`) and which the
    tables do not know: an event's name ("UN Space Conference"), no organisation."""
    if c.type != "IGO":
        return False
    name = " ".join(text[c.start : c.end].split())
    words = name.lower().split()
    return bool(words) and _head(words) in lex.igo_event_nouns and type_of(name) is None
