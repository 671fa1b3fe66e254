"""Words at a name's front edge that the capitalised-run scanner gets wrong.

- A one-letter prefix joined by a hyphen is part of the word it starts ("e-Commerce Directive", "e-Privacy
  Regulation", "m-Government Act"): the run scanner starts a name at its first capital and so cuts the prefix off.
  Not a prefix of two or more letters ("non-EU", "pan-African"), which makes an adjective of a name
  (`entities.knowledge`), and not a letter joined to another word ("X-ray").
- A seniority adjective before a body and the staff noun after it qualifies the person, not the body ("a Senior
  State Department Official", "Senior Administration Officials", "a Former Treasury Department official"): the
  body's name is what stands between the two.
- A title's portfolio coordinated with a body ("the Secretary of Commerce and Federal Trade Commission") is no
  word of the body's name."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a lone lower-case letter and a hyphen right before a name, the letter no part of a longer word
_LETTER_PREFIX = re.compile(r"(?<![\w-])[a-z]-$")
#: the first word of a name and the space after it
_FIRST_WORD = re.compile(r"([A-Za-z-]+)[ \t]+(?=[A-Z])")
#: the word right after a name
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)\b")

#: the types whose names a one-letter prefix may start
_PREFIXED_TYPES = frozenset({"Law", "Agency", "IGO", "Firm"})


def with_letter_prefix(text: str, c: Cand) -> None:
    """Moves the start of a law's or body's name back over a one-letter prefix ("e-" of "e-Commerce Directive")."""
    if c.type in _PREFIXED_TYPES and c.start >= 2 and _LETTER_PREFIX.search(text, max(0, c.start - 3), c.start):
        c.start -= 2


def without_staff_seniority(text: str, c: Cand, lex: Lexicon) -> None:
    """Moves the start of a body's name past a seniority adjective when a staff noun follows the name ("Senior
    State Department Official": the body is "State Department"). A name whose next word is no staff noun keeps
    its words ("Senior Citizens Council")."""
    if c.type not in ("Agency", "IGO"):
        return
    first = _FIRST_WORD.match(text, c.start, c.end)
    if first is None or first.group(1).lower() not in lex.staff_seniority_words:
        return
    nxt = _NEXT_WORD.match(text, c.end)
    if nxt is not None and nxt.group(1).lower() in lex.body_staff_titles | lex.caps_staff_nouns:
        c.start = first.end()


#: a person's title and "of" right before a name: "the Secretary of ", "Minister of "
_TITLE_OF = re.compile(r"\b([A-Z][a-z]+)[ \t]+of[ \t]+$")
#: "and" between the words of a name, and the capitalised word after it
_AND = re.compile(r"[ \t\n]+and[ \t\n]+(?=[A-Z])")


def after_title_portfolio(text: str, c: Cand, lex: Lexicon) -> None:
    """Moves the start of a body's name past a title's portfolio coordinated with it: in "the Secretary of
    Commerce and Federal Trade Commission" the words after "Secretary of" are the title's complement ("Commerce"),
    and "and" joins a second party, the body ("Federal Trade Commission"). Only where the words before "and" are
    a portfolio (`Lexicon.portfolios`) and those after it hold a body's head noun ("Secretary of Securities and
    Exchange Commission" keeps its name; "Minister of Trade and Industry" has no body)."""
    if c.type != "Agency":
        return
    title = _TITLE_OF.search(text, max(0, c.start - 30), c.start)
    if title is None or title.group(1).lower() not in lex.person_titles:
        return
    for conj in _AND.finditer(text, c.start, c.end):
        portfolio = " ".join(text[c.start : conj.start()].split()).lower()
        rest = text[conj.end() : c.end].split()
        if portfolio in lex.portfolios and len(rest) >= 2 and any(w.lower() in lex.agency_heads for w in rest):
            c.start = conj.end()
            return
