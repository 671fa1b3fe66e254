"""Who does together what one joined others to do (supports, through sponsorship).

"Senator A joined Senators B and C today to introduce legislation": the infinitive of purpose after a verb of joining
(`joining_verbs`) is done by the one who joins and by those joined, together; all of them introduce the bill. Only
the infinitive ("to introduce"): "A joined B in opposing X" is read by the treaty frames, and "A joined the
committee" without an infinitive says nothing of a bill."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.syntax import subjects, to_infinitive


def joined_partners(verb: Token, lex: RelationLexicon) -> list[Token]:
    """The subject and the objects of the verb of joining whose infinitive of purpose `verb` is; none otherwise."""
    join = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or join == verb or join.lemma_.lower() not in lex.joining_verbs:
        return []
    if not to_infinitive(verb):
        return []
    return subjects(join) + [c for c in join.children if c.dep_ in ("dobj", "obj")]
