"""A body's abbreviation that the document never spells out, read from the staff title it modifies ("an FAA
official", "the EPA Administrator", "IRMO Deputy Director Jane Roe").

English names a government official by the body's short form used as a modifier before the official's title; a
company's staff are named so too, but by titles of their own ("an IBM spokesman", "the BBC's chief executive"), and
"official", "Administrator", "Deputy Director" are the titles of public office. Letters the tables know (a state's
"US", an organisation's "NATO") keep their type; letters the document itself gives as a company's name, before a
company's legal form, name that company, and the officials are its staff ("COMSAT Corporation ... COMSAT officials",
"ZTE Corp. ... ZTE officials"); in a line written all in capitals (a telegram's header, a heading) every word looks
like a name, and no rule is read there."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: letters alone (three to six capitals), a blank, and the capitalised or lower-case words of a title after them
_LETTERS_BEFORE_TITLE = re.compile(
    r"(?<![\w.&/-])(?P<letters>[A-Z]{3,6})(?![\w.&/-])[ \t]+(?P<title>[A-Za-z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})"
)


def find_titled_initialisms(text: str, lex: Lexicon, type_of: Callable[[str], str | None]) -> list[Cand]:
    """Letters before a public official's title ("FAA official", "IRMO Deputy Director") in a line of mixed case,
    when the tables know them as nothing else and they are no title themselves ("CEO"): the body the official
    serves."""
    out: list[Cand] = []
    for m in _LETTERS_BEFORE_TITLE.finditer(text):
        letters = m.group("letters")
        if type_of(letters) is not None or letters.lower() in lex.person_titles or _in_capitals_line(text, m.start()):
            continue
        if _company_letters(text, letters, lex):
            continue
        if _staff_title(m.group("title"), lex):
            out.append(Cand.of(m.start("letters"), m.end("letters"), "Agency", "titled-initialism"))
    return out


def _company_letters(text: str, letters: str, lex: Lexicon) -> bool:
    """The document names a company by these letters: they stand before a company's legal form somewhere in it
    ("COMSAT Corporation", "ZTE Corp.", "MTN Ltd")."""
    after = re.finditer(rf"(?<![\w.&/-]){re.escape(letters)}(?:['’]s)?[ \t]+(?P<suffix>[A-Za-z.]+)", text)
    return any(m.group("suffix").lower().rstrip(".") in lex.legal_suffixes for m in after)


def _staff_title(words: str, lex: Lexicon) -> bool:
    """The words after the letters open with a public official's title, rank words allowed ("Deputy Director")."""
    ws = words.split()
    k = 0
    while k < len(ws) - 1 and ws[k].lower() in lex.post_rank_words:
        k += 1
    return any(" ".join(ws[k:j]).lower() in lex.body_staff_titles for j in range(k + 1, len(ws) + 1))


def _in_capitals_line(text: str, at: int) -> bool:
    """The line holding `at` is written mostly in capitals (a header, a heading, a telegram in capitals)."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    line = text[a : len(text) if b < 0 else b]
    letters = [c for c in line if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)
