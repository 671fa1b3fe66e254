"""A date written day first ("3 July 2020") right after a name's word: the name has ended.

English joins a date to a name only through a preposition ("the Law of 6 January 1978", "Regulation (EU) 2016/679
of 27 April 2016"); a day number and a month right after a capitalised word start a date of its own, as in an
infobox row or a list where the line before was run on ("Received from the Federal Senate 3 July 2020")."""

from __future__ import annotations

from pipelines.nlp.lexicon import load_lexicon

#: the months, lower case (`patterns/lexicon.yaml`)
MONTHS = frozenset(load_lexicon().months)


def day_month_starts(toks: list, i: int, last_word_low: str, connectors: frozenset[str]) -> bool:
    """The token at `i` is a day of the month (one or two digits) and a month follows it, after a name's word
    that is no connector ("of", "du"): a date starts there, not a word of the name."""
    return last_word_low not in connectors and day_of_month(toks, i)


def day_of_month(toks, i: int) -> bool:
    """The token at `i` is a day of the month written before its month ("3 July", "14 May 2021"): a date's number,
    not a number that names a thing with the word before it ("Section 301", "Office 365")."""
    tok = toks[i]
    if not (tok.text.isdigit() and len(tok.text) <= 2):
        return False
    nxt = next((t for t in toks[i + 1 : i + 3] if not t.is_space), None)
    return nxt is not None and nxt.lower_ in MONTHS
