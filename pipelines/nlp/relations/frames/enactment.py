"""The noun of making a law names its maker as a verb of making does: "the Senate passed X" is said as "Senate
passage of X", "the Senate's passage of X" or "the passage of X by the Senate"; "Kenya's adoption of the Data
Protection Act", "the ratification of the Convention by Japan" (`enactment_nouns`). The law is the object of "of";
the maker is the noun's possessor, a body named before it, or its "by" phrase. What was made is said only where the
noun is not what a verb asks for, fears or holds up ("urged Senate passage of X", "delayed passage of X" and
"lobbied against passage of X" make no law; `enactment_blocking_words`)."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.syntax import is_verbal, prep_objects

_RELATION = "enacts"
#: the dependencies by which a noun names its maker before it: "the Senate's passage", "Senate passage"
_MAKER_DEPS = frozenset({"poss", "compound", "nmod"})
_OF = frozenset({"of"})
_BY = frozenset({"by"})
#: the dependencies by which a noun is an argument of its clause's verb
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj"})


def enactment_noun(ctx: Context, noun: Token) -> None:
    """ "Senate passage of the X Act", "Parliament's adoption of X", "the adoption of X by the Council": the maker
    (possessor, body before the noun, or "by" phrase) enacts the law after "of"."""
    if _blocked(ctx, noun):
        return
    rel = ctx.vocab.relation(_RELATION)
    laws = ctx.args(prep_objects(noun, _OF), rel.tails)
    if not laws:
        return
    makers = [c for c in noun.children if c.dep_ in _MAKER_DEPS and c.i < noun.i]
    makers += prep_objects(noun, _BY)
    ctx.emit(_RELATION, ctx.args(makers, rel.heads), laws, "making-noun", _clause_predicate(noun))


def _clause_predicate(noun: Token) -> Token:
    """The verb whose clause states the noun, so that its modal, negation or tense qualify the making ("Senate
    passage of X could come next week" is not yet made): the verb the noun is the subject or object of, directly or
    through a preposition; the noun itself in a verbless title ("Statement on Senate Passage of X")."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in _CLAUSE_DEPS and head is not noun and is_verbal(head):
        return head
    return noun


def _blocked(ctx: Context, noun: Token) -> bool:
    """The noun is what a verb asks for, fears or holds up, directly or through a preposition ("urged passage of
    X", "pushed for passage of X", "warned against passage of X"): the law is not (yet) made."""
    head = noun.head
    words = ctx.lex.enactment_blocking_words
    if noun.dep_ == "pobj":
        if head.lower_ in words:
            return True
        head = head.head
    return head is not noun and head.lemma_.lower() in words
