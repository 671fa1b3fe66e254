"""Who made a rule, said by the layout of a government register's notice (enacts): a rule published in the U.S.
Federal Register (and registers laid out like it) opens with the rule's title on a line of its own and under it the
fields "AGENCY: Federal Trade Commission." and "ACTION: Final rule." (label and value on one line, or the value on
the next line). The agency field names the body that issues the rule, so it enacts the law the title line names,
when the action field says the rule is made (`register_final_actions`); a proposed rule is only proposed
(`register_proposed_actions`), and any other action (a notice, a request for comments) makes no rule. The title is
the last line above the agency field, when that line is wholly one name of a law; a title the notice does not name
as a law says nothing. The field's first name is the body that issues the rule ("Bureau of Industry and Security,
Department of Commerce.": after the comma, the department it belongs to); when a clause of the notice already says
that body made the rule ("This final rule, published by the Bureau ..."), the clause is the evidence. The labels are in
`patterns/relations.yaml`."""

from __future__ import annotations

import re

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.fields import value_names
from pipelines.nlp.relations.mentions import Argument

#: a field of the notice: a label in capitals or title case, a colon, the value (empty when it is on the next line)
_FIELD = re.compile(r"^[ \t]*([A-Za-z][A-Za-z ]{0,30}?)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
#: how many fields after the agency field may come before the action field
_ACTION_WINDOW = 3
_LAW = frozenset({"Law"})


def register_rules(ctx: Context) -> None:
    """enacts: the agency an "AGENCY:" field names, of the rule the line above it names, made by a final rule."""
    text = ctx.doc.text
    fields = list(_FIELD.finditer(text))
    for n, field in enumerate(fields):
        if field.group(1).lower() not in ctx.lex.register_agency_fields:
            continue
        modality = _action_modality(ctx, fields[n + 1 : n + 1 + _ACTION_WINDOW])
        law = _title_above(ctx, field.start())
        value = _value_span(text, field)
        if modality is None or law is None or value is None:
            continue
        span = ctx.doc.char_span(value[0], value[1], alignment_mode="expand")
        enactors = ctx.vocab.relation("enacts").heads
        # the value ends as a sentence does ("AGENCY: Federal Trade Commission.")
        tokens = [t for t in span or () if t.i < span.end - 1 or t.text != "."] if span is not None else []
        names = value_names(ctx, tokens, enactors)
        root = ctx.m.root(law)
        if not names or root is None or span is None:
            continue
        # the first name is the issuing body; a name after a comma is its department ("Bureau of X, Department of
        # Commerce."); a body the prose already says made the rule is said there
        heads = [h for h in ctx.args(names[:1], enactors, expand=False) if not enactment_said(ctx, h[1].mention, law)]
        laws = [(root, Argument(law))]
        ctx.emit("enacts", heads, laws, "field", span[0], modality="proposed" if modality == "proposed" else None)


def enactment_said(ctx: Context, agency: int, law: int) -> bool:
    """A candidate already found says the agency made the law (the same entities, whatever the mentions)."""
    pair = (ctx.m.entity(agency), ctx.m.entity(law))
    return any(c.type == "enacts" and (ctx.m.entity(c.head), ctx.m.entity(c.tail)) == pair for c in ctx.found)


def _action_modality(ctx: Context, fields: list[re.Match[str]]) -> str | None:
    """ "ACTION: Final rule." -> "stated", "ACTION: Proposed rule." -> "proposed", any other action (or none among
    the next fields) -> None."""
    for field in fields:
        if field.group(1).lower() != "action":
            continue
        value = _value_span(ctx.doc.text, field)
        if value is None:
            return None
        action = ctx.doc.text[value[0] : value[1]].lower().strip(" .")
        head = re.split(r"[;,(]", action)[0].strip(" .")
        if head in ctx.lex.register_proposed_actions:
            return "proposed"
        return "stated" if head in ctx.lex.register_final_actions else None
    return None


def _value_span(text: str, field: re.Match[str]) -> tuple[int, int] | None:
    """The offsets of the field's value: the rest of its line, or the next line that is not blank (unless that line
    is another field)."""
    if field.group(2):
        return field.start(2), field.end(2)
    pos = field.end()
    while pos < len(text):
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.strip():
            if _FIELD.fullmatch(line) is not None:
                return None
            lo = start + len(line) - len(line.lstrip())
            return lo, start + len(line.rstrip())
        pos = end
    return None


def _title_above(ctx: Context, offset: int) -> int | None:
    """The law that the last line above the offset (across blank lines) wholly names, if it does."""
    text = ctx.doc.text
    end = offset - 1
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
        end = text.rfind("\n", 0, end)
    start = text.rfind("\n", 0, max(end, 0)) + 1
    line = text[start:end]
    lo, hi = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
    for i in ctx.m.before(hi + 1):
        item = ctx.m.items[i]
        if item.start == lo and item.end == hi and ctx.m.type(i) in _LAW and ctx.m.spans[i] is not None:
            return i
    return None
