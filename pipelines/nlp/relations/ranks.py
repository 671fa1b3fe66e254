"""Titles that name a rank or a post inside a body, not its head (leads).

English uses a head's title word for posts below the head when a word before it says which post: an ordinal makes a
diplomatic rank ("First Secretary", "Second Secretary, Russian Embassy": one of the embassy's officers, not its
head); a word of a function or a unit makes a post that serves the head ("Press Secretary", "Private Secretary",
"State Secretary, Prime Minister's Office", "Office Director, Ministry of Defense"). The words are
`rank_title_modifiers` in `patterns/relations.yaml`. A title whose "of" phrase names a function by a bare common
noun heads that function, not the body named before it ("the FTC's chief of staff"); one whose "of" or "for" phrase
names a unit by a bare noun that is no body's name heads the unit, not the body it sits in, after "at" or in the
possessive ("Head of Legal Enforcement at the Commission", "the Ministry's Secretary for Climate Change")."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.syntax import prep_objects


def ranked(words: Iterable[Token], lex: RelationLexicon) -> bool:
    """One of the title's words before its head word makes it a rank or a post below the head."""
    return any(w.lower_ in lex.rank_title_modifiers for w in words)


def rank_before(title: Token, lex: RelationLexicon) -> bool:
    """ "First Secretary X", "the first secretary of X", "X, the state secretary at Y": a word of rank or post
    modifies the title noun, or stands right before it (where the parse hangs it on the name)."""
    mods = [c for c in title.children if c.dep_ in ("amod", "compound", "nummod") and c.i < title.i]
    before = [title.doc[title.i - 1]] if title.i > 0 else []
    return ranked(mods + before, lex)


def post_of_function(title: Token, lex: RelationLexicon) -> bool:
    """ "chief of staff", "director of communications": the title's "of" object is a bare common noun (no
    determiner, no possessive, no capital), which names the function the holder heads inside a body. ("Head of
    state" and "head of government" are a state's head: `state_title_modifiers`.)"""
    state_words = lex.state_title_modifiers.get(title.lower_, frozenset())
    return any(
        obj.text.islower() and obj.pos_ == "NOUN" and obj.lower_ not in state_words for obj in _portfolios(title)
    )


def unit_seats(title: Token, person: Token, named: Callable[[Token], bool]) -> frozenset[int]:
    """ "Head of Legal Enforcement and Regulations at NDPC", "Director of Research at the FTC", "the Environment
    Ministry's Secretary for Climate Change": where the title's "of" or "for" object is a bare noun that names no
    body one may lead (`named`), it names a unit the holder heads, and the body after "at" or "in" (on the title, or
    on the name the title is apposed to), or the body in the possessive, is where that unit sits, not what the
    holder heads: the indices of those bodies' words, with what hangs on them ("the Commission (NDPC)"). A
    minister's portfolio after "of" is the ministry itself ("Minister of Trade (MITYC) X"): no such seat."""
    if not any(not named(obj) for obj in _portfolios(title)):
        return frozenset()
    seats = [c for c in title.children if c.dep_ == "poss"]
    seats += [t for t in title.subtree if t.dep_ == "pobj" and _under_at(t, title)]
    seats += [o for o in prep_objects(person, frozenset({"at", "in"})) if o.i > title.i]
    return frozenset(w.i for seat in seats for w in seat.subtree)


def _under_at(tok: Token, title: Token) -> bool:
    """The token hangs from the title through "at" or "in" (on the title, or on the unit's noun after it)."""
    while tok != title and tok.head != tok:
        if tok.dep_ == "prep" and tok.lower_ in ("at", "in"):
            return True
        tok = tok.head
    return False


def _portfolios(title: Token) -> list[Token]:
    """The bare nouns (no determiner, no possessive) a title's "of" or "for" phrase names."""
    objs = [o for p in title.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for o in p.children]
    return [
        o
        for o in objs
        if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("det", "poss") for c in o.children)
    ]
