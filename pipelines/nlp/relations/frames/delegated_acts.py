"""The act of ruling inside a delegated act of making (regulates, through `ruling.delegated_rule`).

A law that directs a body to make something for a purpose ("Executive Order 14117 directs the Department to issue
rules to restrict transfers of genomic data", "the Act instructs the agency to develop a program to protect location
data", "the order directs the Department to make recommendations to protect against harm from the sale of sensitive
personal data") delegates the act of ruling that the made thing is for: English says what rules, programs or
recommendations are for with an infinitive on the made noun (or a purpose infinitive on the verb of making). When
that infinitive is a verb of ruling, it is the delegated act the law rules through. A verb of protecting says what
it protects against by "against" ("protect against harm from the sale of X"): the data there is what it rules on.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import objects, purpose_clauses, to_infinitive

#: "protect against harm from X", "guard against misuse of X"
_AGAINST = frozenset({"against"})


def made_rule_acts(ctx: Context, act: Token) -> list[Token]:
    """The verbs of ruling that a delegated act of making is for ("to issue rules to restrict X": restrict)."""
    if act.lemma_.lower() not in ctx.lex.making_verbs:
        return []
    made = [o for o in objects(act) if o.pos_ == "NOUN" and ctx.m.at(o) is None]
    infinitives = [c for o in made for c in o.children if c.dep_ in ("acl", "relcl") and _bare_purpose(c)]
    infinitives += purpose_clauses(act) if made else []
    return [c for c in infinitives if any(f.relation == "regulates" for f in ctx.lex.frames_for(c.lemma_.lower()))]


def _bare_purpose(verb: Token) -> bool:
    """A "to"-infinitive with no subject of its own ("rules to restrict X", not "rules for firms to follow")."""
    return verb.tag_ == "VB" and to_infinitive(verb) and not any(c.dep_ in ("nsubj", "mark") for c in verb.children)


def guarded_against(ctx: Context, act: Token) -> list[tuple[Token, Argument]]:
    """The data in what a verb of ruling guards against ("protect against harm from the sale of X")."""
    phrases = [p for p in act.children if p.dep_ == "prep" and p.lower_ in _AGAINST]
    return ctx.datatypes(t for p in phrases for o in p.children if o.dep_ == "pobj" for t in o.subtree)
