"""People in a bulleted list: a web page lists the participants of a meeting, a body's executives or a panel one
item a bullet, each item the person's name, a comma and what the person is (an organisation, a title):

    - Jane Roe, Consumer Federation of America
    - John Doe, Chief Technologist of the Federal Trade Commission
    • Mary Major, Chief Technology Officer

An item whose comma is followed by a person's title or role in capitals ("Chief Technology Officer", "Vice
Chairperson", "Director General") names a person when one word of its name at least is no ordinary English word
("- Data Protection, Head of Unit" names a unit and its head). English lists like things: when two other items of
the same list name persons (so read by the statistical model, or by a title after the comma), the list is a list of
people and every item's name of two to four name words (an initial allowed) is a person's, unless one of its
words is a head noun of a body, a law or a place, a title, a day or a month, or the tables know the name as something
else. The name is what stands between the bullet and the first comma; an item whose name is one word ("- Brookings,
...") or starts in lower case gives nothing. A line of an office holder without a bullet is left to the model; its
title is no heading (`listed_holders.in_holder_title`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.layout_persons import _WORD, _name_words_ok
from pipelines.nlp.text_rules.listed_holders import has_rare_word

#: a list item: a bullet (at a line's start or after spaces, where a page's line breaks were lost), the name of
#: two to four words on one line, a comma; and a look at the first three words after it
_ITEM = re.compile(
    rf"(?:(?<=^)|(?<=\s))(?P<mark>[-•·*–])[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]*,"
    r"(?=(?P<after>(?:[ \t]+[\w'’-]+){0,3}))"
)
#: items of one list stand this close to each other (a long item's description included)
_MAX_GAP = 300
#: a list of people has this many items the model reads as persons, besides the one in question
_MIN_PERSONS = 2


def _lists(text: str) -> Iterator[list[re.Match[str]]]:
    """The bulleted lists of a text: runs of items with the same bullet, each close to the one before."""
    run: list[re.Match[str]] = []
    for m in _ITEM.finditer(text):
        if run and (m.group("mark") != run[-1].group("mark") or m.start() - run[-1].end() > _MAX_GAP):
            yield run
            run = []
        run.append(m)
    if run:
        yield run


def _model_persons(doc: Doc) -> set[tuple[int, int]]:
    """The character spans the statistical model labels PERSON."""
    return {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"}


def _titled(item: re.Match[str], lex: Lexicon) -> bool:
    """A capitalised word of a person's title or role among the first three words after the item's comma."""
    roles = lex.person_titles | lex.infobox_person_roles
    return any(w[:1].isupper() and w.lower() in roles for w in item.group("after").split())


def find_bulleted_people(
    doc: Doc, lex: Lexicon, common_words: frozenset[str], is_other_name: Callable[[str], bool]
) -> list[Cand]:
    """The name of each item of a bulleted list of people ("- Jane Roe, Consumer Federation of America")."""
    persons = _model_persons(doc)
    out: list[Cand] = []
    for items in _lists(doc.text):
        titled = [_titled(m, lex) and has_rare_word(m.group("name"), common_words) for m in items]
        read = [t or (m.start("name"), m.end("name")) in persons for m, t in zip(items, titled, strict=True)]
        for m, own, is_person in zip(items, titled, read, strict=True):
            in_people_list = sum(read) - is_person >= _MIN_PERSONS
            if (own or in_people_list) and _name_words_ok(
                m.group("name"), lex, common_words, is_other_name, rare=False
            ):
                out.append(Cand.of(m.start("name"), m.end("name"), "Person", "bulleted-person"))
    return out
