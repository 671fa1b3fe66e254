"""A body's short name in brackets right after its full name is another name of the same body, not a phrase of its
own: "the National Telecommunications Commission (NTC) in the Philippines", "the Communications Regulatory Authority
(CRA) of Botswana". English introduces the short name between the name and the name's own modifiers, and a
phrase after the closing bracket still modifies the full name (the parse hangs it there). So a reader looking for
what follows a body's name looks past its bracketed short name: the bracket holds one mention of the body's own
type and nothing else. A short name made of the initials of only the last words of a longer name abbreviates the
inner body those words name ("the Second Chamber of the Supreme Court of Justice of the Nation (SCJN) in Mexico":
SCJN is the court's, and the "in" phrase is the court's, not the chamber's)."""

from __future__ import annotations

from spacy.tokens import Span

from pipelines.nlp.relations.candidates import Context


def name_end(ctx: Context, span: Span, type_: str = "Agency") -> int:
    """The index of the first token after the body's name and, when one follows at once, its bracketed short name
    (one mention of the same type, alone between the brackets)."""
    doc = ctx.doc
    k = span.end
    if k + 2 >= len(doc) or doc[k].text != "(":
        return k
    i = ctx.m.at(doc[k + 1])
    inner = ctx.m.spans[i] if i is not None else None
    if i is None or inner is None or inner.start != k + 1 or ctx.m.type(i) != type_:
        return k
    if inner.end >= len(doc) or doc[inner.end].text != ")" or _abbreviates_inner_name(span, inner):
        return k
    return inner.end + 1


def _abbreviates_inner_name(name: Span, short: Span) -> bool:
    """The short name spells the initials of the name's last capitalised words, not of all of them."""
    initials = "".join(t.text[0] for t in name if t.text[:1].isupper()).upper()
    letters = "".join(c for c in short.text if c.isalpha()).upper()
    return len(letters) < len(initials) and initials.endswith(letters)
