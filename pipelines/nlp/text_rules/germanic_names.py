"""Names of state bodies and laws in German and Swedish inside English text ("Bundesbeauftragter für den
Datenschutz und die Informationsfreiheit", "Bundesamt für Sicherheit in der Informationstechnik", "Försvarets
radioanstalt", "Integritetsskyddsmyndigheten", "Bundesdatenschutzgesetz", "Verfassungsgerichtshof").

German writes a body's name as a compound head noun that says its kind ("-amt", "-ministerium", "-behörde",
"-beauftragter") or its level ("Bundes-", "Landes-"), then what it is for, joined by the language's own
prepositions and articles ("für", "der", "des", "zur"), every noun capitalised; a law's one-word name ends in
"-gesetz". Swedish writes a body's name as one compound ending in the noun of its kind ("-myndigheten",
"-inspektionen", "-verket") or as an owner in the genitive and that compound in lower case ("Försvarets
radioanstalt", "Statens medieråd"). English never joins capitalised words with these prepositions, and has no
word with these endings, so each is one name of the language."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a capitalised word of German or Swedish
_CAP = r"[A-ZÄÖÜÅ][a-zäöüßåé]+(?:-[A-ZÄÖÜÅa-zäöüßå][a-zäöüßåé]+)*"
#: German prepositions and articles that join the words of a name; the first after the head must be one that
#: English does not have ("in", "am", "die" are English words too)
_JOINER = r"(?:für|der|den|dem|des|die|das|und|zur|zum|vom|von|im|in|am|über)"
_FIRST_JOINER = r"(?:für|der|den|dem|des|und|zur|zum|vom|über)"
_GERMAN = re.compile(
    rf"(?<![\w-])(?P<head>{_CAP})(?P<rest>[ \t]+{_FIRST_JOINER}(?:[ \t]+{_JOINER})*[ \t]+{_CAP}"
    rf"(?:[ \t]+{_JOINER}(?:[ \t]+{_JOINER})*[ \t]+{_CAP})*)"
)
#: a Swedish owner in the genitive, then a lower-case compound
_SWEDISH_PAIR = re.compile(r"(?<![\w-])(?P<owner>[A-ZÅÄÖ][a-zåäöé]+s)[ \t]+(?P<noun>[a-zåäö]+)(?![\w-])")
#: one capitalised compound
_COMPOUND = re.compile(r"(?<![\w-])[A-ZÄÖÜÅ][a-zäöüßåé]+(?:-[A-ZÄÖÜÅ][a-zäöüßåé]+)*(?![\w-])")


def _ends_in(word: str, endings: frozenset[str], stem: int = 3) -> bool:
    """The word ends in one of the endings, with a stem of at least `stem` letters before it."""
    low = word.lower()
    return any(low.endswith(e) and len(low) >= len(e) + stem for e in endings)


def _german_head(word: str, lex: Lexicon) -> bool:
    """A compound that names a German body's kind or level ("Bundesamt", "Datenschutzbehörde", "Landes...")."""
    low = word.lower()
    return _ends_in(word, lex.german_body_endings) or any(
        low.startswith(p) and len(low) >= len(p) + 3 for p in lex.german_body_prefixes
    )


def find_germanic_names(text: str, lex: Lexicon, type_of: Callable[[str], str | None]) -> list[Cand]:
    """German and Swedish bodies' names (an Agency, or what the tables know the name as) and German laws' one-word
    names."""
    out = []
    for m in _GERMAN.finditer(text):
        if _german_head(m.group("head"), lex):
            out.append(Cand.of(m.start(), m.end(), type_of(m.group(0)) or "Agency", "foreign-language-name"))
    for m in _SWEDISH_PAIR.finditer(text):
        if _ends_in(m.group("noun"), lex.swedish_body_endings):
            out.append(Cand.of(m.start(), m.end(), type_of(m.group(0)) or "Agency", "foreign-language-name"))
    for m in _COMPOUND.finditer(text):
        word = m.group(0)
        if _ends_in(word, lex.swedish_compound_body_endings):
            out.append(Cand.of(m.start(), m.end(), type_of(word) or "Agency", "foreign-language-name"))
        elif _ends_in(word, lex.german_law_endings, stem=4):
            out.append(Cand.of(m.start(), m.end(), type_of(word) or "Law", "foreign-language-name"))
        elif _ends_in(word, lex.german_body_endings, stem=4):
            # a body's one-word name, a compound of what it is for and its kind ("Bundeskartellamt",
            # "Verfassungsgerichtshof", "Datenschutzbehörde")
            out.append(Cand.of(m.start(), m.end(), type_of(word) or "Agency", "foreign-language-name"))
    return out
