"""A law made to act on the handling of data (regulates).

English states why a law was made with an infinitive of purpose on the verb that makes it ("the United States
enacted the Act to speed access to electronic data", "the system was developed to build trust in cross-border flows
of personal information"). When that infinitive acts on the flows, transfers or access of data (a verb of effect on a
noun of handling, as `handled_objects` reads them for a law that is the subject), what the law is for is what it does,
so the law regulates those data. A verb of ruling in the infinitive is read by `ruling.regulated_in`; the attitude is
the making verb's ("plans to pass a bill to ease transfers of X" is proposed).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.handled_objects import handling_data
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import purpose_clauses


def purpose_handling(ctx: Context, verb: Token, laws: list[tuple[Token, Argument]], modality: str | None) -> None:
    """ "LAW was made to <ease / speed / build trust in> flows, transfers or access of DATA": LAW regulates DATA."""
    for clause in purpose_clauses(verb):
        if any(f.relation == "regulates" for f in ctx.lex.frames_for(clause.lemma_.lower())):
            continue  # a verb of ruling says what the law rules on itself
        data = ctx.datatypes(handling_data(ctx, clause, with_preps=True))
        ctx.emit("regulates", laws, data, "purpose-handling", verb, modality=modality)
