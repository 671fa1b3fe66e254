"""A state admitted to a treaty or a body as its member: "to welcome the Republic of Korea as the DEPA's first new
member", "the Council accepted Croatia as a member of the EU". A verb of admitting with an "as"-phrase predicates the
member noun of its object; the noun's owner (a possessor or an "of" phrase) is what the object joins: a treaty it
becomes party to (enacts) or a body it becomes a member of (memberOf). The attitude is the admitting verb's."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import OF
from pipelines.nlp.relations.syntax import prep_objects

_AS = "as"
_COMPLEMENTS = frozenset({"acomp", "xcomp"})


def admitted_member(ctx: Context, noun: Token) -> None:
    """ "welcome A as X's member": A enacts X (a treaty) or is a member of X (a body)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != _AS or ctx.m.at(noun) is not None:
        return
    verb = _admitting_verb(ctx, noun.head)
    if verb is None:
        return
    members = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < noun.i]
    owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, OF)
    for relation in ("enacts", "memberOf"):
        rel = ctx.vocab.relation(relation)
        heads = ctx.args(members, rel.heads, pred=verb)
        ctx.emit(relation, heads, ctx.args(owners, rel.tails, expand=False), "admitted", verb)


def _admitting_verb(ctx: Context, prep: Token) -> Token | None:
    """The verb of admitting the "as"-phrase goes with: its head, or (as the parse may hang the phrase higher up: "are
    delighted to welcome A as ...") the verb of admitting that head governs through complements, before the phrase."""
    frontier = [prep.head]
    for _ in range(4):
        for gov in frontier:
            if gov.lemma_.lower() in ctx.lex.admission_verbs and gov.i < prep.i:
                return gov
        frontier = [c for g in frontier for c in g.children if c.dep_ in _COMPLEMENTS]
    return None
