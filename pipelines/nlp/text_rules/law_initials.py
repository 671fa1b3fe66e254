"""The short form English makes of a law's title from the initials of its capitalised words, which a document may
use without defining it: "Regulation of Investigatory Powers Act" is "RIPA", "Protection from Online Falsehoods and
Manipulation Act 2019" is "POFMA" (the year is no word of the short form). A short form used as a modifier before
another capitalised word or a number is a word of another name ("COPPA Rule", "DPA 2018"), not the law."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.text_rules.agency_names import capitalised_words, name_words

_MIN_WORDS = 3
_MAX_LETTERS = 7
#: a capitalised word or a number right after the letters: they modify another name there
_NAME_AFTER = re.compile(r"[ \t]+[A-Z0-9]")


def law_initialisms(name: str, lex: Lexicon) -> set[str]:
    """The initials of a law title's capitalised words, its singular head included ("Regulation of Investigatory
    Powers Act": RIPA); three to seven letters, from three capitalised words at least."""
    caps = capitalised_words(name_words(name), lex)
    if len(caps) < _MIN_WORDS or caps[-1].lower() not in lex.law_heads or caps[-1].endswith("s"):
        return set()  # a plural head names a body of rules, a code or a system ("Code of Federal Regulations")
    form = "".join(w[0] for w in caps)
    return {form} if len(form) <= _MAX_LETTERS else set()


def modifies_a_name(text: str, end: int) -> bool:
    """Whether the short form ending at `end` modifies a capitalised word or a number after it ("COPPA Rule")."""
    return _NAME_AFTER.match(text, end) is not None
