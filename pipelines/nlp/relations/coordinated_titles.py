"""Coordinated titles in an apposition (leads): "Jane Roe, a lawyer and director of the X", "Lael Brainard,
Assistant to the President and Director of the National Economic Council": the nouns coordinated in an apposition
to a name each say what the named person is, so a title among them is the person's title, however the parse hangs
it (on the first noun of the apposition, or on a noun of its "to" phrase). A title with a determiner of its own
after a "to" phrase may be a second person served ("adviser to the Prime Minister and the Director of X"), so only
a bare title counts."""

from __future__ import annotations

from spacy.tokens import Token

#: the preposition of a title that serves someone ("Assistant to the President", "Adviser to the Minister")
_SERVING_PREPS = frozenset({"to"})


def coordinated_titles(person: Token, words: frozenset[str]) -> list[Token]:
    """The title nouns (lemmas in `words`) coordinated with a noun apposed to the person's name."""
    found: list[Token] = []
    for appos in (c for c in person.children if c.dep_ == "appos"):
        found += [c for c in appos.conjuncts if c.i > appos.i and _title(c, words) and _bare(c)]
        found += [t for t in _after_serving_object(appos) if _title(t, words) and _bare(t)]
    return found


def _after_serving_object(appos: Token) -> list[Token]:
    """ "Assistant to the President and Director of X", "Assistant to the President for Science and Technology and
    Director of Y": the parse coordinates the second title with a noun inside the first one's "to" phrase; a
    conjunct in title case like the first title is a second title of the same person, not a second person served
    (with a determiner of its own, "Adviser to the Minister and the Director of X", it is not: `_bare`)."""
    if not appos.text.istitle():
        return []
    preps = [p for p in appos.children if p.dep_ == "prep" and p.lower_ in _SERVING_PREPS]
    inside = {t.i for p in preps for t in p.subtree}
    return [t for p in preps for t in p.subtree if t.dep_ == "conj" and t.head.i in inside and t.text.istitle()]


def adjacent_of_objects(title: Token) -> list[Token]:
    """ "... and Director of the National Economic Council": the "of" phrase right after a coordinated title is that
    title's, even where the parse hangs it on the noun the title is coordinated with."""
    doc = title.doc
    if title.dep_ != "conj" or title.i + 1 >= len(doc) or doc[title.i + 1].lower_ != "of":
        return []
    return [o for o in doc[title.i + 1].children if o.dep_ == "pobj"]


def _title(tok: Token, words: frozenset[str]) -> bool:
    """A title noun of the lexicon."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def _bare(tok: Token) -> bool:
    """No determiner or possessive of its own: a noun that shares the phrase's opening with what it is coordinated
    with."""
    return not any(c.dep_ in ("det", "poss") for c in tok.children)
