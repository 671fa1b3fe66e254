"""A name the statistical model reads as an organisation inside a list of people ("Aleksei Pushkov, and Nadezhda
Gerasimova and senator Victor Ozerov"): a person's.

English coordinates like things: the members of a list joined by commas and "and" or "or" are of one kind. A
name of two or three capitalised words with no word of an organisation's name (a head noun, a legal form, an
ordinary English word) right next to a person's name in such a list is a person's name too."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from pipelines.nlp.lexicon import Lexicon

#: what joins two members of a list: a comma, "and" or "or" (after a comma too)
_JOIN = r"[ \t]*(?:,|,?[ \t]+(?:and|or))[ \t]+"
_JOINED_BEFORE = re.compile(_JOIN + r"$")
#: ... and after the name, a word in lower case (a title: `_person_next_to`) may open the next member ("and senator
#: Victor Ozerov")
_JOINED_AFTER = re.compile(_JOIN + r"(?:(?P<title>[a-z]+)[ \t]+)?$")
#: a word of a person's name: a capital, then letters (a hyphen or an apostrophe inside)
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)?")


def _person_next_to(span: Span, titles: frozenset[str]) -> bool:
    """A span the model labels PERSON is the list member right before or right after the span (after it, a title
    in lower case may stand before the name: "and senator Victor Ozerov", not "and analyst ...")."""
    doc, text = span.doc, span.doc.text
    for other in doc.ents:
        if other.label_ != "PERSON":
            continue
        if other.end_char <= span.start_char and _JOINED_BEFORE.fullmatch(text[other.end_char : span.start_char]):
            return True
        after = _JOINED_AFTER.fullmatch(text[span.end_char : other.start_char])
        if other.start_char >= span.end_char and after and after.group("title") in (None, *titles):
            return True
    return False


def person_in_person_list(
    span: Span, lex: Lexicon, common_words: frozenset[str], is_known_name: Callable[[str], bool]
) -> bool:
    """The span (two or three capitalised words, none an ordinary English word or a word of a body's, a law's, a
    place's or a company's name, not a name the tables know) is a member of a list whose neighbour is a person."""
    words = span.text.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words) or is_known_name(span.text):
        return False
    heads = lex.org_heads | lex.law_heads | lex.place_heads | lex.corporate_suffixes | lex.person_titles
    if any(w.lower() in heads or w.lower() in common_words for w in words):
        return False
    return _person_next_to(span, lex.person_titles)
