"""Offices said by a roster under a body's name (leads): the masthead of a report, the front matter of an agency's
publication or a letterhead lists the body's name on a line of its own and under it its officers, one a line, each
name followed by the title held in that body ("Federal Trade Commission / JANE ROE Chairman / JOHN DOE
Commissioner"). A title that makes its holder the head of the body (`roster_head_titles`: a chairman or chair, an
administrator, a president) says the person leads the body of the heading; a member's title (commissioner,
governor, member) or an officer's (secretary) does not, nor a deputy's ("Vice Chairman": `deputy_modifiers`,
`subordinate_title_modifiers`). A line that names a unit of its own ("Jane Roe Director, Bureau of Fair
Trade") is read by `titled_names`, and ends the heading's roster: the lines under it belong to that unit. Text taken
from a laid-out page may lose the roster's line breaks ("JANE ROE Chairman JOHN DOE Commissioner"): a line that is
wholly such entries is read entry by entry."""

from __future__ import annotations

import re

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.textview import line_bounds

#: a roster entry's title: up to four words after the name, an optional comma before them
_TITLE = re.compile(r"\s*,?\s*((?:[A-Za-z][A-Za-z.-]*\s+){0,3}[A-Za-z][A-Za-z-]*)\s*,?\s*")


def roster_heads(ctx: Context) -> None:
    """leads: each roster entry "NAME TITLE" with a head's title under a heading line that is a body's name."""
    text = ctx.doc.text
    done: set[int] = set()
    for item in ctx.m.items:
        start, end = line_bounds(text, item.start)
        if item.type != "Person" or start in done:
            continue
        done.add(start)
        entries = _entries(ctx, start, end)
        heads = [(p, t) for p, t in entries or [] if _head_title(ctx, t)]
        body = _heading(ctx, start) if heads else None
        body_tok = ctx.m.root(body) if body is not None else None
        for person, _ in heads:
            tok = ctx.m.root(person)
            if tok is not None and body is not None and body_tok is not None:
                ctx.emit("leads", [(tok, Argument(person))], [(body_tok, Argument(body))], "roster", tok)


def _entries(ctx: Context, start: int, end: int) -> list[tuple[int, str]] | None:
    """The roster entries of the line, each a person's name and the title after it ("JANE ROE Chairman", run
    together with the next entry when a layout lost its line breaks: "JANE ROE Chairman JOHN DOE Commissioner");
    None when the line is anything else."""
    text = ctx.doc.text
    people = [i for i in ctx.m.before(end) if ctx.m.items[i].start >= start]
    if (
        not people
        or any(ctx.m.type(i) != "Person" for i in people)
        or text[start : ctx.m.items[people[0]].start].strip()
    ):
        return None
    out = []
    for n, i in enumerate(people):
        stop = ctx.m.items[people[n + 1]].start if n + 1 < len(people) else end
        title = _TITLE.fullmatch(text[ctx.m.items[i].end : stop])
        if title is None:
            return None
        out.append((i, title.group(1)))
    return out


def _head_title(ctx: Context, title: str) -> bool:
    """The title's last word is a head's title and no word before it makes the holder a deputy."""
    words = [w.lower().rstrip(".") for w in title.split()]
    blocking = ctx.lex.deputy_modifiers | ctx.lex.subordinate_title_modifiers | ctx.lex.past_holder_modifiers
    blocking |= ctx.lex.rank_title_modifiers
    return words[-1] in ctx.lex.roster_head_titles and not any(w in blocking for w in words[:-1])


def _heading(ctx: Context, line_start: int) -> int | None:
    """The body named by a heading line above the roster line, across blank lines and the roster's other lines;
    None when another kind of line comes first."""
    text = ctx.doc.text
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            named = [i for i in ctx.m.before(end) if ctx.m.items[i].start >= start and ctx.m.spans[i] is not None]
            if len(named) == 1 and ctx.m.items[named[0]].text.strip() == line:
                return named[0] if ctx.m.type(named[0]) == "Agency" else None
            if _entries(ctx, start, end) is None:
                return None  # prose, or a line naming a unit of its own
        end = start - 1
    return None
