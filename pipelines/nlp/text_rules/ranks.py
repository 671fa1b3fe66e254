"""A military rank written as its abbreviation in capitals before a surname, the way telegrams and military staff
papers write it ("MG Heine", "COL Whitaker", "LTC Ames", "RADM Lopez"): the surname is a person's name, the rank
is a title and no part of it (as "Gen." in "Gen. Jones").

The abbreviations are the ranks' own (`lexicon.military_rank_abbreviations`); the name after one is one or two
capitalised words in mixed case that are no ordinary English word ("MG Rover", "COL Motor" name no one) and the
rank and the name may be split by a line break."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: capitals alone (a rank's abbreviation), a blank or one line break, and one or two capitalised mixed-case words
_RANK_NAME = re.compile(
    r"(?<![\w.&/-])(?P<rank>[A-Z]{2,4})[ \t]*\n?[ \t]*(?P<name>[A-Z][a-z’'-]+[a-z](?:[ \t]+[A-Z][a-z’'-]+[a-z])?)"
    r"(?![\w-])"
)


def find_ranked_names(
    text: str, lex: Lexicon, common_words: frozenset[str], is_known_name: Callable[[str], bool]
) -> list[Cand]:
    """The name after a military rank's abbreviation ("MG\\nHeine"), when its words are no ordinary words and no
    name the tables know as something else ("COL London")."""
    out: list[Cand] = []
    for m in _RANK_NAME.finditer(text):
        if m.group("rank").lower() not in lex.military_rank_abbreviations:
            continue
        words = m.group("name").split()
        if any(w.lower() in common_words or is_known_name(w) for w in words):
            continue
        out.append(Cand.of(m.start("name"), m.end("name"), "Person", "ranked-name"))
    return out
