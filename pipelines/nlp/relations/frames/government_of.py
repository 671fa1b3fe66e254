"""partOf said by "of the government of": "the Ministry of Public Security (MPS) of the government of China", "the
Data Protection Office of the Government of Mauritius", "the Cyberspace Administration of the Chinese government".
A body named as a body *of a government* belongs to the state whose government it is: the state names the noun
of government (`government_nouns`, no name itself) by its "of" phrase, possessive or modifier
(`possession.through_government`). Only a noun of government ties the body to the state here: a bare "of" phrase
("the House of Representatives of the United States of America") is left to the other frames."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.possession import through_government

_STATE = frozenset({"State"})


def government_of(ctx: Context, agency: Token) -> None:
    """partOf: the state whose government an "of" phrase after the body's name (or its abbreviation) names."""
    i = ctx.m.at(agency)
    span = ctx.m.spans[i] if i is not None else None
    if span is None:
        return
    objects = [
        o
        for p in agency.children
        if p.dep_ == "prep" and p.lower_ == "of" and p.i >= span.end
        for o in p.children
        if o.dep_ == "pobj" and ctx.m.at(o) is None
    ]
    states = through_government(ctx, objects)
    if states:
        heads = ctx.args([agency], frozenset({"Agency"}), expand=False)
        ctx.emit("partOf", heads, ctx.args(states, _STATE, expand=False), "government-of", agency)
