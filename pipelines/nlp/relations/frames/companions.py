"""Who does what one joins others in doing ("Canada joined the EU in opposing the Act").

English says with "join" and an "in" phrase holding a gerund, or an infinitive of purpose, whom one acts with: in
"A joined B in condemning X" and "A joined B to condemn X" (and "A joined with B in ...", "A was joined by B in ...",
"A, B and C are joining D in exposing and criticizing X") the one who joins and those joined all do what the gerund
says, so all are its agents. The joining's attitude is the act's ("A did not join B in opposing X", "A may join B in
...": `attitude._joined_for`). Words: `companion_verbs` in `patterns/relations.yaml` (the treaty frames read the same
verbs so as not to take such a joining for membership)."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.syntax import agents, prep_objects, subjects, to_infinitive

#: the preposition that, after a verb of joining, holds the act done together
_ACT_PREP = "in"
#: the preposition that may introduce those joined ("joined with civil society in addressing a letter")
_WITH = frozenset({"with"})


def companions(ctx: Context, verb: Token) -> list[Token]:
    """The agents of a gerund in the "in" phrase of a verb of joining: who joins and whom they join; none
    otherwise."""
    join = _joining_verb(ctx, verb)
    if join is None:
        return []
    joined = [c for c in join.children if c.dep_ in ("dobj", "obj")] + prep_objects(join, _WITH) + agents(join)
    return subjects(join) + joined


def _joining_verb(ctx: Context, verb: Token) -> Token | None:
    """The verb of joining whose "in" phrase holds the gerund `verb` (or a gerund coordinated with it: "in exposing
    and criticizing X"), or whose infinitive of purpose `verb` is ("A joined B to oppose X"); None otherwise."""
    first = verb
    while first.dep_ == "conj" and first.head != first and first.head.tag_ == verb.tag_:
        first = first.head
    if first.tag_ == "VBG" and first.dep_ == "pcomp" and first.head.lower_ == _ACT_PREP:
        join = first.head.head
    elif first.dep_ in ("xcomp", "advcl") and to_infinitive(first):
        join = first.head
    else:
        return None
    if join == first or join.lemma_.lower() not in ctx.lex.companion_verbs or join.pos_ != "VERB":
        return None
    return join
