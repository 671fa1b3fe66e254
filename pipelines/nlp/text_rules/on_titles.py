"""A law's name that goes on after its kind with "on" and its subject in title case: "the United Nations Model Law on
Electronic Commerce 1996", "the Trade Regulation Rule on Commercial Surveillance".

A title of the form "<kind> on <Subject>" is how model laws, conventions and agency rules are named, and the subject
is part of the name ("the Convention on Cybercrime" is no convention about cybercrime in general). So a name that
ends in a capitalised law's kind and is followed by "on" and capitalised words takes those words, with a year of
enactment right after them. Not when the name before "on" is a law the tables know whole ("the CLOUD Act on
Capitol Hill"), when the words after "on" name a known state, body, firm or person ("the Digital Markets Act on
Google") or hold a weekday or a month ("the Online Safety Act on Tuesday"); not a numbered act ("Regulation (EU)
2023/1543 on European Production Orders": its number is its name) nor a kind in lower case ("the data law on
Friday"), nor in a title-case headline, which a capitalised headline verb shows and where capitals say nothing
("Commerce Department Adopts Export Control Rule on Chips")."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: "on", an optional "the" and title-case words joined by the function words a title holds, then an optional year
_ON_SUBJECT = re.compile(
    r"[ \t]+on[ \t]+(?:the[ \t]+)?(?P<subject>[A-Z][a-z][\w'’-]*(?:[ \t]+(?:(?:of|for|and|the|to|by)[ \t]+)*"
    r"[A-Z][a-z][\w'’-]*)*)(?P<year>,?[ \t]+(?:19|20)\d\d\b)?(?![\w(’'-])"
)


def end_with_on_subject(text: str, c: Cand, lex: Lexicon, type_of: Callable[[str], str | None]) -> int:
    """The end of a law's name ending in its capitalised kind, with the "on <Subject>" title after it."""
    name = text[c.start : c.end]
    words = name.split()
    if c.type != "Law" or len(words) < 2 or any(ch.isdigit() for ch in name) or type_of(name) == "Law":
        return c.end
    if not words[-1][:1].isupper() or words[-1].lower() not in lex.law_heads:
        return c.end
    m = _ON_SUBJECT.match(text, c.end)
    if m is None or _calendar_word(m.group("subject"), lex) or type_of(m.group("subject")) is not None:
        return c.end
    return c.end if _in_headline(text, c.start, lex) else m.end()


def _calendar_word(subject: str, lex: Lexicon) -> bool:
    """Whether a word of the subject is a weekday's or a month's name: a date, no title."""
    return any(w.lower() in lex.calendar_words for w in re.findall(r"[A-Za-z]+", subject))


def _in_headline(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the line holds a capitalised headline verb ("Commerce Department Adopts Export Control Rule on
    Chips", "... Law on Protection of Personal Data Enters into Force"): in a title-case headline every word is
    capitalised, so the capitals after "on" say nothing of a title."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(w[:1].isupper() and w.lower() in lex.headline_verbs for w in re.findall(r"[A-Za-z]+", line))
