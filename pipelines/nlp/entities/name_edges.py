"""The edges of a person's name the statistical model cut: a given name left out in front ("Iñigo" of "Iñigo
Sanz Ortega", "Do" of "activist Do Van Minh") or a second surname left out behind ("Ruiz" of "Ana Belén
Gómez Ruiz[3]").

English writes a person's full name as one run of capitalised words. Inside a sentence, after a word in lower
case, a capitalised word is no sentence start: right before a name of two or more words it is a further given
name (Spanish, Vietnamese and Dutch names have three or four words: "María Teresa Fernández Álvarez"), unless it
is an ordinary English noun or adjective (a title's or a portfolio's word: "Secretary of Commerce Gina Raimondo"),
a title, a head noun of a body, a law or a place, a nationality, a day or month, or a name the tables know as
something else. A function word in capitals inside a sentence is a name's ("activist Do Van Minh").
Right after such a name, one more capitalised word that is no ordinary English word
and that punctuation or a lower-case word follows closes the name (Spanish names end in two surnames)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a capitalised word of letters (accented letters allowed; a hyphen or an apostrophe only before a capital:
#: "Jean-Luc", "O'Brien", not "President-elect")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’-][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
#: one or two capitalised words right before a name, after a lower-case word (or a comma) on the same line
_GIVEN_BEFORE = re.compile(
    rf"(?<![\w’'-])(?P<low>[a-zß-öø-ÿ]+),?[ \t]+(?P<given>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]+$"
)
#: a title (its first part, before a hyphen) and the preposition of its complement: "Director at", "Minister-in-charge
#: of"; the capitalised words after it are the complement's (the body, the portfolio), not given names
_TITLE_PREPOSITION = re.compile(r"(?<![\w-])([A-Z][A-Za-z]+)(?:-[a-z]+)*[ \t]+(?:of|at|for|in)[ \t]+$")
#: one capitalised word right after a name, then punctuation, a footnote mark, a lower-case word or the line's end
_SURNAME_AFTER = re.compile(rf"[ \t]+(?P<surname>{_NAME_WORD})(?=[ \t]*(?:[^\w\s’'-]|$|\n)|[ \t]+[a-z])")


def _blocked_words(lex: Lexicon) -> frozenset[str]:
    """The words that are no part of a person's name next to it: titles, head nouns, days and months, a party's
    word for its member ("Tory"), a document's kind in a release's headline ("Senator X Remarks at ...")."""
    return (
        lex.person_titles
        | lex.weak_person_titles
        | lex.title_final_words
        | lex.org_heads
        | lex.law_heads
        | lex.place_heads
        | lex.calendar_words
        | lex.name_stop_starters
        | lex.party_member_words
        | lex.document_kind_nouns
    )


def extend_name_edges(
    text: str,
    chosen: list[Cand],
    lex: Lexicon,
    common_words: frozenset[str],
    is_other_name: Callable[[str], bool],
    is_nationality: Callable[[str], bool],
) -> list[Cand]:
    """Each person of two or more words (on one line) takes the given names the model left out before it and the
    surname it left out after it (see the module docstring), where no other mention holds those words."""
    blocked = _blocked_words(lex)
    taken = bytearray(len(text) + 1)
    for c in chosen:
        taken[c.start : c.end] = b"\1" * (c.end - c.start)

    def name_words(words: str) -> bool:
        low = [w.lower() for w in words.split()]
        return not any(w in blocked or is_nationality(w) for w in low) and not is_other_name(words)

    def given_words(words: str) -> bool:
        """No ordinary English noun or adjective ("Secretary of Commerce Gina ...", "Senior Counsel Shawn ..."):
        an ordinary word before a name is a title's or a portfolio's; a function word in capitals inside a
        sentence ("activist Do Van Minh") is a name's."""
        low = [w.lower() for w in words.split()]
        ordinary = [w in common_words or (w.endswith("s") and w[:-1] in common_words) for w in low]
        return name_words(words) and all(not o or w in STOP_WORDS for w, o in zip(low, ordinary, strict=True))

    for c in chosen:
        if c.type != "Person" or len(text[c.start : c.end].split()) < 2 or "\n" in text[c.start : c.end]:
            continue
        m = _GIVEN_BEFORE.search(text, max(0, c.start - 60), c.start)
        if m is not None and given_words(m.group("given")) and not any(taken[m.start("given") : m.end("given")]):
            if not _complement_of_title(text, m.start("given"), lex):
                c.start = m.start("given")
        m = _SURNAME_AFTER.match(text, c.end)
        if m is None or any(taken[m.start("surname") : m.end("surname")]):
            continue
        word = m.group("surname")
        if word.lower() not in common_words and name_words(word):
            c.end = m.end("surname")
    return chosen


def _complement_of_title(text: str, start: int, lex: Lexicon) -> bool:
    """A title and its preposition right before the words ("Executive Director at Fairplay Josh Golin"): the words
    are the title's complement, the body or portfolio of the office, not the holder's given names."""
    m = _TITLE_PREPOSITION.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).lower() in lex.person_titles
