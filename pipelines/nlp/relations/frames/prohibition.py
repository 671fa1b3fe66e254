"""Frame of measures against a state's trade (opposes): who bans or restricts the trade in goods from a state (or to
it) acts against that state ("the Department banned imports of drones from China", "the Department issued a final
rule that will prohibit the sale and import of X from A and B"). A ban said in a rule is its issuer's, when the rule
is issued (not a proposed or draft rule, nor one that only would, could or should ban: the lexicon's
`hedge_modals`). The attitude is read on the verb that states the ban (or the rule's issuance). The words are the
measures block of `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import OF, STATE, agent_types
from pipelines.nlp.relations.syntax import conjuncts, is_passive, objects, prep_objects, subjects


def prohibited_trade(ctx: Context, verb: Token) -> None:
    """ "A banned imports of X from B", "A issued a rule that will prohibit the import of X from B": A opposes B."""
    if is_passive(verb) or any(c.lower_ in ctx.lex.hedge_modals for c in verb.children if c.dep_ == "aux"):
        return
    states = _trading_states(ctx, verb)
    if not states:
        return
    holders, pred = subjects(verb), verb
    if verb.dep_ == "relcl":
        rule = verb.head
        lex = ctx.lex
        unadopted = any(c.lower_ in lex.unadopted_measure_modifiers for c in rule.children if c.dep_ == "amod")
        if rule.lemma_.lower() not in lex.measure_nouns or unadopted or rule.dep_ not in ("dobj", "obj"):
            return
        holders, pred = subjects(rule.head), rule.head
    found = ctx.args(holders, agent_types(ctx, "opposes"), pred=pred)
    ctx.emit("opposes", found, ctx.args(states, STATE), "trade-ban", pred)


def _trading_states(ctx: Context, verb: Token) -> list[Token]:
    """The states whose trade the verb's objects name: "imports of X from B", "the sale and import of X ..., from
    B" (the parse may hang the phrase on another object of the verb or on the verb)."""
    nouns = [n for o in objects(verb) for n in conjuncts(o)]
    found: list[Token] = []
    for prep, words in ctx.lex.trade_nouns.items():
        if not any(n.lemma_.lower() in words for n in nouns):
            continue
        holders = [verb, *nouns, *(g for n in nouns for g in prep_objects(n, OF))]
        found += [o for h in holders for o in prep_objects(h, frozenset({prep}))]
    return found
