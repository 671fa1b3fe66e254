"""Frame of a law's act on the handling of data (regulates): whatever a law does, when what it acts on is the
movement, transfer, processing or access of data, the law rules on those data ("the Directive recognised the
importance of removing barriers to cross-border flows of personal data", "the CLOUD Act represents a new approach to
ensure effective access to electronic data", "the Agreement eases transfers of health records"). The law is the
subject of an active verb (not a verb of saying, nor one a frame of ruling reads already), named there (a pronoun or
a description is not enough for so open a frame), and the verb is no forecast ("will foster ..."). The data is the
"of" or "to" object of a noun of handling data (`handling_nouns`, `access_nouns`) in the verb's objects, down through
phrases, gerunds and infinitives without a subject of their own, and the verb nearest above that noun acts on it
(`handling_effect_verbs`: ease, ensure, remove, hinder ...; "the Act lacks / ignores / predates flows of X" says
nothing of its rules); a relative or content clause says what something else does and is not entered. The
attitude is the verb's: "the Act does not ease transfers of X" is negated."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.syntax import SUBJECTS, is_passive, objects, prep_objects, subjects

_LAW = frozenset({"Law"})
_DATA_PREPS = frozenset({"of", "to"})
#: "build trust in flows of X", "provide certainty for transfers of X": a verb of effect's phrase on the handling
_EFFECT_PREPS = frozenset({"in", "to", "for", "on"})
#: clauses that say what something else does: not entered
_OWN_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "parataxis"})


def acts_on_handling(ctx: Context, verb: Token) -> None:
    """ "LAW <verb> ... flows / transfers / access of DATA": LAW regulates DATA."""
    lemma = verb.lemma_.lower()
    if is_passive(verb) or lemma in ctx.lex.saying_verbs or lemma in ctx.lex.hearsay_verbs:
        return
    if any(f.relation == "regulates" for f in ctx.lex.frames_for(lemma)):
        return  # a verb of ruling says it through its frame
    if any(c.dep_ == "aux" and c.lower_ in ctx.lex.future_auxiliaries for c in verb.children):
        return  # "the Framework will reestablish a mechanism for transfers of X": a forecast of its effects
    # so open a frame takes the law by its name, not through a pronoun or a description ("as it facilitates ...")
    named = [s for s in subjects(verb) if (i := ctx.m.at(s)) is not None and ctx.m.type(i) == "Law"]
    heads = ctx.args(named, _LAW, pred=verb)
    if not heads:
        return
    ctx.emit("regulates", heads, ctx.datatypes(handling_data(ctx, verb)), "acts-on-handling", verb)


def handling_data(ctx: Context, verb: Token, with_preps: bool = False) -> list[Token]:
    """The data whose flows, transfers or access the verb acts on ("eases transfers of X"): the "of"/"to" object of
    a noun of handling in the verb's objects (`with_preps`: and in its prepositional phrases, "to build trust in
    flows of X", which the parse hangs on the verb), governed nearest by a verb of effect."""
    effects = ctx.lex.handling_effect_verbs
    phrases = objects(verb) + (prep_objects(verb, _EFFECT_PREPS) if with_preps else [])
    return [
        d
        for o in phrases
        for n, gov in _phrase(o, verb)
        if _handling(ctx, n) and gov.lemma_.lower() in effects
        for d in _handled(n)
    ]


def _phrase(tok: Token, gov: Token) -> Iterator[tuple[Token, Token]]:
    """The tokens of the object's phrase, each with the verb that governs it nearest (the clause's verb, or a
    gerund or infinitive on the way: "the importance of removing barriers to flows of X"), not entering clauses
    with a subject of their own or clauses of another kind (relative, content, adverbial)."""
    yield tok, gov
    inner = tok if tok.pos_ == "VERB" else gov
    for c in tok.children:
        if c.dep_ in _OWN_CLAUSES or any(g.dep_ in SUBJECTS for g in c.children):
            continue
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            continue  # a coordinated clause says something else
        yield from _phrase(c, inner)


def _handling(ctx: Context, noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lower_ in ctx.lex.handling_nouns | ctx.lex.access_nouns


def _handled(noun: Token) -> list[Token]:
    """What the noun of handling is of or to ("flows of personal data", "access to electronic data"), and the data
    noun that modifies it ("personal data transfers")."""
    objs = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in _DATA_PREPS for o in p.children]
    return objs + [c for c in noun.children if c.dep_ == "compound"]
