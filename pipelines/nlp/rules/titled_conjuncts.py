"""A person's title and name after "and" end a body's name: "the Ministry of Justice and Senator Lee", "the
Department of Commerce and Secretary Raimondo", "the Federal Trade Commission and Chair Lina Khan".

English puts a title right before the name of its holder ("Senator Lee", "Attorney General Garland"); a body's name
never goes on with a title and a name after its "and" (its conjuncts are remits: "Ministry of Justice and Public
Security"). After "and", a title (`lexicon.person_titles`) followed by capitalised words with no body's head noun
among them is a person coordinated with the body: the body's name ends before "and". A title followed by no name
("Department of the Prime Minister and Cabinet" has none after "and") or by a body's name ("and Minister of
Finance") is left to the other rules.
"""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word

#: the most words a title holds ("assistant attorney general")
_LONGEST_TITLE = 3


def titled_person_after_and(w: list[Word], low: list[str], k: int, lex: Lexicon) -> bool:
    """The words after the "and" at `k` are a title and a name to the end of the run, with no body's head noun."""
    title_end = _title_end(low, k + 1, lex)
    if title_end is None or title_end >= len(w):
        return False
    rest = w[title_end:]
    return all(x.text[:1].isupper() and x.low not in lex.org_heads and x.low not in lex.name_connectors for x in rest)


def _title_end(low: list[str], at: int, lex: Lexicon) -> int | None:
    """Where the longest title starting at word `at` ends (the index after it), or None when none starts there."""
    for n in range(_LONGEST_TITLE, 0, -1):
        if at + n <= len(low) and " ".join(low[at : at + n]) in lex.person_titles:
            return at + n
    return None
