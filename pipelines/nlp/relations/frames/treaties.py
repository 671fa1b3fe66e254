"""Frame of treaty parties (enacts): the states an agreement is said to be between are its parties, and a party
adopts the treaty it is party to ("X is a trade agreement between A, B and C", "X, a treaty among the nations of A
and B", "A became a party to X"). Parties are read only where a clause says what a named law is (a copula's
attribute or the law's apposition) or who is party to it; a law whose own name holds its parties ("the Agreement
between A and B on ...") is a name, not a statement about it. The attitude is the copula's ("A is not a party to
X", "A would become a party to X" are no facts). Words: the treaty parties block of `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.attitude import law_status
from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW, OF, TO, agent_types
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import COPULAS, prep_objects, subjects


def treaty_parties(ctx: Context, noun: Token) -> None:
    """ "X is an agreement between A and B", "X, a treaty among A and B": A and B enact X; "A is (became) a
    party to X": A enacts X."""
    if noun.pos_ != "NOUN" or ctx.m.at(noun) is not None:
        return
    lemma = noun.lemma_.lower()
    if lemma in ctx.lex.treaty_nouns:
        laws, pred = _described_law(ctx, noun)
        parties = _parties(prep_objects(noun, ctx.lex.treaty_party_preps))
        if laws and parties:  # "a proposed agreement between A and B": only proposed
            heads = ctx.args(parties, agent_types(ctx, "enacts"), pred=pred)
            ctx.emit("enacts", heads, laws, "parties", pred, modality=law_status(noun, ctx.lex))
    elif lemma in ctx.lex.party_nouns and noun.dep_ == "attr" and noun.head.lemma_ in COPULAS:
        laws = ctx.args(prep_objects(noun, TO), LAW)
        heads = ctx.args(subjects(noun.head), agent_types(ctx, "enacts"), pred=noun.head)
        ctx.emit("enacts", heads, laws, "party", noun.head)


def _described_law(ctx: Context, noun: Token) -> tuple[list[tuple[Token, Argument]], Token]:
    """The named law the noun says the kind of: the copula's subject ("X is an agreement ..."), or the name the
    noun is apposed to ("X, an agreement ..."); and the predicate whose attitude counts."""
    if noun.dep_ == "attr" and noun.head.lemma_ in COPULAS:
        return ctx.args(subjects(noun.head), LAW, pred=noun.head), noun.head
    if noun.dep_ == "appos":
        return ctx.args([noun.head], LAW, expand=False), noun
    return [], noun


def _parties(objects: list[Token]) -> list[Token]:
    """The parties a preposition names: its object, or the names after "of" when the object is a collective noun
    ("among the nations of A, B and C")."""
    out = []
    for obj in objects:
        named_after = prep_objects(obj, OF) if obj.pos_ == "NOUN" else []
        out += named_after or [obj]
    return out


def joined_in_act(ctx: Context, verb: Token) -> bool:
    """ "Canada joined the EU in opposing the Act": "join" with "in" and an act (a gerund) says whom one acts
    with, not a body one enters or a treaty one adopts."""
    if verb.lemma_.lower() not in ctx.lex.companion_verbs:
        return False
    acts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    return any(g.dep_ == "pcomp" or g.tag_ == "VBG" for g in acts)
