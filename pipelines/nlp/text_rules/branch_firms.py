"""A company's national branch named by the company's brand and the state it serves: "MTN Nigeria", "PostBank
Uganda", "eBay Russia".

A multinational names its arm in a country, and a national company its line of business, by its brand followed by the
state's name ("MTN Ghana", "eBay India"). The brand is a word no English sentence puts right before a
state's name otherwise: initials in capitals ("MTN") or a coined word with a capital inside ("PostBank", "eBay").
A word only capitalised before a state's name opens a sentence or a heading ("Neighbouring Chile", "Designates
Iran") or is a given name ("Lisa Monaco"); an ordinary word is a phrase of its own ("Visit Uganda", "In Nigeria"),
and a name the tables know as a body, a place or a person is that thing, not a brand."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a brand, then one to three capitalised words (the state's name, tried longest first); a lookahead, so that each
#: word may start a match
_BRAND_AND_STATE = re.compile(
    r"(?<![\w.&’'-])(?=(?P<brand>[A-Za-z][\w&]*)[ \t]+(?P<state>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2}))"
)
#: initials in capitals, or a coined word with a capital after a lower-case letter ("PostBank", "eBay")
_COINED = re.compile(r"[A-Z][A-Z0-9&]{1,4}|[A-Za-z][a-z]+[A-Z][A-Za-z]*|[a-z][A-Z][A-Za-z]+")


def _brand(word: str, lex: Lexicon, common_words: frozenset[str], is_known: Callable[[str], bool]) -> bool:
    """The word can be a company's brand: initials or a coined word, no English word, title, function or calendar
    word, and no name the tables know. A word only capitalised ("Neighbouring Chile", "Lisa Monaco", "Designates
    Iran") says nothing: it opens a sentence or a heading, or is a person's given name."""
    low = word.lower()
    if low in common_words or low in lex.name_stop_starters or low in lex.person_titles or low in lex.calendar_words:
        return False
    if is_known(word):
        return False
    return _COINED.fullmatch(word) is not None


def find_branch_firms(
    text: str,
    lex: Lexicon,
    common_words: frozenset[str],
    is_state: Callable[[str], bool],
    is_known: Callable[[str], bool],
) -> list[Cand]:
    """ "MTN Nigeria", "PostBank Uganda": a brand right before a state's whole name (the tables') names the
    company's branch there, the state's name included; not in text all in capitals (a telegram's every word is
    capitalised, so its words say nothing of a brand)."""
    out: list[Cand] = []
    for m in _BRAND_AND_STATE.finditer(text):
        brand = m.group("brand")
        end = _state_end(text, m.start("state"), m.group("state"), is_state)
        if end is None or (brand.isupper() and text[m.start("state") : end].isupper()):
            continue
        if _brand(brand, lex, common_words, is_known):
            out.append(Cand.of(m.start("brand"), end, "Firm", "branch-firm"))
    return out


def _state_end(text: str, start: int, words: str, is_state: Callable[[str], bool]) -> int | None:
    """Where the longest state's name (the tables') that the capitalised words start with ends, when no capitalised
    word follows it (a longer name goes on: "MTN Nigeria Communications"); or None."""
    spans = list(re.finditer(r"\S+", words))
    for k in range(len(spans), 0, -1):
        end = start + spans[k - 1].end()
        if is_state(text[start:end]):
            return None if re.match(r"[ \t]+[A-Z]", text[end:]) else end
    return None
