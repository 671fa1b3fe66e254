"""A person named again by the first word of the full name a telegram gave ("Prime Minister Meles Zenawi ... Meles
said"; "spokesperson Ma Zhaoxu ... Ma's remarks").

Telegrams report on people whose names put the name used alone first: Chinese, Korean and Vietnamese family names
("Ma Zhaoxu": Ma), Ethiopian and Eritrean given names ("Meles Zenawi": Meles), and the first names of officials the
post knows well. After the full name, the first word alone names the same person, as the last word does in other
names (`entities.abbreviations`). The word must read as a name: capitalised, two letters or more, no particle or
title, and no name the tables know as something else (a place, a state, a body: "Jordan", "Chad"); said alone, not
as the first word of another capitalised name ("Ethio Telecom", "Mark Ward"); and where it is also an English word
("Mark", "Will", "Meles"), the telegram never writes it in lower case ("Investigation Developments" read as a name
in a subject line, "the investigation" in the prose), and it is capitalised inside its sentence or the tagger reads
it as a noun there, not as a verb or a function word ("Will the ministry agree", "Mark the date", "He said")."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from pipelines.nlp import telegram
from pipelines.nlp.entities.abbreviations import mark_taken
from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a word in lower case (or a comma) and a space right before a word: the word is inside its sentence
_MID_SENTENCE = re.compile(r"(?<![A-Z])[a-z]+,?[ \t\n]+$")
#: a capitalised word right after a space or a hyphen: the word is the first of a longer name
_NAME_AFTER = re.compile(r"[ \t-]+[A-Z]")


def first_word(name: str, lex: Lexicon, known: Callable[[str], str | None]) -> str | None:
    """The first word of a person's name of two words or more, when it can name the person alone (the module
    docstring); `known(word)` is the type the tables give the word, if any."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0]
    lower = first.lower()
    if len(first) < 2 or not first.isalpha() or not first[0].isupper():
        return None
    if lower in lex.name_particles or lower in lex.person_titles or known(first) is not None:
        return None
    return first


def _read_as_name(doc: Doc, text: str, start: int, end: int, common_words: frozenset[str]) -> bool:
    """The word at start..end is a name there: no function word; no other English word, or one the document never
    writes in lower case and that is capitalised inside its sentence or the tagger reads as a noun there (not a
    verb: "Mark the date", "Will the ministry")."""
    lower = text[start:end].lower()
    if doc.vocab[lower].is_stop:
        return False  # "He Yafei ... He said": the pronoun
    if lower not in common_words:
        return True
    if re.search(r"(?<![\w-])" + re.escape(lower) + r"(?![\w-])", text):
        return False  # the document writes the word in lower case too: an ordinary word ("Investigation")
    if _MID_SENTENCE.search(text, max(0, start - 40), start):
        return True  # a capital after a word in lower case starts no sentence: "urged Meles to act"
    span = doc.char_span(start, end)
    return span is not None and all(t.pos_ in ("PROPN", "NOUN") for t in span)


def given_name_repeats(
    doc: Doc,
    text: str,
    chosen: list[Cand],
    occupied: bytearray,
    lex: Lexicon,
    common_words: frozenset[str],
    known: Callable[[str], str | None],
) -> list[Cand]:
    """The chosen candidates and, in a telegram, each later mention of a person by the first word of the full name
    the telegram gave (the module docstring); `doc` is the parsed `text` (same offsets)."""
    if not telegram.is_telegram(text):
        return chosen
    firsts: dict[str, Cand] = {}
    for c in chosen:
        word = first_word(text[c.start : c.end], lex, known) if c.type == "Person" else None
        if word is not None:
            firsts.setdefault(word, c)
    added: list[Cand] = []
    for word, c in firsts.items():
        for m in re.finditer(r"(?<![\w.-])" + re.escape(word) + r"(?![\w-])", text):
            a, b = m.span()
            if a < c.end or any(occupied[a:b]) or _NAME_AFTER.match(text, b):
                continue
            if not _read_as_name(doc, text, a, b, common_words):
                continue
            mark_taken(occupied, a, b)
            added.append(Cand(a, b, "Person", "repeat", 2, c.confidence * 0.9))
    return sorted(chosen + added, key=lambda x: x.start) if added else chosen
