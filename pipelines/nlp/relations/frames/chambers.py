"""enacts: the chamber a law is voted through.

"The Act was passed in the Bundestag", "the bill was approved in Parliament", "passed through the National Assembly":
the object of an "in" or "through" phrase on a passive verb of voting a law (`chamber_passing_verbs`) is the chamber
that voted it, when it is a body (the caller asks for an Agency; a state, "adopted in India", is a place). A verb
that only brings a law before a chamber ("introduced in", "discussed in") is none of these; negation and modality
are the clause's (`attitude`).

English also lets the law be the subject of an active "pass" or "clear" whose object is the chamber: "the bill passed
the House by a vote of 352-65", "This bill, which Tenney cosponsored, passed the House", "the Act cleared the
Senate" say that the House or the Senate voted the law (`chamber_clearing_verbs`, `cleared_chambers`). The subject
is often a description or a pronoun that refers back to the law named before ("this critical bill", "it"), which the
argument resolution reads. A chamber's committee only moves a bill on ("the bill passed the Energy and Commerce
Committee": `committee_votes`); "failed to pass the Senate", "is expected to pass the House", "if it passes the
Senate" are no facts (`attitude`).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.committee_votes import chamber_committee
from pipelines.nlp.relations.syntax import is_passive, objects, prep_objects, subjects

#: the bodies that vote a law: a state's chamber, or a union's ("the regulation cleared the European Parliament")
_CHAMBERS = frozenset({"Agency", "IGO"})


def voting_chambers(ctx: Context, verb: Token) -> list[Token]:
    """The "in"/"through" objects of a passive verb of voting a law ("passed in the Bundestag")."""
    if verb.lemma_.lower() not in ctx.lex.chamber_passing_verbs:
        return []
    return prep_objects(verb, ctx.lex.chamber_preps)


def cleared_chambers(ctx: Context, verb: Token) -> None:
    """ "The bill passed the House": the chamber, object of an active verb of going through one, enacts the law its
    subject names (or refers back to); not a chamber's committee."""
    if is_passive(verb):
        return
    laws = ctx.args(subjects(verb), ctx.vocab.relation("enacts").tails, pred=verb)
    if not laws:
        return
    chambers = [o for o in objects(verb) if not chamber_committee(o, ctx.lex)]
    ctx.emit("enacts", ctx.args(chambers, _CHAMBERS, pred=verb), laws, "law-cleared-chamber", verb)
