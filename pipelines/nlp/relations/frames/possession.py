"""The possessor of a name: "India's Ministry of Electronics and Information Technology (MeitY)" is India's even
where the parse reads the name as two phrases and hangs the possessor on a word inside it ("Ministry", made a
modifier of "Technology") rather than on the word it takes for the name's head. English puts the possessor of a
noun phrase before the whole phrase, so a possessor placed right before a name is the name's."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context


def inner_possessors(ctx: Context, tok: Token) -> list[Token]:
    """The possessors, before the mention the token heads, of the other words of that mention (the ones on the
    token itself are the caller's): a possessor "'s" that ends right where the name begins."""
    i = ctx.m.at(tok)
    span = ctx.m.spans[i] if i is not None else None
    if span is None:
        return []
    return [
        c
        for t in span
        if t != tok
        for c in t.children
        if c.dep_ == "poss" and c.i < span.start and _ends_before(c, span.start)
    ]


def _ends_before(owner: Token, start: int) -> bool:
    """The possessor's phrase ends, with its "'s", right before the name."""
    last = owner.doc[owner.right_edge.i]
    return owner.right_edge.i == start - 1 and last.tag_ == "POS"
