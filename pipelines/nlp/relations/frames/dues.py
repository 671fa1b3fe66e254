"""Membership said by what only a member owes (memberOf): "Peru's UPU membership dues", "Kenya's WTO membership fees
were paid", "its UNESCO membership contributions", "France's membership dues to UNESCO".

Dues, fees, contributions and assessments of membership are what an organisation's members pay it; a state whose
membership dues are spoken of (its arrears of them too) is a member of the organisation they are owed to, named as
a modifier of "membership" or after "to" or "of". A modifier that puts the membership in the past or the future
("former", "future", "prospective") or denies it ("non-member") makes no member; the clause's own attitude ("may
have to pay") qualifies the fact as everywhere. A bare "Ukraine's NATO membership" is not read: it is as often a
membership hoped for or opposed as one held. The words are `membership_dues_nouns` in `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.held_offices import noun_modifiers
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import prep_objects

_OWED_TO = frozenset({"to", "of"})


def membership_dues(ctx: Context, noun: Token) -> None:
    """ "Peru's UPU membership dues": the possessor of a phrase of membership dues is a member of the organisation
    the phrase names."""
    lex = ctx.lex
    if noun.dep_ != "compound" or ctx.m.at(noun) is not None:
        return
    chain = _phrase_above(noun)
    dues = [t for t in chain if t.lemma_.lower() in lex.membership_dues_nouns]
    if not dues:
        return
    unreal = lex.past_holder_modifiers | lex.future_holder_modifiers | lex.non_member_prefixes
    phrase = noun.doc[chain[-1].left_edge.i : chain[-1].i + 1]
    if any(t.lower_.rstrip("-") in unreal or t.lower_ in unreal for t in phrase):
        return
    rel = ctx.vocab.relation("memberOf")
    # the organisation named before the nouns: on "membership" or, as the parse may hang it, on the dues noun
    named = [m for t in (noun, *chain) for m in noun_modifiers(t) if m.dep_ == "compound" and m.i < noun.i]
    orgs = ctx.args(named, rel.tails, expand=False)
    orgs += ctx.args([o for d in dues for o in prep_objects(d, _OWED_TO)], rel.tails, expand=False)
    owners = [c for t in chain for c in t.children if c.dep_ == "poss"]
    members = ctx.args([o for o in owners if o.tag_ != "PRP$"], rel.heads, expand=False)
    members += [(o, a) for o in owners if o.tag_ == "PRP$" for a in _pronoun_owner(ctx, o, rel.heads)]
    ctx.emit("memberOf", members, orgs, "dues", chain[-1])


def _phrase_above(noun: Token) -> list[Token]:
    """The nouns the membership noun is compounded on, up to the head of its noun phrase ("membership dues
    arrearages": dues, arrearages)."""
    chain = []
    tok = noun
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
        chain.append(tok)
    return chain


def _pronoun_owner(ctx: Context, pronoun: Token, types: frozenset[str]) -> list[Argument]:
    """ "Peru has paid its UPU membership dues": the state a possessive pronoun refers back to."""
    ref = ctx.resolver.references.possessive(pronoun, types)
    return [ref] if ref is not None else []
