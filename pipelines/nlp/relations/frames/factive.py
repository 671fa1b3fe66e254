"""The doer of a verb whose subject English leaves unsaid, in two constructions of control.

An infinitive after an adjective of feeling: "Senator Moss is proud to cosponsor the Data Act", "the
Minister was pleased to sign the Regulations", "I'm honoured to introduce this bill".

An infinitive that complements a predicate adjective has the adjective's subject for its own (subject control: the
one who is proud is the one who cosponsors). Only adjectives of feeling about what one does (`factive_adjectives`):
they take the act as done ("proud to cosponsor" says that one cosponsors), where adjectives of readiness or chance
("eager to", "ready to", "likely to", "able to") say only that it may come, and are left unread; so is an adjective
under a negation or a modal ("is not proud to", "would be proud to").

A participle after a verb of spending and its amount: "TikTok spent millions lobbying against the bill", "the
ministry spent two years drafting the Regulation". One spends time or money doing something: the spender is the
doer (the parse hangs the participle on the amount, as if the amount did it).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.syntax import subjects, to_infinitive


def feeling_subject(ctx: Context, verb: Token) -> list[Token]:
    """The subject of the copula whose adjective of feeling the infinitive `verb` complements, or nothing."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.pos_ != "ADJ" or adjective.dep_ != "acomp" or adjective == verb:
        return []
    if adjective.lower_ not in ctx.lex.factive_adjectives or adjective.head == adjective:
        return []
    if not to_infinitive(verb) or not _plain(adjective.head):
        return []
    return subjects(adjective.head)


def _plain(copula: Token) -> bool:
    """The copula states its adjective as so: not negated ("is not proud to"), not under a modal or a future
    ("would be proud to", "will be pleased to"), where the act itself is not said to be done."""
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in copula.children)


def spender(ctx: Context, verb: Token) -> list[Token]:
    """The subject of the verb of spending whose amount the participle `verb` follows, or nothing."""
    amount = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "xcomp", "advcl") or amount == verb:
        return []
    spend = amount.head if amount.dep_ in ("dobj", "npadvmod") else amount
    if spend.lemma_.lower() not in ctx.lex.spending_verbs or spend.pos_ != "VERB" or not _plain(spend):
        return []
    return subjects(spend)
