"""Newspapers named by a title whose own words say it is a newspaper: "the Jakarta Post", "People's Daily", "Asahi
Shimbun", "Dainik Grameen Darpan".

A newspaper's title is commonly its place, its people or an epithet followed by a noun that names the kind of paper
("Post", "Times", "Herald", "Tribune", "Daily"; in other languages "Ilbo", "Shimbun", "Zeitung") or, in Bengali,
Hindi or Urdu, led by the word for "daily" ("Dainik"). The title names a company however it is used. The word before
an English head must be a name, not an ordinary word ("Border Post", "Three Times", "Command Post"), and no other
capitalised word may follow the head ("South African Post Office", "Times Square"): then the head is a word of a
longer name."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a word of a title: a capital, then letters, a possessive or a hyphen ("People's", "Jong-Ang")
_WORD = r"[A-ZÀ-Þ][\w’'-]*[\w’']|[A-Z]"
#: what may not follow a title: another capitalised word on the same line continues a longer name
_LONGER = re.compile(r"[ \t]+[A-Z]")


def _heads(words: frozenset[str]) -> str:
    """An alternation of the head words, each capitalised or in capitals ("Post", "POST")."""
    return "|".join(f"{w.capitalize()}|{w.upper()}" for w in sorted(words, key=len, reverse=True))


def find_press_titles(
    text: str,
    lex: Lexicon,
    is_other_name: Callable[[str], bool],
    common_words: frozenset[str],
    is_known_name: Callable[[str], bool],
) -> list[Cand]:
    """Each title of one to three names before a press head word (`lexicon.press_title_heads`: "Jakarta Post"), or
    of the word for "daily" before one to three names (`lexicon.press_title_starts`: "Dainik Grameen Darpan")."""
    out: list[Cand] = []
    if lex.press_title_heads:
        heads = _heads(lex.press_title_heads)
        ending = re.compile(
            rf"(?<![\w’'-])(?:(?:The|THE)[ \t]+)?(?P<name>(?:{_WORD})(?:[ \t]+(?:{_WORD})){{0,2}})[ \t]+(?:{heads})"
            rf"(?![\w’'-])"
        )
        for m in ending.finditer(text):
            if _LONGER.match(text, m.end()) or not _names_only(m.group("name"), lex, common_words, is_known_name):
                continue
            if is_other_name(text[m.start("name") : m.end()]):
                continue
            out.append(Cand.of(m.start("name"), m.end(), "Firm", "press-title"))
    if lex.press_title_starts:
        leading = re.compile(
            rf"(?<![\w’'-])(?:{_heads(lex.press_title_starts)})(?:[ \t]+(?:{_WORD})){{1,3}}(?![\w’'-])"
        )
        for m in leading.finditer(text):
            if not is_other_name(m.group(0)):
                out.append(Cand.of(m.start(), m.end(), "Firm", "press-title"))
    return out


def _names_only(name: str, lex: Lexicon, common_words: frozenset[str], is_known_name: Callable[[str], bool]) -> bool:
    """Every word is a name's: no ordinary word ("Border"), no title ("Minister"), no word of a day or month; a
    possessive is a name's ("People's"), and so is a place the tables know, though a dictionary lists it too
    ("Jakarta Post", "Washington Post")."""
    written = name.split()
    words = [w.lower() for w in written]
    if words[0] in lex.name_stop_starters or any(w in lex.person_titles or w in lex.calendar_words for w in words):
        return False
    plain = [w for w in written if not re.search(r"[’']s$", w)]
    return not any(w.lower() in common_words and not is_known_name(w) for w in plain)
