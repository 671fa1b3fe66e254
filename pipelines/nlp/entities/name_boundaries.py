"""A person's name broken by a hard line wrap (the given name ends one line, the surname starts the next), cut by
the tokenizer inside its surname ("Falque-Pierrotin", "D’Aoust") or by the model after a particle ("Zine El" +
"Abidine Ben Ali"); a data type that is a word of a law's short title."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a line break, then one capitalised word (hyphenated parts allowed) that no capitalised word follows
#: (a possessive "'s" ends no surname: "Rubio\nThe's" is no name, found by the property test of tests/nlp/test_rules.py)
_SURNAME_NEXT_LINE = re.compile(
    r"[ \t]*\n[ \t]*([A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)(?<![’']s)(?![\w'’-])(?![ \t]+[A-Z])"
)


def _proper_noun(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """The tagger reads the word as a proper noun, and it has no ending of an ordinary word, an inflection or a
    derivation ("Underscored", "Bilateral"): WordNet, the source of the ordinary words, also lists famous people
    ("Mitterrand")."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1:
        return False
    word = span[0].lower_
    if word.endswith((*lex.ordinary_word_endings, "ed", "al", "ly", "s", "ic", "ous", "ful", "er")):
        return False
    return span[0].pos_ == "PROPN"


def _inflected(word: str, common_words: frozenset[str]) -> bool:
    """An inflected form of an ordinary word ("Underscored", "Talks", "Meeting"), which no name is."""
    stems = {word[:-1], word[:-2]} if word.endswith(("ed", "es")) else set()
    if word.endswith("s"):
        stems.add(word[:-1])
    if word.endswith("ing"):
        stems |= {word[:-3], word[:-3] + "e"}
    return word not in common_words and bool(stems & common_words)


def join_wrapped_surnames(
    doc: Doc,
    text: str,
    chosen: list[Cand],
    lex: Lexicon,
    common_words: frozenset[str],
    is_other_name: Callable[[str], bool],
) -> list[Cand]:
    """Hard-wrapped text (telegrams, the Federal Register) breaks a name between its given name and its surname
    ("Culture Minister Frederic\\nMitterrand and ..."): a person of one word at a line's end, and one capitalised
    word that starts the next line, is no ordinary English word (`_proper_noun`), title, head noun, day or month
    nor a known name of something else (`is_other_name`), and has no capitalised word after it, are one name. A
    person found for the surname alone is the same mention."""
    blocked = (
        lex.person_titles
        | lex.org_heads
        | lex.law_heads
        | lex.place_heads
        | lex.calendar_words
        | lex.name_particles
        | lex.name_stop_starters
    )
    by_start = {c.start: c for c in chosen}
    dropped: set[int] = set()
    for c in chosen:
        if c.type != "Person" or " " in text[c.start : c.end] or "\n" in text[c.start : c.end]:
            continue
        m = _SURNAME_NEXT_LINE.match(text, c.end)
        if m is None or m.group(1).lower() in blocked or is_other_name(m.group(1)):
            continue
        if _inflected(m.group(1).lower(), common_words):
            continue
        if m.group(1).lower() in common_words and not _proper_noun(doc, m.start(1), m.end(1), lex):
            continue
        other = by_start.get(m.start(1))
        if other is not None and (other.type != "Person" or other.end != m.end(1)):
            continue
        if any(x is not c and x.start < m.end(1) and x.end > c.end for x in chosen if x is not other):
            continue
        if other is not None:
            dropped.add(id(other))
        c.end = m.end(1)
    return [c for c in chosen if id(c) not in dropped]


#: what continues a surname the statistical model cut: a hyphen and a capitalised part ("Falque-Pierrotin"), or,
#: after a space, an elided particle and a capitalised part ("D’Aoust", "O'Brien")
_SURNAME_TAIL = re.compile(r"(?:-|[ ][A-Z][’'])(?P<part>[A-Z][a-z]+)(?![\w'’-])")


def join_name_tails(text: str, chosen: list[Cand], common_words: frozenset[str]) -> list[Cand]:
    """A person's name the model cut inside a surname ("Isabelle Falque" before "-Pierrotin", "Raymond" before
    "D’Aoust") takes the rest of it, when no other mention starts there and the part is no ordinary word
    ("Riekstins-Led delegation"): English writes no hyphen or elided particle between two words of a name that
    are not one surname."""
    starts = {c.start for c in chosen}
    for c in chosen:
        m = _SURNAME_TAIL.match(text, c.end) if c.type == "Person" else None
        if m is None or m.group("part").lower() in common_words:
            continue
        if not any(s in starts for s in range(c.end, m.end())):
            c.end = m.end()
    return chosen


def join_particle_split_names(text: str, chosen: list[Cand], lex: Lexicon) -> list[Cand]:
    """A person's "name" that ends in a particle ("Zine El", "Ahmed bin"), right before another person's name on the
    same line, is the first part of one name ("Zine El Abidine Ben Ali"): a particle ("el", "bin", "van", "de";
    `lexicon.name_particles`) joins the words after it to a name, and never ends one."""
    persons = sorted((c for c in chosen if c.type == "Person"), key=lambda c: c.start)
    dropped: set[int] = set()
    for first, second in zip(persons, persons[1:], strict=False):
        if id(first) in dropped or re.fullmatch(r"[ \t]+", text[first.end : second.start]) is None:
            continue
        words = text[first.start : first.end].split()
        if len(words) >= 2 and words[-1].lower() in lex.name_particles:
            second.start = first.start
            dropped.add(id(first))
    return [c for c in chosen if id(c) not in dropped]


def without_data_before_law_heads(text: str, chosen: list[Cand], lex: Lexicon) -> list[Cand]:
    """A data type in lower case right before a law's head noun in capitals ("the free flow of non-personal data
    Regulation") is a word of the law's short title, which names the law by what it governs: no data type of its
    own."""
    out = []
    for c in chosen:
        nxt = re.match(r"[ \t]+([A-Z][a-z]+)\b", text[c.end : c.end + 30]) if c.type == "DataType" else None
        lower = text[c.start : c.end].islower()
        if nxt is not None and lower and nxt.group(1).lower() in lex.law_heads:
            continue
        out.append(c)
    return out
