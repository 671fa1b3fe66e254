"""Offices said by a roster under a body's name (leads): the masthead of a report, the front matter of an agency's
publication or a letterhead lists the body's name on a line of its own and under it its officers, one a line, each
name followed by the title held in that body ("Federal Trade Commission / JANE ROE Chairman / JOHN DOE
Commissioner"). A title that makes its holder the head of the body (`roster_head_titles`: a chairman or chair, an
administrator, a president) says the person leads the body of the heading; a member's title (commissioner,
governor, member) or an officer's (secretary) does not, nor a deputy's ("Vice Chairman": `deputy_modifiers`,
`subordinate_title_modifiers`). A line that names a unit of its own ("Lydia Parnes Director, Bureau of Consumer
Protection") is read by `titled_names`, and ends the heading's roster: the lines under it belong to that unit."""

from __future__ import annotations

import re

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument

#: a roster line: the name, an optional comma, and the title, nothing after it
_TITLE_LINE = re.compile(r"\s*,?\s*((?:[A-Za-z][A-Za-z.-]*\s+){0,3}[A-Za-z][A-Za-z-]*)\s*$")


def roster_heads(ctx: Context) -> None:
    """leads: each line "NAME TITLE" with a head's title under a heading line that is a body's name."""
    text = ctx.doc.text
    for i, item in enumerate(ctx.m.items):
        if item.type != "Person" or ctx.m.spans[i] is None:
            continue
        start, end = _line_bounds(text, item.start)
        if text[start : item.start].strip():
            continue  # the name must begin its line
        title = _TITLE_LINE.fullmatch(text[item.end : end])
        if title is None or not _head_title(ctx, title.group(1)):
            continue
        body = _heading(ctx, start)
        if body is None:
            continue
        person, body_tok = ctx.m.root(i), ctx.m.root(body)
        if person is None or body_tok is None:
            continue
        ctx.emit("leads", [(person, Argument(i))], [(body_tok, Argument(body))], "roster", person)


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, end if end != -1 else len(text)


def _head_title(ctx: Context, title: str) -> bool:
    """The title's last word is a head's title and no word before it makes the holder a deputy."""
    words = [w.lower().rstrip(".") for w in title.split()]
    blocking = ctx.lex.deputy_modifiers | ctx.lex.subordinate_title_modifiers | ctx.lex.past_holder_modifiers
    return words[-1] in ctx.lex.roster_head_titles and not any(w in blocking for w in words[:-1])


def _heading(ctx: Context, line_start: int) -> int | None:
    """The body named by a heading line above the roster line, across blank lines and the roster's other lines (a
    name and a title); None when another kind of line comes first."""
    text = ctx.doc.text
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            named = [i for i in ctx.m.before(end) if ctx.m.items[i].start >= start and ctx.m.spans[i] is not None]
            if len(named) == 1 and ctx.m.items[named[0]].text.strip() == line:
                return named[0] if ctx.m.type(named[0]) == "Agency" else None
            if not _roster_line(ctx, named):
                return None  # prose, or a line naming a unit of its own
        end = start - 1
    return None


def _roster_line(ctx: Context, named: list[int]) -> bool:
    """The line is another of the roster's: a person's name at its start and a title after it, nothing else."""
    if not named or ctx.m.type(named[0]) != "Person":
        return False
    text = ctx.doc.text
    item = ctx.m.items[named[0]]
    start, end = _line_bounds(text, item.start)
    return not text[start : item.start].strip() and _TITLE_LINE.fullmatch(text[item.end : end]) is not None
