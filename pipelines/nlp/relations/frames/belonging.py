"""partOf said by a copula and a noun of a body with "for" or through a pronoun: "It is the national data protection
authority for France", "X is the data protection authority for Kenya". A body noun predicated of an agency says
what the agency is; the state it is the body "for" (as "of", or a possessor, after a pronoun subject) owns it. The
named subject with "of" or a possessor is `nominal.belongs`; this adds what that leaves out."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.syntax import COPULAS, prep_objects, subjects

_FOR = frozenset({"for"})
_OF_FOR = frozenset({"of", "for"})
_AGENCY = frozenset({"Agency"})
_STATE = frozenset({"State"})


def described_body(ctx: Context, noun: Token) -> None:
    """ "It is the national data protection authority for France": the body noun as a copula's attribute; its "for"
    phrase (and, for a pronoun subject, its "of" phrase or possessor too) names the state the subject belongs to."""
    if noun.dep_ != "attr" or noun.head.lemma_ not in COPULAS or ctx.m.at(noun) is not None:
        return
    subj = subjects(noun.head)
    if not subj:
        return
    pronoun = all(s.pos_ == "PRON" for s in subj)
    owners = prep_objects(noun, _OF_FOR if pronoun else _FOR)
    if pronoun:
        owners += [c for c in noun.children if c.dep_ == "poss"]
    heads = ctx.args(subj, _AGENCY, pred=noun.head)
    ctx.emit("partOf", heads, ctx.args(owners, _STATE), "attribute-for", noun.head)
