"""Membership said by a noun of membership before a state's name, as a title is said before a person's: "EU member
Poland", "fellow EU member state Estonia", "OECD member Chile". The noun of membership (`member_nouns`) compounded
on the state's name, with the organisation's name before it, makes the state a member of that organisation."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context


def member_before_name(ctx: Context, noun: Token) -> None:
    """ "EU member Poland" (or "EU member state Poland", the noun of membership then on "state"): the state the
    noun phrase is a modifier of is a member of the organisation named in that modifier."""
    if noun.dep_ != "compound" or ctx.m.at(noun) is not None:
        return
    named = noun.head
    if named.lower_ in ctx.lex.member_state_nouns and named.dep_ == "compound" and ctx.m.at(named) is None:
        named = named.head  # "EU member state Poland"
    if named.i < noun.i or ctx.m.at(named) is None:
        return
    if any(t.lower_ in ctx.lex.non_member_prefixes for t in ctx.doc[noun.left_edge.i : noun.i]):
        return  # "non-EU member Norway", "non-member": not a member
    rel = ctx.vocab.relation("memberOf")
    orgs = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    ctx.emit("memberOf", ctx.args([named], rel.heads, expand=False), ctx.args(orgs, rel.tails), "modifier", noun)
