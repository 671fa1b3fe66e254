"""Membership said by presiding (memberOf): "Indonesia's leadership of ASEAN", "Indonesia's leadership in the G20",
"India's G20 presidency", "U.S. leadership as the 2023 chair of APEC".

An organisation of states is presided over by one of its members in turn: the state whose presidency,
chairmanship or leadership of the organisation is spoken of (its possessor, or the name compounded before the noun)
is a member of it. The organisation is named after "of" or "in", or compounded before the noun; "as the chair of X"
after such a noun names it too. A presidency still to come ("Spain's upcoming EU Presidency") or past ("former")
makes no member, and the noun needs its holder: "assumed the presidency of the Council" names none. The words are
`presiding_nouns` and `unheld_presiding_modifiers` in `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.syntax import prep_objects

_OF_IN = frozenset({"of", "in"})
_HOLDER_DEPS = frozenset({"poss", "compound", "nmod"})


def presiding_member(ctx: Context, noun: Token) -> None:
    """memberOf: the holder of a presiding noun is a member of the organisation it presides over."""
    if ctx.m.at(noun) is not None:
        return
    held = _held_noun(ctx, noun)
    if any(_unheld(ctx, t) for t in {noun, held}):
        return
    rel = ctx.vocab.relation("memberOf")
    holders = [c for c in held.children if c.dep_ in _HOLDER_DEPS and c.i < held.i]
    named = prep_objects(noun, _OF_IN) + [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    ctx.emit("memberOf", ctx.args(holders, rel.heads), ctx.args(named, rel.tails), "presidency", noun)


def _held_noun(ctx: Context, noun: Token) -> Token:
    """The noun whose holder holds `noun`: itself, or for "leadership as the chair of X" the presiding noun the
    "as" phrase hangs on."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "as" and prep.head.lemma_.lower() in ctx.lex.presiding_nouns:
        return prep.head
    return noun


def _unheld(ctx: Context, noun: Token) -> bool:
    """A modifier that puts the presiding in the past or to come ("former", "incoming", "upcoming")."""
    words = ctx.lex.unheld_presiding_modifiers | ctx.lex.past_holder_modifiers | ctx.lex.future_holder_modifiers
    return any(c.dep_ in ("amod", "advmod") and c.lower_ in words for c in noun.children)
