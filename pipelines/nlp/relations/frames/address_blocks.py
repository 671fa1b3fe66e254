"""Offices said by an address or signature block (leads): a letter addresses its recipient, and signs for its sender,
with the person's name on a line of its own (after an honorific: "The Honorable", "His Excellency") and the office
on the line under it (a blank line may stand between): "The Honorable Jair Bolsonaro / President of Brazil", "Lina
M. Khan / Chair, Federal Trade Commission". The two lines say what "Jair Bolsonaro, President of Brazil" says in a
sentence: the person holds the head's title of the body or state the office line ends with. The office line must be
wholly a head's title (`lead_titles`; for a state, a head of state's or government's, `state_titles`,
`state_title_modifiers`), "of" or a comma, and one name; a deputy's, a past holder's or a rank's word before the
title ("Deputy Secretary of State", "Second Secretary, Embassy of Japan") makes no head, and an office "for" a
portfolio ("Commissioner for Justice") names no body."""

from __future__ import annotations

import re

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.textview import line_bounds

#: an office line: the title (one to three words), "of" (and "the") or a comma, then the body's or state's name
_OFFICE = re.compile(r"(?P<title>(?:[A-Za-z][A-Za-z-]*\s+){0,2}[A-Za-z][A-Za-z-]*)(?:\s+of\s+(?:the\s+)?|\s*,\s*)")
_AGENCY = "Agency"
_STATE = "State"


def address_block_heads(ctx: Context) -> None:
    """leads: a line that is only a person's name (and an honorific), and under it an office line naming a head's
    title of one body or state."""
    text = ctx.doc.text
    for i, item in enumerate(ctx.m.items):
        if item.type != "Person" or not _name_line(ctx, i):
            continue
        office = _office(ctx, _next_line(text, line_bounds(text, item.start)[1]))
        person, tok = ctx.m.root(i), ctx.m.root(office) if office is not None else None
        if person is not None and office is not None and tok is not None:
            ctx.emit("leads", [(person, Argument(i))], [(tok, Argument(office))], "address block", person)


def _next_line(text: str, end: int) -> int:
    """The start of the line after the one ending at `end`, past one blank line (a page taken from the web sets
    each line of a block apart); the text's end when there is none."""
    start = min(end + 1, len(text))
    _, stop = line_bounds(text, start)
    if start < len(text) and not text[start:stop].strip():
        start = min(stop + 1, len(text))
    return start


def _name_line(ctx: Context, i: int) -> bool:
    """The person's line holds only the name, after an honorific of address if any, and a closing comma."""
    text, item = ctx.doc.text, ctx.m.items[i]
    start, end = line_bounds(text, item.start)
    before = " ".join(text[start : item.start].lower().split())
    after = text[item.end : end].strip()
    return item.end <= end and (not before or before in ctx.lex.address_honorifics) and after in ("", ",")


def _office(ctx: Context, start: int) -> int | None:
    """The body or state the office line at `start` names after a head's title; None for any other line."""
    text = ctx.doc.text
    if start >= len(text):
        return None
    _, end = line_bounds(text, start)
    line = text[start:end].rstrip()
    lead = len(line) - len(line.lstrip())
    match = _OFFICE.match(line, lead)
    if match is None:
        return None
    named = [j for j in ctx.m.before(end) if ctx.m.items[j].start >= start]
    if len(named) != 1 or ctx.m.items[named[0]].start != start + match.end():
        return None
    j = named[0]
    if ctx.m.items[j].end != start + len(line.rstrip(".,;")):
        return None
    return j if _heads(ctx, match.group("title"), ctx.m.type(j)) else None


def _heads(ctx: Context, title: str, kind: str) -> bool:
    """The title makes its holder the head of a body (`lead_titles`) or of a state (`state_titles`, or a title with
    its first word: "Prime Minister"), with no deputy's, past holder's or rank's word before it."""
    words = [w.lower() for w in title.split()]
    blocking = ctx.lex.deputy_modifiers | ctx.lex.subordinate_title_modifiers | ctx.lex.past_holder_modifiers
    if any(w in blocking | ctx.lex.rank_title_modifiers for w in words[:-1]):
        return False
    last = words[-1]
    if kind == _AGENCY:
        return last in ctx.lex.lead_titles
    if kind == _STATE:
        first_words = ctx.lex.state_title_modifiers.get(last, frozenset())
        return last in ctx.lex.state_titles or (len(words) > 1 and words[-2] in first_words)
    return False
