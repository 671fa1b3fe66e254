"""The purpose a law is made for, said by a noun of rule (regulates).

English states why a law was made with an infinitive of purpose on the verb that makes it; when that infinitive sets
up rules ("was enacted to extend restrictions on X", "is issuing the Rule to establish standards for X"), the rules
are the law's, so the law regulates the data the rules are on (`purpose_rule_data`). A purpose clause set off after
an "as" aside ("is issuing the Rule, as required by the Act, to establish standards ...") is still the main verb's,
though the parse hangs it on the aside's participle (`aside_purposes`).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import objects, purpose_clauses, to_infinitive


def aside_purposes(verb: Token) -> list[Token]:
    """ "issuing a final Rule, as required by section 5 of the Act, to establish standards": the infinitive of
    purpose that closes an "as" aside of the verb (its last dependent, after the aside's comma) is the verb's."""
    out = []
    for aside in verb.children:
        if aside.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in aside.children):
            continue
        last = max(aside.children, key=lambda t: t.i)
        comma = aside.doc[last.left_edge.i - 1] if last.left_edge.i > 0 else None
        if last.tag_ == "VB" and to_infinitive(last) and comma is not None and comma.text == ",":
            out.append(last)
    return out


def purpose_rule_data(ctx: Context, clause: Token) -> list[tuple[Token, Argument]]:
    """The data a purpose clause's rules are on: the clause's object is a noun of rule ("restrictions",
    "standards", "protections"), and the data is in that noun's phrase ("standards relating to safeguards for
    customer records") or in an infinitive that says how far the rules reach ("to extend restrictions ... to include
    transmissions of X"). A clause that undoes rules ("to repeal restrictions on X") gives none."""
    if clause.lemma_.lower() in ctx.lex.undo_verbs:
        return []
    rules = [o for o in objects(clause) if o.lemma_.lower() in ctx.lex.rule_nouns and ctx.m.at(o) is None]
    if not rules:
        return []
    reach = [c for c in purpose_clauses(clause) if c.lemma_.lower() in ctx.lex.scope_extension_verbs]
    tokens = [t for r in rules for t in r.subtree] + [t for c in reach for o in objects(c) for t in o.subtree]
    return ctx.datatypes(tokens)
