"""A numbered act's citation, as civil-law governments write it in English: the body that issued the act, written
before the act's kind, is part of its name ("Council of Ministers Regulation No. 130/2006", "EU Council Decision
2008/615/JHA", "Cabinet Resolution No. 21", "Presidential Decree No. 123"), and so is the year after its number
("Resolution No. 21 of 2019", "Law No. 11, 2008"). Acts are numbered by issuer and by year, so both tell one
"Regulation No. 130" from another. A name without a number ("the Council Regulation") is left alone."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a union's or an organisation's initials before an issuing body ("EU Council", "UN Security Council")
_INITIALS_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z]{2,3}[ \t]+$")
#: the year of a number: "of 2019" or ", 2008", then no further digit, date or number ("of 2019/20", ", 2008/1")
_NUMBER_YEAR = re.compile(r"(?:[ \t]+of|,)[ \t]+(?:19|20)\d\d(?![\d/.,-]\d|[\w/-])")


@lru_cache(maxsize=4)
def _issuer_rx(issuers: frozenset[str], suffix: str) -> re.Pattern[str]:
    """An issuer's words (`law_issuer_names`, longest first, each word capitalised but "of") followed by `suffix`;
    built once per list."""
    phrases = sorted(issuers, key=len, reverse=True)
    alts = "|".join(r"[ \t]+".join(w if w == "of" else w.capitalize() for w in p.split()) for p in phrases)
    return re.compile(r"(?<![\w'’-])(?:" + alts + r")" + suffix)


def _kind_start(text: str, c: Cand, lex: Lexicon) -> int | None:
    """Where the kind of a numbered act starts in its span ("Regulation No.130/2006", "Council Decision
    2008/615/JHA": after the issuer the span already holds), or None when the span holds no number or does not start
    with a law's kind."""
    span = text[c.start : c.end]
    if not any(ch.isdigit() for ch in span):
        return None
    m = _issuer_rx(lex.law_issuer_names, r"[ \t]+").match(span)
    at = m.end() if m else 0
    kind = span[at:].split()[:1]
    kinds = lex.law_heads | lex.defined_law_heads  # "Decision", "Order" name an act when numbered
    return c.start + at if kind and kind[0].lower() in kinds else None


def start_at_issuer(text: str, c: Cand, lex: Lexicon) -> int:
    """The start of a numbered act's name at the issuer written right before its kind, on the same line ("Council
    of Ministers Regulation No.130/2006", "Presidential Decree No. 123"), with the initials of a union or an
    organisation before the body ("EU Council Decision 2008/615/JHA"). Any other span keeps its start."""
    kind = _kind_start(text, c, lex) if c.type == "Law" else None
    if kind is None:
        return c.start
    start = c.start
    if kind == c.start:
        m = _issuer_rx(lex.law_issuer_names, r"[ \t]+$").search(text, max(0, c.start - 60), c.start)
        start = m.start() if m else c.start
    if start < kind:
        m = _INITIALS_BEFORE.search(text, max(0, start - 10), start)
        start = m.start() if m else start
    return start


def end_with_number_year(text: str, c: Cand, lex: Lexicon) -> int:
    """The end of a numbered act's name with the year of its number after "of" or a comma ("Resolution No. 21 of
    2019", "Law No. 11, 2008"): the number restarts each year, so the year belongs to the citation. The span must
    end in the number."""
    if c.type != "Law" or _kind_start(text, c, lex) is None or not text[c.end - 1 : c.end].isdigit():
        return c.end
    m = _NUMBER_YEAR.match(text, c.end)
    return m.end() if m else c.end
