"""The possessor of a noun that a body's name modifies owns the body: English puts a state's possessive before a
whole noun phrase, so in "Iran's Cyber Police (FATA) unit" or "Russia's FSB officers" the "'s" hangs on "unit" or
"officers", the head the body's name modifies, and the unit and the officers are the state's because the body is.
Only a noun of a body's own units or staff (`body_staff_nouns`) says so: "France's FCC equivalent" or "Kenya's FTC
counterpart" name a likeness, and "America's NSA program" a doing, not a part. The name's short name in brackets
may stand between the name and the noun."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.possession import ends_before

#: the dependency labels of a name that modifies the noun after it
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def modified_noun_possessors(ctx: Context, tok: Token) -> list[Token]:
    """The possessors, ending right before the mention the token heads, of the staff or unit noun that mention
    modifies ("Iran's Cyber Police (FATA) unit": "Iran")."""
    i = ctx.m.at(tok)
    span = ctx.m.spans[i] if i is not None else None
    if span is None or tok.dep_ not in _MODIFIER_DEPS:
        return []
    noun = tok.head
    if not _staff_noun_after(ctx, span, noun):
        return []
    return [c for c in noun.children if c.dep_ == "poss" and c.i < span.start and ends_before(c, span.start)]


def _staff_noun_after(ctx: Context, span: Span, noun: Token) -> bool:
    """The noun is a lower-case noun of a body's units or staff right after the name, or after the name's short
    name in brackets."""
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.lemma_.lower() not in ctx.lex.body_staff_nouns:
        return False
    between = ctx.doc[span.end : noun.i]
    return len(between) == 0 or _bracketed_name(between)


def _bracketed_name(tokens: Span) -> bool:
    """ "(FATA)": one word in round brackets."""
    return len(tokens) == 3 and tokens[0].text == "(" and tokens[2].text == ")" and tokens[1].is_alpha
