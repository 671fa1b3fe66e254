"""Support said by "in favour of": "Germany voted in favour of the Directive", "the minister spoke in favor of the
bill", "France is in favour of X", "X came out in favour of Y". After a verb of voting, speaking or arguing (or the
copula), "in favour of" names what its subject supports, as "for" does after "vote" or "argue"."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import IN, OF, agent_types, theme_arguments
from pipelines.nlp.relations.syntax import prep_objects, subjects


def in_favour(ctx: Context, verb: Token) -> None:
    """The subject of the verb supports what the "in favour of" phrase on it (or on its particle: "came out in
    favour of") names."""
    lex = ctx.lex
    if verb.lemma_.lower() not in lex.favour_verbs:
        return
    hosts = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == "out")]
    nouns = [n for h in hosts for n in prep_objects(h, IN) if n.lemma_.lower() in lex.favour_nouns]
    themes = [o for n in nouns for o in prep_objects(n, OF)]
    if not themes:
        return
    heads = ctx.args(subjects(verb), agent_types(ctx, "supports"), pred=verb)
    ctx.emit("supports", heads, theme_arguments(ctx, "supports", themes, verb), "favour", verb)
