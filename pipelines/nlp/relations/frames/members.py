"""Membership said by nouns of membership beyond the copula and the list (`nominal.membership`): before a state's
name, as a title is said before a person's ("EU member Poland", "OECD member state Chile"); as the subject of a verb
of inclusion ("the member states of the EU include Germany and France"); and in an apposition "one of the members
of X" ("Germany, one of the founding members of NATO, ...")."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import OF
from pipelines.nlp.relations.syntax import RELATIVE, prep_objects

_OF_IN = frozenset({"of", "in"})


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


def members_included(ctx: Context, noun: Token) -> None:
    """ "The 27 member states of the EU include Germany and France", "NATO's members comprise X and Y": the objects
    of a verb of inclusion (`inclusion_verbs`) whose subject is the members of an organisation are members of it."""
    lex = ctx.lex
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.tag_ not in ("NNS", "NNPS") or verb.lemma_.lower() not in lex.inclusion_verbs:
        return
    mods = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and c.i < noun.i]
    if noun.lemma_.lower() not in lex.member_nouns and not any(m.lemma_.lower() in lex.member_nouns for m in mods):
        return  # "the states of the EU include ..." names no membership by itself; "member states" does
    rel = ctx.vocab.relation("memberOf")
    orgs = ctx.args(prep_objects(noun, OF) + [m for m in mods if m.lemma_.lower() not in lex.member_nouns], rel.tails)
    members = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    ctx.emit("memberOf", ctx.args(members, rel.heads), orgs, "included", verb)


def one_of_apposed(ctx: Context, noun: Token) -> None:
    """ "Germany, one of the founding members of NATO, ...": an apposition "one of the members of X" says of the noun
    it is set beside what "Germany is one of the members of X" says (`nominal.membership`, the copula)."""
    prep = noun.head
    one = prep.head
    if noun.dep_ != "pobj" or noun.tag_ not in ("NNS", "NNPS") or prep.lower_ != "of" or one.lower_ != "one":
        return
    if one.dep_ != "appos":
        return
    rel = ctx.vocab.relation("memberOf")
    orgs = ctx.args(prep_objects(noun, _OF_IN), rel.tails)
    ctx.emit("memberOf", ctx.args([one.head], rel.heads, expand=False), orgs, "apposition", one)


def fronted_relative_body(noun: Token) -> list[Token]:
    """ "The OECD, of which Japan is a member, ...": a relative clause whose "of which" (or "in which") is fronted
    before its copula gives the noun after the copula that phrase; the relative pronoun stands for the clause's
    antecedent, the body the member belongs to."""
    copula = noun.head
    if noun.dep_ != "attr" or copula.dep_ != "relcl":
        return []
    fronted = [p for p in copula.children if p.dep_ == "prep" and p.lower_ in _OF_IN and p.i < noun.i]
    if any(o.dep_ == "pobj" and o.tag_ in RELATIVE for p in fronted for o in p.children):
        return [copula.head]
    return []
