"""A date written day first ("3 July 2020") right after a name's word: the name has ended.

English joins a date to a name only through a preposition ("the Law of 6 January 1978", "Regulation (EU) 2016/679
of 27 April 2016"), never through "on", which dates an event ("the Treaty of Lisbon on 1 December 2009"); a day
number and a month right after a capitalised word start a date of its own, as in an infobox row or a list where
the line before was run on ("Received from the Federal Senate 3 July 2020")."""

from __future__ import annotations

from pipelines.nlp.lexicon import load_lexicon

#: the months, lower case (`patterns/lexicon.yaml`)
MONTHS = frozenset(load_lexicon().months)


#: the preposition of time before a date: "the Treaty of Lisbon on 1 December 2009" is the treaty and the day
#: something happened to it; no title joins its date with "on" (a law's date follows "of": "the Law of 6 January")
DATE_PREPOSITION = "on"


def day_month_starts(toks: list, i: int, last_word_low: str, connectors: frozenset[str]) -> bool:
    """The token at `i` is a day of the month (one or two digits) and a month follows it, after a name's word
    that is no connector ("of", "du"): a date starts there, not a word of the name. After "on" a date starts
    too, written day first or month first ("on 1 December 2009", "on December 1, 2009")."""
    if last_word_low == DATE_PREPOSITION:
        return day_of_month(toks, i) or month_day(toks, i)
    return last_word_low not in connectors and day_of_month(toks, i)


def month_day(toks, i: int) -> bool:
    """The token at `i` is a month and a day's number follows it ("December 1, 2009")."""
    nxt = next((t for t in toks[i + 1 : i + 3] if not t.is_space), None)
    return toks[i].lower_ in MONTHS and nxt is not None and nxt.text.isdigit() and len(nxt.text) <= 2


def day_of_month(toks, i: int) -> bool:
    """The token at `i` is a day of the month written before its month ("3 July", "14 May 2021"): a date's number,
    not a number that names a thing with the word before it ("Section 301", "Office 365")."""
    tok = toks[i]
    if not (tok.text.isdigit() and len(tok.text) <= 2):
        return False
    nxt = next((t for t in toks[i + 1 : i + 3] if not t.is_space), None)
    return nxt is not None and nxt.lower_ in MONTHS
