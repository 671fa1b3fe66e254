"""A Korean given name cut at its hyphen: "Lee Myung" of "Lee Myung-bak", "Moon Jae" of "Moon Jae-in".

English writes a Korean given name as two syllables joined by a hyphen, the second in lower case ("Lee Myung-bak",
"Park Geun-hye", "Choi Sung-joon"); a rule that reads names as runs of capitalised words stops at the hyphen. The
lower-case syllable belongs to the name when both syllables are short and the second is no English content word:
a name joined to an English word by a hyphen ("Smith-led", "Biden-era", "Obama-style") makes a modifier, and a word
that goes on with another hyphen ("Smith-in-law") is no syllable."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from pipelines.nlp.rules import Cand

#: a short capitalised syllable at the name's end, a hyphen, then a short syllable in lower case that ends the word
_SYLLABLES = re.compile(r"(?<![\w'’-])[A-Z][a-z]{1,5}-(?P<second>[a-z]{1,5})(?![\w'’-])")


def join_given_name_syllables(text: str, chosen: list[Cand], common_words: frozenset[str]) -> list[Cand]:
    """Each person of two or more words that ends right before "-" and a lower-case syllable takes that syllable,
    unless it is an English content word ("led", "era", "style"; a function word such as "in" of "Jae-in" may be
    a syllable) or another mention starts inside it."""
    starts = {c.start for c in chosen}
    for c in chosen:
        if c.type != "Person" or len(text[c.start : c.end].split()) < 2:
            continue
        last = text.rfind(" ", c.start, c.end) + 1
        m = _SYLLABLES.match(text, last)
        if m is None or m.start("second") != c.end + 1:
            continue
        second = m.group("second")
        if second in common_words and second not in STOP_WORDS:
            continue
        if not any(s in starts for s in range(c.end, m.end())):
            c.end = m.end()
    return chosen
