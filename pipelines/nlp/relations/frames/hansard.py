"""The mover of a bill's reading in a parliamentary record (supports): in Hansard (Westminster, and the parliaments
that keep its forms), a debate is printed under the bill's title as its heading, each speech under a line naming the
speaker ("Paul Scully Portrait The Minister for Tech and the Digital Economy (Paul Scully)"), and the minister or
member in charge of a bill opens its second or third reading by moving the motion "I beg to move, That the Bill be
now read a Second time." Who moves that a bill be read is its advocate in the House: the speaker named right before
the motion supports the bill the debate's heading names.

Only the plain motion: a reasoned amendment that kills the bill ("That the Bill be now read a Second time upon this
day six months", "That this House declines to give the Bill a Second Reading") or anyone else's words about the
motion ("Question put, That the Bill ...") move nothing. The bill is the last heading line before the motion that is
a bill's name and nothing else; without one (an excerpt with no heading) no relation is read."""

from __future__ import annotations

import re

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument

#: the motion for a bill's reading, ending at "time." (a "upon this day six months" after it kills the bill)
_MOTION = re.compile(
    r"\bI beg to move,?\s+that\s+(?:the|this)\s+Bill\s+(?:be\s+)?(?:now\s+)?(?:be\s+)?read\s+a\s+(?:second|third)\s+"
    r"time\s*\.",
    re.IGNORECASE,
)
#: how far before the motion (in characters) the speaker's line may begin: the name, the title, the Hansard marks
_SPEAKER_REACH = 300


def moved_readings(ctx: Context) -> None:
    """supports: each speaker who moves a bill's reading, toward the bill of the debate's heading."""
    text = ctx.doc.text
    for match in _MOTION.finditer(text):
        bill = _heading_bill(ctx, match.start())
        speaker = _speaker(ctx, match.start())
        if bill is None or speaker is None:
            continue
        pred = ctx.doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
        if pred is None:
            continue
        person, law = ctx.m.root(speaker), ctx.m.root(bill)
        if person is None or law is None:
            continue
        ctx.emit("supports", [(person, Argument(speaker))], [(law, Argument(bill))], "moved-reading", pred[0])


def _speaker(ctx: Context, offset: int) -> int | None:
    """The person named last before the motion, within the speaker's line and its marks."""
    people = [i for i in ctx.m.before(offset) if ctx.m.type(i) == "Person" and ctx.m.spans[i] is not None]
    if not people or offset - ctx.m.items[people[-1]].end > _SPEAKER_REACH:
        return None
    between = ctx.doc.text[ctx.m.items[people[-1]].end : offset]
    if re.search(r"[.!?]\s", between.replace("Hon.", "Hon").replace("Rt.", "Rt")):
        return None  # a sentence of a speech lies between: the name is not the speaker's line
    return people[-1]


def _heading_bill(ctx: Context, offset: int) -> int | None:
    """The last Law mention before the motion that is a line of its own and names a bill."""
    text = ctx.doc.text
    for i in reversed(ctx.m.before(offset)):
        item = ctx.m.items[i]
        if item.type != "Law" or ctx.m.spans[i] is None or not re.search(r"\bBill\b", item.text):
            continue
        start = text.rfind("\n", 0, item.start) + 1
        end = text.find("\n", item.end)
        line = text[start : end if end != -1 else len(text)]
        if line.strip() == item.text.strip():
            return i
    return None
