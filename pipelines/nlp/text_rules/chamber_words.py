"""A legislative chamber named "House" without an article, as US usage names the House of Representatives beside
the Senate: "sent a letter to House and Senate leadership", "House Speaker Nancy Pelosi", "• House agreed to Senate
amendment". With "the" the chamber is `bodies.find_bare_chambers`'s.

What makes the bare word the chamber and not part of a name or a building:
- the document names a second chamber or the legislature (Senate, Congress, House of Representatives): a text that
  speaks of one chamber of two;
- no capitalised word or determiner stands right before it on its line ("White House", "Government House", "Opera
  House"; "the House" is the other finder's, "a house" is a building), unless a sentence ended there;
- after it comes no "of" ("House of Lords" is the full name the rulers find) and no capitalised word but a chamber's
  officers and party groups (`Lexicon.chamber_role_words`: "House Speaker", "House Democrats"); "House Energy and
  Commerce Committee", "House Bill 12" are names.

The candidate is a bare head ("?"): `TyperResolution._bare_head` gives it the chamber the text named last, else the
one the tables know by "House of Representatives".

British and Commonwealth usage, and telegrams, name a country's legislature "parliament" in lower case and without an
article, as a proper name ("approved by parliament", "With parliament and the GOT distracted"): with an article or a
possessive it is a common noun ("a parliament", "the parliament's"), after a capitalised word part of a name
("European parliament"), and in "member(s)/act(s) of parliament" part of a title or a kind of law.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

_HOUSE = re.compile(r"(?<![\w.’'/-])House\b")
#: the text names a second chamber or the legislature
_BICAMERAL = re.compile(r"\b(?:Senate|Congress|House of Representatives)\b")
#: the word right before, on the same line
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
#: the word right after, on the same line
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w’'-]*)")
#: "parliament" in lower case, not inside a word
_PARLIAMENT = re.compile(r"(?<![\w-])parliament(?![\w-])")
#: "member(s) of parliament", "act(s) of parliament": a title and a kind of law
_OF_PARLIAMENT = re.compile(r"(?i)\b(?:members?|acts?|mps?)[ \t]+of[ \t]+$")
#: lower-case words before a noun that make "house" a common noun ("a house", "this house")
_LIST_MARKS = frozenset({"•", "-", "*", "–", "▪", "●"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "our", "their"})


def find_determinerless_house(text: str, lex: Lexicon) -> list[Cand]:
    """Each "House" that names a chamber without an article (module docstring), as a bare head."""
    if not _BICAMERAL.search(text):
        return []
    return [
        Cand.of(m.start(), m.end(), "?", "bare-head")
        for m in _HOUSE.finditer(text)
        if _free_before(text, m.start()) and _chamber_after(text, m.end(), lex)
    ]


def _free_before(text: str, start: int) -> bool:
    """Nothing before the word on its line makes it part of a name or a common noun: line start, a list mark, a
    lower-case word that is no determiner, or a word that ends a sentence or a list item ("McConnell, House
    Speaker Nancy Pelosi")."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _WORD_BEFORE.search(text, line_start, start)
    if m is None or text[line_start:start].strip() in _LIST_MARKS:
        return True
    word = m.group(1)
    if word in _LIST_MARKS or (word[-1] in ",.!?:;" and not word.endswith("U.S.")):
        return True
    return word.isalpha() and word.islower() and word not in _DETERMINERS


def _chamber_after(text: str, end: int, lex: Lexicon) -> bool:
    """What follows keeps the word the chamber: punctuation, the line's end, a lower-case word other than "of", or
    a chamber's officer or party group."""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return True
    word = m.group(1)
    if word == "of":
        return False
    return word[:1].islower() or word.lower() in lex.chamber_role_words


def find_parliament_by_name(text: str) -> list[Cand]:
    """Each "parliament" in lower case used as a proper name (module docstring), as an Agency."""
    return [
        Cand.of(m.start(), m.end(), "Agency", "bare-head")
        for m in _PARLIAMENT.finditer(text)
        if _named_alone(text, m.start(), m.end())
    ]


def _named_alone(text: str, start: int, end: int) -> bool:
    """No article, possessive or capitalised word before the word, no "of parliament" title, no possessive or noun
    of its own after it ("parliament building")."""
    if _OF_PARLIAMENT.search(text, max(0, start - 12), start):
        return False
    before = _WORD_BEFORE.search(text, text.rfind("\n", 0, start) + 1, start)
    if before is not None:
        word = before.group(1)
        named = word[:1].isupper() and word.lower() not in STOP_WORDS  # "European parliament"; not "With parliament"
        if named or word.lower() in _DETERMINERS or word.endswith(("'s", "’s")):
            return False
    return not re.match(r"(?:'s|’s|[ \t]+[a-z]+(?:ary|ing)\b)", text[end : end + 12])
