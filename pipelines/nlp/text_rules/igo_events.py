"""A gathering is no organisation: "the UN Space Conference", "the International Conference on Cross Border Data
Flows", "the G20 Summit" name an event that states or experts attend, whatever international word stands before it.
English names a few standing bodies with the same nouns ("the Hague Conference on Private International Law",
"the United Nations Conference on Trade and Development"); those are in the reference tables, and only those are
organisations."""

from __future__ import annotations

import re
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


#: the words of a gathering's name after an organisation's name and before the event noun: at most an organ's head
#: and one word before it ("OECD Ministerial Council Meeting", "European Parliament Committee meetings")
_MAX_ORGAN_WORDS = 2


def _next_word(text: str, end: int) -> str:
    """The word right after a name, on the same line ("" when none)."""
    m = re.match(r"[ \t]+([A-Za-z][\w-]*)", text[end:])
    return m.group(1) if m else ""


def _known_prefix_end(text: str, c: Cand, type_of: Callable[[str], str | None]) -> int | None:
    """The end of the longest run of the name's first words (one to three) that the tables know as an IGO."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[c.start : c.end])]
    for k in (3, 2, 1):
        if k < len(spans) and type_of(" ".join(text[c.start + s : c.start + e] for s, e in spans[:k])) == "IGO":
            return c.start + spans[k - 1][1]
    return None


def end_before_gathering(text: str, c: Cand, lex: Lexicon, type_of: Callable[[str], str | None]) -> int:
    """English names a gathering by its organiser and the kind of meeting: "the OECD Ministerial Council Meeting",
    "two European Parliament Committee meetings". When a body's candidate the tables do not know whole is followed
    by a noun of a gathering (`igo_event_nouns`) and is an organisation the tables know plus at most an organ's head
    and one word, the organ words describe the meeting and the mention is the organisation's name: the candidate
    ends after it. A named organ the tables know ("UN Security Council meeting") keeps its name."""
    if c.type not in ("IGO", "Agency") or _next_word(text, c.end).lower() not in lex.igo_event_nouns:
        return c.end
    name = " ".join(text[c.start : c.end].split())
    if type_of(name) is not None or name.split()[-1].lower() not in lex.igo_heads | lex.igo_organ_heads:
        return c.end
    end = _known_prefix_end(text, c, type_of)
    if end is None or len(text[end : c.end].split()) > _MAX_ORGAN_WORDS:
        return c.end
    return end
