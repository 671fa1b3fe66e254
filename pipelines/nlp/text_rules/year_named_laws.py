"""A law named by its year and its kind: "the 1964 Agreement", "the 1997 Constitution", "the 2018 Act", "Kenya's 2010
Constitution".

English tells one law of a kind from another by the year it was made, written before the kind's capitalised noun
inside a definite noun phrase (an article, a possessive pronoun or a possessor's "'s" before the year): the year
and the noun are the law's name together, as "the 2016 Regulation" is the regulation of 2016 and "the Constitution"
alone is any. The year is no part of a longer title that goes on after the kind's noun in capitals ("the 2018 Law
on Cybersecurity", "the 1995 EU Data Directive": the title is the name there), and a bill, which is not yet law, is
named by its number or its title rather than its year (`year_named_law_heads`). A year in a list of years ("the
2004, 2009, and 2015 Constitution") or after another word ("Online Safety Act 2023 Act of Parliament") names no
single law this way."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a determiner of a definite noun phrase, or a possessor's "'s", then the year and a capitalised word
_YEAR_KIND = re.compile(
    r"(?:(?<![\w'’])(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)|[\w.]['’]s)[ \t]+"
    r"(?P<name>(?:1[6-9]|20)\d\d[ \t]+(?P<kind>[A-Z][a-z]+))\b"
)
#: what continues a title after the kind's noun: a capitalised word, directly or after a joining word
_TITLE_GOES_ON = re.compile(r"[ \t]+(?:(?:on|of|for|to|in|and)[ \t]+(?:the[ \t]+)?)?[A-Z]")


def find_year_named_laws(text: str, lex: Lexicon) -> list[Cand]:
    """Each "<year> <Kind>" after a definite determiner or a possessor, where the kind is a law's noun of
    `year_named_law_heads` and no capitalised title goes on after it, as one Law name."""
    out: list[Cand] = []
    for m in _YEAR_KIND.finditer(text):
        if m.group("kind").lower() not in lex.year_named_law_heads:
            continue
        if _TITLE_GOES_ON.match(text, m.end("name")):
            continue
        out.append(Cand.of(m.start("name"), m.end("name"), "Law", "law-year"))
    return out
