"""A law named as a way of handling data (regulates).

English says what a thing is taken to be with an "as" phrase on the verb whose object it is ("supported the CLOUD
Act as a model for cross-border access to electronic communications", "praised the Data Act as a framework for the
sharing of health records", "described the Telecom Law as a tool for the interception of subscriber data"): the
"as" phrase predicates of the object what a copula would. When the object is a law and the phrase names a way of
doing things (`way_nouns`: model, framework, tool, mechanism ...) whose "for" phrase is a noun of handling or access
with its data, the law is a way of handling those data, so it regulates them. A "for" phrase that names no handling
of data ("as a model for Asia", "as a model for reform") gives nothing; a passive verb's "as" phrase is said of its
subject and is not read here; the attitude is the verb's ("did not endorse X as a framework for ...": negated).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW
from pipelines.nlp.relations.syntax import conjuncts, is_passive, objects, prep_objects

_AS = frozenset({"as"})
_FOR = frozenset({"for"})


def law_as_way(ctx: Context, verb: Token) -> None:
    """ "<verb> LAW as a <way> for <handling> of DATA": LAW regulates DATA."""
    if is_passive(verb):
        return
    ways = [w for w in prep_objects(verb, _AS) if ctx.m.at(w) is None and w.lemma_.lower() in ctx.lex.way_nouns]
    if not ways:
        return
    handling = ctx.lex.handling_nouns | ctx.lex.access_nouns
    acts = [n for w in ways for o in prep_objects(w, _FOR) for n in conjuncts(o) if n.lower_ in handling]
    if not acts:
        return
    laws = ctx.args(objects(verb), LAW, pred=verb)
    ctx.emit("regulates", laws, ctx.datatypes(acts), "as-way", verb)
