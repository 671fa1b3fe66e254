"""A stance one asks others to take is one's own: "Coordinator Benjamin urged support for the agreement", "Microsoft
called for support for the Data Act", "the embassy pressed for opposition to X". The noun of stance (`stance_nouns`)
as what a verb of demanding (`demand_verbs`) asks for, directly or after "for", is the stance of the verb's subject,
as "urged others to support X" is (`stance.instructed`)."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context

_FOR = "for"


def demanding_verb(ctx: Context, noun: Token) -> Token | None:
    """The verb of demanding the stance noun is the object of ("urged support for X") or, after "for", the
    complement of ("called for support for X"), whose subject holds the stance; None if there is none."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == _FOR:
        verb = verb.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ctx.lex.demand_verbs:
        return None
    return verb
