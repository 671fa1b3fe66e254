"""The act an enacting formula opens when no printer's note names it, and the legislature of a monarchy's formula.

A statute printed on its own opens with its title on a line of its own, then its long title and the enacting
formula: "Electronic Communications and Transactions Act, 2002\\nNo. 25 of 2002 ... BE IT ENACTED by the Parliament
of the Republic of South Africa, as follows:". The formula makes law the text it opens, and that text is the act the
heading names (`heading_act`). A text that calls itself a bill before its formula ("A BILL", "The text of the bill
is as follows:", "Bill No. 24/2012") is not law yet: its formula says what a legislature would enact, so no act is
taken from its heading.

The formula of a monarchy names the sovereign after "by", and the houses that consent: "BE IT ENACTED by the Queen's
most Excellent Majesty, by and with the advice and consent of the Lords Spiritual and Temporal, and Commons, in this
present Parliament assembled". When "by" names no body, the legislature is the body the formula says is assembled
(`assembled_legislature`); when it names one ("by the Senate and House of Representatives of the United States of
America in Congress assembled"), the named bodies enact and "in Congress assembled" only says where they sit."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import agent_types
from pipelines.nlp.relations.mentions import Argument

#: words between "in" and the assembled body's name ("in this present Parliament assembled")
_ASSEMBLY_WORDS = frozenset({"this", "the", "present"})


def heading_act(ctx: Context, formula_at: int) -> int | None:
    """The law named alone on the document's first line, when the text before the formula (at `formula_at`) never
    calls itself a bill (`bill_nouns`)."""
    text = ctx.doc.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if start >= formula_at or _calls_itself_bill(ctx, text[:formula_at]):
        return None
    found = [i for i in ctx.m.before(end) if ctx.m.items[i].start == start]
    if len(found) != 1:
        return None
    i = found[0]
    whole_line = not text[ctx.m.items[i].end : end].strip()
    return i if whole_line and ctx.m.type(i) == "Law" and ctx.m.spans[i] is not None else None


def _calls_itself_bill(ctx: Context, before: str) -> bool:
    """Whether a noun of a bill is written anywhere in the text before the formula."""
    words = "|".join(re.escape(w) for w in sorted(ctx.lex.bill_nouns))
    return re.search(rf"\b(?:{words})s?\b", before, re.IGNORECASE) is not None


def assembled_legislature(ctx: Context, verb: Token, end: int) -> list[tuple[Token, Argument]]:
    """The body before "assembled" in the formula (from `verb` to the offset `end`): "in this present Parliament
    assembled" -> Parliament; a determiner or "present" may stand between "in" and the name."""
    doc = verb.doc
    assembled = next((t for t in doc[verb.i :] if t.idx >= end or t.lower_ == "assembled"), None)
    if assembled is None or assembled.lower_ != "assembled" or assembled.i < 1:
        return []
    last = doc[assembled.i - 1]
    i = ctx.m.at(last)
    span = ctx.m.spans[i] if i is not None else None
    if span is None or span.end != assembled.i:
        return []
    j = span.start - 1
    while j > verb.i and doc[j].lower_ in _ASSEMBLY_WORDS:
        j -= 1
    if doc[j].lower_ != "in":
        return []
    return ctx.args([span.root], agent_types(ctx, "enacts"), expand=False)
