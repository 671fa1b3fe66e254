"""Heads said by an infobox's bulleted executives (leads): an agency's infobox copied from a web page puts a field's
label on a line of its own and its values on the lines under it, one a bullet, each a person's name, a comma and
the title held ("Agency executives / • Jane Roe, Chief Executive / • John Doe, Chief Technology Officer"). The
name may carry its honorific, as a list of officers writes it ("• Dr. Jane Roe, Director General";
`address_honorifics`), and a copy that lost the list's line breaks runs the next item on after the title ("• Dr.
Jane Roe, Director General Dr. John Doe, Director Cyber Security"): the title ends where the next person's name
(and its honorific) begins. The table is about the body captioned above its "Agency overview" heading
(`fields.overview_body`), and runs to the first blank line. A person whose title makes them the head of a body
(`roster_head_titles`, `executive_head_titles`: "Chairperson", "(Chairman & CEO)", "Chief Executive", "Director
General") leads that body, under whatever label. A deputy ("Vice Chairperson": `deputy_modifiers`,
`subordinate_title_modifiers`), another officer ("Chief Technology Officer", a ministry's "Permanent Secretary", a
minister over the body) or the head of a body the title names ("Director General of the X Agency") does not."""

from __future__ import annotations

import re

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.fields import overview_body
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.textview import line_bounds

#: a bulleted line's bullet
_BULLETS = frozenset("•-*")
#: what follows the person's name on a bulleted line: a comma, then the title (in parentheses or not) to the end
_TITLE = re.compile(r"\s*,\s*\(?\s*([A-Za-z][A-Za-z .&/-]*?)\s*\)?\s*")
#: the words that join two titles held together ("Chairman & CEO")
_JOINED_TITLES = re.compile(r"\s*(?:&|/|\band\b)\s*")


def listed_executives(ctx: Context) -> None:
    """leads: each bulleted person of an agency's infobox whose title says they head the body."""
    text = ctx.doc.text
    for i, item in enumerate(ctx.m.items):
        if item.type != "Person":
            continue
        start, end = line_bounds(text, item.start)
        if not _bulleted(ctx, text[start : item.start]):
            continue
        title = _TITLE.fullmatch(_own_title(ctx, i, end))
        if title is None or not _in_infobox(ctx, start) or not _heads(ctx, title.group(1)):
            continue
        tok = ctx.m.root(i)
        body = overview_body(ctx, tok) if tok is not None else None
        body_tok = ctx.m.root(body) if body is not None else None
        if tok is not None and body is not None and body_tok is not None:
            ctx.emit("leads", [(tok, Argument(i))], [(body_tok, Argument(body))], "field", tok)


def _bulleted(ctx: Context, before: str) -> bool:
    """What precedes the name on its line is a bullet, and at most the name's honorific after it ("• Dr.")."""
    rest = before.strip()
    if not rest or rest[0] not in _BULLETS:
        return False
    honorific = rest[1:].strip().lower()
    return not honorific or honorific in ctx.lex.address_honorifics


def _own_title(ctx: Context, i: int, end: int) -> str:
    """The text after the i-th mention up to the end of its line, or up to the next person named on the line (less
    that name's honorific): "Director General" in "X, Director General Dr. Y, Director Cyber Security"."""
    items, text = ctx.m.items, ctx.doc.text
    start = items[i].end
    nxt = next((it.start for it in items[i + 1 :] if it.type == "Person" and start <= it.start < end), end)
    own = text[start:nxt]
    if nxt < end:
        words = own.rstrip().rsplit(None, 1)
        if len(words) == 2 and words[1].lower() in ctx.lex.address_honorifics:
            own = words[0]
    return own


def _in_infobox(ctx: Context, start: int) -> bool:
    """The line is in the block of lines an infobox's heading ("Agency overview") opens: no blank line between."""
    text = ctx.doc.text
    heading = max(text.rfind(f"\n{h.capitalize()}", 0, start) for h in ctx.lex.overview_headings)
    return heading >= 0 and "\n\n" not in text[heading + 1 : start]


def _heads(ctx: Context, title: str) -> bool:
    """The title (or one of two held together: "Chairman & CEO") makes its holder the body's head, and no word of
    it makes the holder a deputy."""
    parts = [p.lower().split() for p in _JOINED_TITLES.split(title) if p.strip()]
    blocking = ctx.lex.deputy_modifiers | ctx.lex.subordinate_title_modifiers
    if any(w in blocking for p in parts for w in p):
        return False
    heads = ctx.lex.roster_head_titles
    return any(p[-1] in heads or " ".join(p) in ctx.lex.executive_head_titles for p in parts)
