"""A copula that names: "The original title of the bill is the Data Act", "The official name of the regulator is the
Data Protection Commission". The subject is the name of a thing the text calls by a description ("the bill", "the
regulator"); the copula's complement is that name. Such a sentence is about the named thing, as a sentence is about
its subject: a pronoun or a description in the next sentence ("It was sponsored by Senator X") refers to it."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.mentions import Mentions

#: the dependency labels of a copula's complement ("is X")
_COMPLEMENTS = frozenset({"attr", "acomp"})


def named_by_copula(
    subj: Token, mentions: Mentions, lex: RelationLexicon, description: Callable[[Token], str | None]
) -> int | None:
    """The mention a naming copula gives as the name its subject speaks of: the subject a naming noun
    (`naming_nouns`) of a definite description ("the title of the bill"), the verb "be", its complement a mention
    of the type the description refers to. None otherwise ("The name of the game is trust", "the name of the new
    law was not disclosed")."""
    if subj.lower_ not in lex.naming_nouns or subj.dep_ != "nsubj" or subj.head.lemma_ != "be":
        return None
    owner_type = _owner_type(subj, description)
    if owner_type is None:
        return None
    named = [c for c in subj.head.children if c.dep_ in _COMPLEMENTS]
    if len(named) != 1:
        return None
    i = mentions.at(named[0])
    return i if i is not None and mentions.type(i) == owner_type else None


def _owner_type(subj: Token, description: Callable[[Token], str | None]) -> str | None:
    """The type of the thing whose name the subject is: "title of the bill" -> Law; a naming noun with no
    description after "of" names nothing the text refers to."""
    owners = [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return description(owners[0]) if len(owners) == 1 else None
