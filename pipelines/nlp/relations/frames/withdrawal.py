"""Frame of withdrawal (opposes): a party that withdraws from an agreement or a law acts against it. "Donald Trump
withdrew the US from the agreement", "the United States pulled out of the TPP", "the withdrawal of the United States
from the Paris Agreement", "the TPP never entered into force due to the withdrawal of the United States". Only a law
is what one withdraws from here: withdrawing from a market, a country or a meeting is no stance. The words are the
withdrawal block of `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW, OF, agent_types
from pipelines.nlp.relations.syntax import antecedent, is_passive, prep_objects, subjects


def withdrew(ctx: Context, verb: Token) -> None:
    """ "X withdrew (Y) from Z", "X pulled out of Z": the subject (who withdraws itself or its state) opposes the law
    Z. A passive ("the US was withdrawn from Z by X") is left alone."""
    if is_passive(verb):
        return
    laws = _left_laws(ctx, verb)
    if not laws:
        return
    heads = ctx.args(subjects(verb), agent_types(ctx, "opposes"), pred=verb)
    ctx.emit("opposes", heads, laws, "withdrawal", verb)


def _left_laws(ctx: Context, verb: Token) -> list:
    """The laws the verb's "from" phrase (or "out of" for a particle verb: "pulled out of Z") names."""
    lex = ctx.lex
    lemma = verb.lemma_.lower()
    if lemma in lex.withdrawal_verbs:
        left = prep_objects(verb, lex.withdrawal_preps)
    elif lemma in lex.withdrawal_particle_verbs:  # the parse reads "out" as a particle or as a preposition
        outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")]
        left = prep_objects(verb, OF) + [o for p in outs for o in prep_objects(p, OF)] if outs else []
    else:
        return []
    return ctx.args(left, LAW)


def withdrawal_noun(ctx: Context, noun: Token) -> None:
    """ "the withdrawal of the United States from the TPP", "the US withdrawal from X", "X's withdrawal from Y": the
    party of the noun ("of" phrase, possessor or compound) opposes the law it leaves; without a "from" phrase, the law
    whose clause gives the withdrawal as its cause ("X, which never entered into force due to the withdrawal of
    the United States") is the one left."""
    lex = ctx.lex
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.withdrawal_nouns or ctx.m.at(noun) is not None:
        return
    parties = prep_objects(noun, OF) + [c for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i]
    if not parties:
        return
    left = prep_objects(noun, lex.withdrawal_preps)
    # "after the withdrawal of X from the talks": what is left is named, and it is no law
    laws = ctx.args(left, LAW) if left else _caused_law(ctx, noun)
    heads = ctx.args(parties, agent_types(ctx, "opposes"), expand=True)
    ctx.emit("opposes", heads, laws, "withdrawal", noun)


def _caused_law(ctx: Context, noun: Token) -> list:
    """The law that is the subject of a clause whose cause phrase ("due to", "because of", `withdrawal_cause_preps`)
    is the withdrawal: "the TPP never entered into force due to the withdrawal of X"; a relative pronoun subject
    stands for the noun its clause modifies."""
    prep = noun.head
    if noun.dep_ != "pobj" or not _cause(ctx, prep):
        return []
    verb = prep.head
    for _ in range(2):  # "due to": the preposition hangs from "due", which hangs from the verb
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subj = subjects(verb)
    subj = [antecedent(verb) if s.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else s for s in subj]
    return ctx.args(subj, LAW, expand=False)


def _cause(ctx: Context, prep: Token) -> bool:
    """A preposition of cause: "after", "following", or "due to", "owing to", "because of" (the parse hangs the noun
    on either word)."""
    lex = ctx.lex
    if prep.lower_ in lex.withdrawal_cause_preps or prep.lower_ in lex.withdrawal_cause_words:
        return True
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and before.lower_ in lex.withdrawal_cause_words and prep.lower_ in ("to", "of")
