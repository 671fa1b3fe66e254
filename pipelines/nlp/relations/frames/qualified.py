"""A body named before a noun of states qualifies another name when one stands between them: in "the three EEA EFTA
states (Iceland, Liechtenstein and Norway)" the states are EFTA's (those of it in the EEA); "EEA" says which of
EFTA's states are meant, not whose members they are. The name of the organisation whose members a noun of states
names is the one next to the noun (after it only member words, numbers and lower-case modifiers: "EU Member
States", "the 27 EU states")."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context


def qualifies_other_name(ctx: Context, org: Token, noun: Token) -> bool:
    """True when a capitalised word other than a member word (outside any mention, or another name the text
    recognised) stands between the organisation's mention (`org` one of its tokens) and the noun it modifies: the
    organisation then qualifies that other name."""
    i = ctx.m.at(org)
    span = ctx.m.spans[i] if i is not None else None
    if span is None or span.end > noun.i:
        return False
    between = ctx.doc[span.end : noun.i]
    return any(t.text[:1].isupper() and t.lemma_.lower() not in ctx.lex.member_nouns for t in between)
