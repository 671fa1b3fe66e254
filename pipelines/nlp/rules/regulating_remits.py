"""Regulating as a body's remit: "Office for Nuclear Regulation", "Commission for Communications Regulation",
"Agency for Telecommunications and Postal Regulation".

After "for", a body's head names what the body is for; "Regulation" at the end of that complement, after the
sector it rules and with no number or year after it, is the noun of the act of regulating (as in "the regulation
of nuclear power"), not a law's kind: the whole phrase is the body's name. A law named after a body puts its number
after the kind word ("Council of Ministers Regulation No. 130/2006") or its kind after the body's full name
("Commission for Communications Regulation Act"), and is left to the law rules."""

from __future__ import annotations

from pipelines.nlp.rules.run_words import Word

#: the kind word that is also the noun of the act of regulating
_REGULATING = "regulation"


def regulating_in_remit(w: list[Word], last: int, k: int) -> bool:
    """Whether the word at `k` is "Regulation" ending a "for" complement of the body's head at `last`, after a
    sector's word ("for Nuclear Regulation"): the last word of the run, or followed by nothing that is a name."""
    if w[k].low != _REGULATING or k < last + 3 or w[last + 1].low != "for":
        return False
    if w[k - 1].low in ("for", "the", "of", "and", "on"):
        return False  # "Office for the Regulation of ...": a head-first law's name may follow; not this rule
    return not any(x.is_name or x.text[:1].isdigit() for x in w[k + 1 :])
