"""The head of a rule published in a government's register (the Federal Register's layout): the rule's title, then
an "AGENCY:" field naming the body that issues it and an "ACTION:" field saying what the document is ("Final rule.",
"Proposed rule."). The body in the agency field issues the rule titled right above it (enacts): a final rule is
made, a proposed rule only proposed; any other action (a notice, a request for comments) makes no rule.

The agency field names the issuing body first, then what it is part of ("Bureau of Industry and Security,
Department of Commerce."): only that first body, unless the field lists bodies with "and" ("Department of Defense,
General Services Administration, and NASA."), which issue the rule together. The words are the register block of
`patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW, agent_types

#: how far a field's value may run, in tokens
_FIELD_TOKENS = 40


def register_head(ctx: Context) -> None:
    """enacts: the body of an "AGENCY:" field, of the rule titled on the line right above it, as its "ACTION:"
    field says (a final rule: stated; a proposed rule: proposed)."""
    doc, lex = ctx.doc, ctx.lex
    for i, tok in enumerate(doc[:-1]):
        if tok.lower_ not in lex.register_agency_labels or doc[i + 1].text != ":" or not tok.is_upper:
            continue
        title = _title_above(ctx, doc, i)
        agency = _value(doc, i + 2, lex.register_action_labels)
        if title is None or agency is None or agency.end + 2 > len(doc):
            continue
        action = _value(doc, agency.end + 2, frozenset())
        modality = _action_modality(action, ctx) if action is not None else None
        if modality is None:
            continue
        heads = ctx.args(_issuers(ctx, agency), agent_types(ctx, "enacts"), expand=False)
        laws = ctx.args([title.root], LAW, expand=False)
        ctx.emit("enacts", heads, laws, "register-head", tok, modality=modality or None)


def _title_above(ctx: Context, doc: Doc, label: int) -> Span | None:
    """The law whose name ends right before the label, with only the line break between (the rule's title)."""
    end = label
    while end > 0 and doc[end - 1].is_space:
        end -= 1
    if end == label or end == 0:
        return None
    index = ctx.m.at(doc[end - 1])
    span = ctx.m.spans[index] if index is not None else None
    if span is None or ctx.m.type(index) != "Law" or span.end != end:
        return None
    return span


def _value(doc: Doc, start: int, next_labels: frozenset[str]) -> Span | None:
    """A field's value: from `start` to the next field's label (one of `next_labels`, in capitals, before a colon)
    or, without one, to the full stop that ends it."""
    stop = min(len(doc), start + _FIELD_TOKENS)
    for j in range(start, stop):
        t = doc[j]
        if next_labels and t.lower_ in next_labels and t.is_upper and j + 1 < len(doc) and doc[j + 1].text == ":":
            return doc[start:j]
        if not next_labels and t.text == ".":
            return doc[start:j]
    return None


def _action_modality(action: Span, ctx: Context) -> str | None:
    """ "Final rule" -> "" (stated), "Proposed rule" -> "proposed", anything else (a notice) -> None."""
    words = {t.lower_ for t in action}
    if not words & ctx.lex.register_rule_nouns:
        return None
    return "proposed" if words & ctx.lex.proposed_modifiers else ""


def _issuers(ctx: Context, agency: Span) -> list:
    """The bodies named in the agency field: the first, or all of them when the field lists them with "and"."""
    firsts = []
    for t in agency:
        index = ctx.m.at(t)
        if index is None or ctx.m.abbreviates(index) is not None:
            continue
        span = ctx.m.spans[index]
        if span is not None and span.start == t.i:
            firsts.append(t)
    if any(t.lower_ == "and" for t in agency if ctx.m.at(t) is None):
        return firsts
    return firsts[:1]
