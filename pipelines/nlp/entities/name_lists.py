"""A list of surnames ("Pruitt, Vance, and Ostrander were accompanied ..."): once a document has named people in
full, it lists them again by surname alone, and a list's items are of one kind. When all the items but one are the
surnames of people the document has named, the remaining capitalised word is a person's surname too, unless it is
a function word, an ordinary plural or a name the tables know as something else. The surname's other mentions after
a given name the tables know ("Mary\nDraper", wrapped by a line break) are the person's full name."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from pipelines.nlp.reference import ReferenceIndex
from pipelines.nlp.rules import Cand

_ITEM = r"[A-Z][a-z’'-]*[a-z]"
#: three or more single capitalised words joined by commas and a final "and": "Pruitt, Vance, and Ostrander"
_SURNAME_LIST = re.compile(rf"(?<![\w.-]){_ITEM}(?:,[ \t\n]+{_ITEM})+,?[ \t\n]+and[ \t\n]+{_ITEM}(?![\w-])")


def listed_surnames(
    text: str,
    chosen: list[Cand],
    occupied: bytearray,
    common_words: frozenset[str],
    is_other_name: Callable[[str], bool],
    given_names: frozenset[str] = frozenset(),
) -> list[Cand]:
    """The chosen candidates and the one item of a list of surnames that is no named person's surname yet."""
    surnames = {
        text[c.start : c.end].split()[-1] for c in chosen if c.type == "Person" and " " in text[c.start : c.end]
    }
    added: list[Cand] = []
    for m in _SURNAME_LIST.finditer(text):
        items = [(w.start() + m.start(), w.end() + m.start()) for w in re.finditer(_ITEM, m.group(0))]
        items = [(a, b) for a, b in items if text[a:b] != "and"]
        others = [(a, b) for a, b in items if text[a:b] not in surnames]
        if len(others) != 1 or len(items) - 1 < 2:
            continue
        a, b = others[0]
        word = text[a:b]
        if any(occupied[a:b]) or _no_surname(word, common_words) or is_other_name(word):
            continue
        occupied[a:b] = b"\1" * (b - a)
        added.append(Cand.of(a, b, "Person", "listed-surname"))
        added += _full_names(text, word, occupied, given_names)
    return sorted(chosen + added, key=lambda c: c.start)


def _no_surname(word: str, common_words: frozenset[str]) -> bool:
    """A function word or an ordinary plural ("Others", "Associates", "Partners") ends a list of no persons; an
    ordinary word in the singular may be a surname ("Draper", "Baker")."""
    low = word.lower()
    return low in STOP_WORDS or (low.endswith("s") and low[:-1] in common_words)


def _full_names(text: str, surname: str, occupied: bytearray, given_names: frozenset[str]) -> list[Cand]:
    """The surname's other mentions after a given name the tables know, on the same line or wrapped to the next
    ("Mary\nDraper"): the person's full name."""
    out = []
    for m in re.finditer(rf"(?<![\w.-])([A-Z][a-z]+)[ \n]{re.escape(surname)}(?![\w-])", text):
        a, b = m.span()
        if m.group(1).lower() in given_names and not any(occupied[a:b]):
            occupied[a:b] = b"\1" * (b - a)
            out.append(Cand.of(a, b, "Person", "listed-surname"))
    return out


_GIVEN: dict[int, frozenset[str]] = {}


def known_given_names(index: ReferenceIndex) -> frozenset[str]:
    """The first names of the people the tables know ("Mary", "Lina"), read once per index."""
    found = _GIVEN.get(id(index))
    if found is None:
        found = frozenset(
            e.label.split()[0].lower()
            for e in index.entities.values()
            if e.type == "Person" and e.label and len(e.label.split()) > 1
        )
        _GIVEN[id(index)] = found
    return found
