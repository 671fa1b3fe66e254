"""What a law rules on, said by a bulleted list after a colon (regulates).

"The Act covers the following data:\\n- health data\\n- financial data": a clause of a verb of ruling that ends in a
colon at the end of its line announces a list; the bulleted (or numbered) lines that follow it are what the verb's
object stands for, so the law rules on the data types they name.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import is_passive, subjects

#: a numbered item: "1.", "(a)", "b)", "iv."
_NUMBERED = re.compile(r"\(?[0-9ivxa-h]{1,4}[.)]\s")


def bulleted_data(ctx: Context, verb: Token) -> None:
    """ "The Health Records Act applies to:\\n• patient records;\\n• genetic data": a law whose verb of ruling
    (active, with the law as its subject) ends its clause with a colon at the end of a line rules on the data types
    of the bulleted lines right after it (until the first line that is no item)."""
    if not any(f.relation == "regulates" for f in ctx.lex.frames_for(verb.lemma_.lower())) or is_passive(verb):
        return
    colon = _closing_colon(verb)
    if colon is None:
        return
    heads = ctx.args(subjects(verb), LAW, pred=verb)
    if heads:
        ctx.emit("regulates", heads, _item_data(ctx, colon.idx + 1), "bullet-list", verb)


def _closing_colon(verb: Token) -> Token | None:
    """The colon that closes the verb's clause: every word between the verb and it is in the verb's phrase, and
    nothing but space follows it on its line."""
    doc = verb.doc
    inside = {t.i for t in verb.subtree}
    for tok in doc[verb.i + 1 : verb.sent.end + 1]:
        if tok.text == ":":
            rest = doc.text[tok.idx + 1 :].split("\n", 1)
            return tok if len(rest) == 2 and not rest[0].strip() else None
        if tok.i not in inside or tok.text in (".", ";", "\n"):
            return None
    return None


def is_list_item(ctx: Context, line: str) -> bool:
    """Whether a stripped line is a list item: it opens with a bullet (`list_bullets`) or a number."""
    return bool(line) and (line[0] in ctx.lex.list_bullets or bool(_NUMBERED.match(line + " ")))


def _item_data(ctx: Context, start: int) -> list[tuple[Token, Argument]]:
    """The data types named on the item lines from character `start` on: lines that open with a bullet
    (`list_bullets`) or a number, blank lines between them skipped."""
    text = ctx.doc.text
    ranges = []
    pos = text.find("\n", start) + 1
    while 0 < pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        if line:
            if not is_list_item(ctx, line):
                break
            ranges.append((pos, end))
        pos = end + 1
    out = []
    for i, m in enumerate(ctx.m.items):
        span = ctx.m.spans[i]
        if span is not None and m.type == "DataType" and any(a <= m.start and m.end <= b for a, b in ranges):
            out.append((span.root, Argument(i)))
    return out
