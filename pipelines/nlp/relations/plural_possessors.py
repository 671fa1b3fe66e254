"""The possessor a name ending in "s" marks with an apostrophe alone: English writes the possessive of "the United
States", "the Philippines" or "the Netherlands" as "the United States' Department of Commerce", and a curly
apostrophe ("the United States’ National Institute of Standards and Technology") is the same mark, though the
parse reads it as a closing quotation mark and hangs the name apart from the body after it. A state's name ending
in "s", the apostrophe glued to it and the body's name right after is the state's body, unless a single quotation
mark opened before it in the sentence is still open (then the apostrophe closes that quotation)."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context

#: the apostrophes that mark a possessive after a final "s"
_APOSTROPHES = frozenset({"'", "’"})
#: the single quotation marks that open a quotation the same character would close
_OPENING = "‘"


def apostrophe_possessors(ctx: Context, tok: Token) -> list[Token]:
    """The state named right before the mention the token heads, when only an apostrophe glued to its final "s"
    stands between (the parse did not read it as a possessive's "POS")."""
    i = ctx.m.at(tok)
    span = ctx.m.spans[i] if i is not None else None
    if span is None or span.start < 2:
        return []
    mark, owner = ctx.doc[span.start - 1], ctx.doc[span.start - 2]
    if mark.text not in _APOSTROPHES or mark.tag_ == "POS" or owner.whitespace_ or not owner.lower_.endswith("s"):
        return []
    j = ctx.m.at(owner)
    state = ctx.m.spans[j] if j is not None and ctx.m.type(j) == "State" else None
    if state is None or state.end != mark.i or _open_quotation(mark):
        return []
    return [state.root]


def _open_quotation(mark: Token) -> bool:
    """A single quotation mark opened earlier in the sentence is not closed before the apostrophe."""
    before = mark.doc.text[mark.sent.start_char : mark.idx]
    return before.count(_OPENING) > before.count("’")
