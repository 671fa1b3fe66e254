"""The possessor of a name: "India's Ministry of Electronics and Information Technology (MeitY)" is India's even
where the parse reads the name as two phrases and hangs the possessor on a word inside it ("Ministry", made a
modifier of "Technology") rather than on the word it takes for the name's head. English puts the possessor of a
noun phrase before the whole phrase, so a possessor placed right before a name is the name's."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context

_NEGATIONS = frozenset({"not", "never"})


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
        if c.dep_ == "poss" and c.i < span.start and ends_before(c, span.start)
    ]


def ends_before(owner: Token, start: int) -> bool:
    """The possessor's phrase ends, with its "'s", right before the name."""
    last = owner.doc[owner.right_edge.i]
    return owner.right_edge.i == start - 1 and last.tag_ == "POS"


def trailing_appositions(ctx: Context, tok: Token) -> list[Token]:
    """ "The Office of the Data Protection Commissioner, Kenya's data regulator, ...": an apposition set right after
    a name belongs to the whole name, though the parse may hang it on the name's last word (not the token, the word
    it takes for the name's head)."""
    i = ctx.m.at(tok)
    span = ctx.m.spans[i] if i is not None else None
    if span is None:
        return []
    return [c for t in span if t != tok for c in t.children if c.dep_ == "appos" and c.i >= span.end]


def shared_possessors(ctx: Context, tok: Token) -> list[Token]:
    """ "Vietnam's Ministry of Public Security and Ministry of Information and Communications": a possessor before
    coordinated names with no determiner or possessor of their own is the possessor of each of them."""
    if tok.dep_ != "conj" or any(c.dep_ in ("det", "poss") for c in tok.children):
        return []
    first = tok
    while first.dep_ == "conj":
        first = first.head
    if ctx.m.at(first) is None or first.i > tok.i:
        return []
    return [c for c in first.children if c.dep_ == "poss"] + inner_possessors(ctx, first)


def through_government(ctx: Context, tokens: list[Token]) -> list[Token]:
    """ "an agency of the United States government", "a body of the government of Kenya", "Kenya's government": a
    noun of government (`government_nouns`) that is no name itself stands for the state that names it (its
    modifier, possessor or "of" phrase)."""
    out: list[Token] = []
    for t in tokens:
        if t.lemma_.lower() not in ctx.lex.government_nouns or ctx.m.at(t) is not None:
            continue
        out += [c for c in t.children if c.dep_ in ("compound", "poss", "nmod") and c.i < t.i]
        out += [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return out


def denied_noun(noun: Token) -> bool:
    """ "The FTC, not an agency of the United States, ...": an apposition negated by "not" (or "never") before its
    noun phrase, however the parse hangs the negation, says the noun is not what it names."""
    start = noun.left_edge.i
    before = noun.doc[start - 1] if start > 0 else None
    return any(c.dep_ == "neg" for c in noun.children) or (before is not None and before.lower_ in _NEGATIONS)
