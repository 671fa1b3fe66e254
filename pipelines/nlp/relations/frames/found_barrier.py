"""Frame of a finding against a law (opposes): a body that states as its finding or charge that a law is
discriminatory, unreasonable, burdensome or a barrier ("the U.S. Trade Representative has determined that France's
Digital Services Tax is unreasonable or discriminatory", "the Commission concluded that the media law is a barrier
to trade") acts against that law. The finding is the body's own statement, so the attitude is read on the verb of
finding (should, may, not); a content clause that denies the label ("found that the law is not discriminatory") is
no finding. The words are the accusation verbs and the barrier labels of `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import agent_types, theme_arguments
from pipelines.nlp.relations.syntax import COPULAS, is_passive, subjects

_LABEL_DEPS = frozenset({"acomp", "attr"})


def found_barrier(ctx: Context, verb: Token) -> None:
    """ "A determined / found / concluded that X is discriminatory": A opposes the law X."""
    if is_passive(verb):
        return
    laws = [
        s for clause in verb.children if clause.dep_ == "ccomp" and _labelled(ctx, clause) for s in subjects(clause)
    ]
    if not laws:
        return
    finders = ctx.args(subjects(verb), agent_types(ctx, "opposes"), pred=verb)
    tails = [(t, a) for t, a in theme_arguments(ctx, "opposes", laws, verb) if ctx.m.type(a.mention) == "Law"]
    ctx.emit("opposes", finders, tails, "accusation", verb)


def _labelled(ctx: Context, clause: Token) -> bool:
    """The content clause is a copula, not negated, whose complement (or one coordinated with it) is a barrier
    adjective or noun ("is unreasonable or discriminatory", "is a barrier to trade")."""
    if clause.lemma_ not in COPULAS or any(c.dep_ == "neg" for c in clause.children):
        return False
    labels = [a for c in clause.children if c.dep_ in _LABEL_DEPS for a in (c, *c.conjuncts)]
    words = ctx.lex.barrier_adjectives | ctx.lex.barrier_nouns
    return any(label.lemma_.lower() in words or label.lower_ in words for label in labels)
