"""Law names in another language inside English text, in the forms `foreign_names` (a head, then capitalised
words joined by the language's prepositions) does not read:

- the short form: English shortens a Romance law's name to its head and first word ("the Marco Civil da Internet"
  ... "the Marco Civil"), once the text has given the full name;
- the nickname: a Spanish or French law nicknamed by its head and one capitalised word ("Ley Sinde", "Loi
  Toubon"), not after a capitalised word (a surname: "Sussan Ley");
- the German title: "Gesetz" and a preposition open a title that runs, in German's own case, up to the punctuation
  that closes it, a bracket ("(Gesetz zur Verbesserung der Rechtsdurchsetzung in sozialen Netzwerken)")."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

_WORD = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÿ'’-]*"
#: the prepositions and articles that join a Romance name's words (as `foreign_names` reads them)
_JOINER = r"(?:d[eo]s?|du|da|das|del|della|di|pour|para|et|e|y|la|le|les|em|en)"
_HEAD_WORD_JOINER = re.compile(
    r"(?<![\wÀ-ÿ'’-])(?P<short>(?P<head>" + _WORD + r")[ \t]+" + _WORD + r")[ \t]+" + _JOINER + r"\b"
)
_NICKNAME = re.compile(r"(?<![\wÀ-ÿ'’-])(?P<head>" + _WORD + r")[ \t]+" + _WORD + r"(?![\wÀ-ÿ'’-])")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\wÀ-ÿ.-]*[ \t]+$")
#: a German title's words: anything up to the bracket that closes it or opens its abbreviation (in English prose
#: without brackets the German words cannot be told from the English ones after them)
_GERMAN_TITLE = re.compile(r"\bGesetz[ \t]+(?P<prep>[a-zü]+)[ \t]+[^\[\]\(\)\{\},.;:!?\"“”\n]{3,150}(?=[\(\)\[\]])")


def find_foreign_law_titles(text: str, lex: Lexicon) -> list[Cand]:
    """Law names in another language by their short form, nickname or German title (module docstring)."""
    return [*_short_forms(text, lex), *_nicknames(text, lex), *_german_titles(text, lex)]


def _short_forms(text: str, lex: Lexicon) -> list[Cand]:
    """Each later use of a Romance law name's head and first word, where no joining word follows ("the Marco
    Civil")."""
    heads = lex.foreign_law_heads | lex.foreign_framework_heads
    out: list[Cand] = []
    seen: set[str] = set()
    for m in _HEAD_WORD_JOINER.finditer(text):
        short = m.group("short")
        if m.group("head").lower() not in heads or short in seen:
            continue
        seen.add(short)
        rx = re.compile(r"(?<![\wÀ-ÿ'’-])" + re.escape(short) + r"(?![\wÀ-ÿ'’-])(?![ \t]+" + _JOINER + r"\b)")
        out += [Cand.of(r.start(), r.end(), "Law", "foreign-law-title") for r in rx.finditer(text, m.end())]
    return out


def _nicknames(text: str, lex: Lexicon) -> list[Cand]:
    """A nickname head and one capitalised word, with no capitalised word before or after it ("Ley Sinde")."""
    out: list[Cand] = []
    for w in re.finditer(r"(?<![\wÀ-ÿ'’-])" + _WORD, text):
        m = _NICKNAME.match(text, w.start()) if w.group(0).lower() in lex.foreign_law_nickname_heads else None
        if m is None:
            continue
        if _CAPITALISED_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "Sussan Ley Said": a surname in a name (a possessive is no part of it: "France's Loi Evin")
        if re.match(r"[ \t]+(?:" + _WORD + r"|" + _JOINER + r"\b)", text[m.end() :]):
            continue  # a longer name, read by `foreign_names`
        out.append(Cand.of(m.start(), m.end(), "Law", "foreign-law-title"))
    return out


def _german_titles(text: str, lex: Lexicon) -> list[Cand]:
    """ "Gesetz", a preposition of `Lexicon.german_title_prepositions` and the title's words to the bracket that
    closes it; a title of more than fourteen words is prose, not a name."""
    out: list[Cand] = []
    for m in _GERMAN_TITLE.finditer(text):
        if m.group("prep") not in lex.german_title_prepositions:
            continue
        end = m.start() + len(m.group(0).rstrip())
        if len(text[m.start() : end].split()) <= 14:
            out.append(Cand.of(m.start(), end, "Law", "foreign-law-title"))
    return out
