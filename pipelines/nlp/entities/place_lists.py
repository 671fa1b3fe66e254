"""A "person" listed among places after a preposition of place is a place: "located in Gulu, Mbale, Masindi and
Mbarara", "across West Hampshire, Blackburn and Darwen, Leeds and Somerset", "held in Victoria Falls, Zimbabwe".

English coordinates words of one kind, and an apposition after a comma names what contains the place before it (a
town, then its country). So a capitalised word the model reads as a person's name, coordinated with or set in
apposition to names it reads as places, in a phrase that a preposition of place (`lexicon.place_prepositions`: in,
across, near) governs, names a place: people are not located "in" a list of towns. A list must hold three names or
more and its places outnumber its people, so a list of actors ("talks in Geneva with Akello, Okello and Atim") is
no list of places; a known person's name stays a person's, and so does a name with a phrase of place of its own
("met Merkel in Berlin and Macron in Paris"), whatever the parse coordinates it with."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon

#: the labels of places: the model's, and the reference tables' for a state ("Zimbabwe")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "State"})
#: the labels of people: the model's, and the reference tables' for a known person
_PERSON_LABELS = frozenset({"PERSON", "Person"})


def among_places(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """The span's head word, no known person's name, stands in apposition to a place ("in Victoria Falls,
    Zimbabwe") or in a list of three or more whose other members hold more places than people ("in Gulu, Mbale,
    Masindi and Mbarara"), and the phrase is the object of a preposition of place. Two names joined by "and" are
    no list: the parse may join a person to the place of another clause ("met Merkel in Berlin and Macron")."""
    if not doc.has_annotation("DEP"):
        return False  # a pipeline without the parser: no list to read
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.ent_type_ == "Person":
        return False
    root = span.root
    if any(c.dep_ == "prep" for c in root.children):
        return False  # "met Angela Merkel in Berlin and Emmanuel Macron in Paris": a person placed by a phrase
    if not _governed_by_place_preposition(root, lex):
        return False
    appositions = [c for c in root.children if c.dep_ == "appos"]
    if any(t.ent_type_ in _PLACE_LABELS for t in appositions):
        return True
    members = [t for t in root.conjuncts if t.i < span.start or t.i >= span.end]
    places = sum(t.ent_type_ in _PLACE_LABELS for t in members)
    people = sum(t.ent_type_ in _PERSON_LABELS for t in members)
    return len(members) >= 2 and places > people


def _governed_by_place_preposition(root: Token, lex: Lexicon) -> bool:
    """The first member of the list (where conjuncts lead back to) is the object of a preposition of place."""
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    return first.dep_ == "pobj" and first.head.lower_ in lex.place_prepositions
