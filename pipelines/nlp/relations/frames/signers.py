"""The signer of a state's act heads the state (leads): "Cambodia's sub-decree ... was signed by Prime Minister Hun
Sen", "Brazil's data protection bill was sanctioned by President Michel Temer", "Kenya's Data Protection Act, signed
into law by President Uhuru Kenyatta, ...".

A head of state's or government's title ("President", "Prime Minister"; `state_titles`, `state_title_modifiers`)
before a name says the name heads a state without saying which; when the name is the agent of a verb by which an act
becomes law (`signing_verbs`) and the act signed belongs to a state ("Cambodia's sub-decree"), that state is the one
the signer heads: only a state's own head signs its acts into law. The act must be a law (a law's name or a law's
noun); an act of no state ("the bill was signed by President X") names no state."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context


def _signing_verb(ctx: Context, person: Token) -> Token | None:
    """The verb of signing whose agent the name is ("signed by President X")."""
    prep = person.head
    if person.dep_ != "pobj" or prep.dep_ != "agent" or prep.head.lemma_.lower() not in ctx.lex.signing_verbs:
        return None
    return prep.head


def _signed_acts(verb: Token) -> list[Token]:
    """The nouns of the act signed: the passive's subject ("X's act was signed by"), or the noun a participle
    modifies ("X's act, signed into law by")."""
    if verb.dep_ == "acl":
        return [verb.head]
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def _is_law(ctx: Context, tok: Token) -> bool:
    """The token names a law or is a law's noun ("act", "decree", "bill")."""
    i = ctx.m.at(tok)
    return (i is not None and ctx.m.type(i) == "Law") or tok.lemma_.lower() in ctx.lex.law_nouns


def signed_act_states(ctx: Context, person: Token) -> list[Token]:
    """The states that own the law the person signs ("Cambodia's sub-decree was signed by Prime Minister X"): the
    possessors, named as states, of the act the signing verb's agent signs."""
    verb = _signing_verb(ctx, person)
    if verb is None:
        return []
    acts = _signed_acts(verb)
    if not any(_is_law(ctx, t) for t in acts):
        return []
    owners = [c for t in acts for c in t.children if c.dep_ == "poss"]
    return [o for o in owners if (i := ctx.m.at(o)) is not None and ctx.m.type(i) == "State"]
