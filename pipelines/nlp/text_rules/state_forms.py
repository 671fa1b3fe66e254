"""A state named by its formal style, and a state's name inside the name of its legal code.

English names a sovereign state formally by a noun of its form of government, "of" and its short name: "the
Republic of Ireland", "the Commonwealth of Australia", "the Kingdom of Spain", "the Principality of Monaco", with
an optional qualifier before the noun ("the Federative Republic of Brazil", "the Socialist Republic of Vietnam"),
a possessive among them ("the People's Republic of China": the style's own word, no possessor).
The whole style is one name of the state, not a noun phrase around it, whether or not the tables list it; the short
name after "of" must be one the tables know as a state's, so that "the Kingdom of Heaven" or "the Republic of
Letters" names none. A document that names a state by its style may go on with the style's initials ("the Republic
of Kazakhstan" ... "the RK Law"): these name the same state.

A state's name right before "Code" is part of the title of the code of its laws ("title 18, United States Code",
"44 U.S. Code 3501"): a law's name, inside which the state is not mentioned on its own."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: "(the) [Qualifier] Noun of (the) Short Name": a capitalised noun, "of", up to four capitalised words, also in a
#: telegram's capitals ("REPUBLIC OF IRELAND"); the noun is checked against the lexicon's `state_form_heads`, the
#: short name against the tables
_FORMAL_STYLE = re.compile(
    r"(?<![\w'’-])((?:(?:[A-Z][a-z]+(?:['’]s)?|[A-Z]{4,}(?:['’]S)?)[ \t]+)?([A-Z][a-z]+|[A-Z]{4,})[ \t]+(?:of|OF)[ \t]+"
    r"(?:(?:the|THE)[ \t]+)?"
    r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}))"
)
#: a state's name and the noun "Code" of its legal code's title
_CODE_AFTER = re.compile(r"[ \t]+Code\b")


def find_formal_state_names(
    text: str,
    lex: Lexicon,
    state_id: Callable[[str], str | None],
    type_of: Callable[[str], str | None] | None = None,
) -> list[Cand]:
    """ "the Republic of Ireland", "Commonwealth of Australia": a state's formal style, one State mention linked to
    the state its short name names. The short name is cut back word by word from the right until the tables know it
    ("Republic of Ireland Data" -> "Ireland"); a qualifier before the noun is kept only when it is capitalised and
    not the start of a sentence's other words (it is one of the lexicon's `state_form_qualifiers`)."""
    found = []
    for m in _FORMAL_STYLE.finditer(text):
        if m.group(2).lower() not in lex.state_form_heads:
            continue
        words = re.sub(r"['’]s$", "", m.group(3)).split()  # "the Republic of Ireland's data": the possessor
        while words and state_id(" ".join(words).rstrip(".")) is None:
            words.pop()
        if not words:
            continue
        short = " ".join(words).rstrip(".")
        end = m.start(3) + m.group(3).index(words[0]) + len(short)
        start = m.start(2)
        qualifier = text[m.start(1) : m.start(2)].strip()
        if qualifier and qualifier.lower() in lex.state_form_qualifiers:
            start = m.start(1)
        found.append(Cand.of(start, end, "State", "formal-state", entity_id=state_id(short)))
    if type_of is not None:
        found += _formal_initials(text, found, type_of)
    return found


def _formal_initials(text: str, formal: list[Cand], type_of: Callable[[str], str | None]) -> list[Cand]:
    """ "RK" in a document that names "the Republic of Kazakhstan": the capitals of a state's formal style (two or
    three letters, from its capitalised words) written as a word of their own are the style's initials, which
    documents on that state's laws use for it ("the RK Law on Personal Data"). Not initials the tables know as
    another name (`type_of`)."""
    out: list[Cand] = []
    seen: set[str] = set()
    for c in formal:
        initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’.-]*", text[c.start : c.end]))
        if not 2 <= len(initials) <= 3 or initials in seen or type_of(initials) is not None:
            continue
        seen.add(initials)
        for m in re.finditer(rf"(?<![\w.&/-]){initials}(?![\w&/-])", text):
            out.append(Cand.of(m.start(), m.end(), "State", "formal-state-initials", entity_id=c.entity_id))
    return out


def in_code_title(text: str, c: Cand) -> bool:
    """A State candidate right before "Code" ("United States Code", "U.S. Code"): the title of that state's legal
    code names it, and English does not count it as a mention of the state by itself."""
    return c.type == "State" and before_code_title(text, c.end)


def before_code_title(text: str, end: int) -> bool:
    """The noun "Code" right after a state's name ending at `end`: the title of its legal code."""
    return _CODE_AFTER.match(text, end) is not None
