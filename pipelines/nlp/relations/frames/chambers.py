"""enacts: the chamber a law is voted through.

"The Act was passed in the Bundestag", "the bill was approved in Parliament", "passed through the National Assembly":
the object of an "in" or "through" phrase on a passive verb of voting a law (`chamber_passing_verbs`) is the chamber
that voted it, when it is a body (the caller asks for an Agency; a state, "adopted in India", is a place). A verb
that only brings a law before a chamber ("introduced in", "discussed in") is none of these; negation and modality
are the clause's (`attitude`).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.syntax import prep_objects


def voting_chambers(ctx: Context, verb: Token) -> list[Token]:
    """The "in"/"through" objects of a passive verb of voting a law ("passed in the Bundestag")."""
    if verb.lemma_.lower() not in ctx.lex.chamber_passing_verbs:
        return []
    return prep_objects(verb, ctx.lex.chamber_preps)
