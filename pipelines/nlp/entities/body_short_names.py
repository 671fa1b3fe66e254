"""A body's short name defined in brackets: "the association of Internet Service Providers (Redtel)", "the Spanish
Music Society (Musicor)". English brackets a name right after the full name of what it names, so a word bracketed
after a body's name (its head noun last, or its head noun before "of" and a capitalised name) is that body's short
name, never a person's, there and wherever the text repeats it; a person's initials follow a person's name
("Anibal Fernandez (AF)"), not a body's, and a title shortly before the body's name makes the bracket name the
office's holder ("the Chairman of the Delegation to the Subcommittee of the Disarmament Commission (Stassen)")."""

from __future__ import annotations

import re
from functools import lru_cache

#: one capitalised word alone in brackets: "(Redtel)", "(Musicor)"
_BRACKETED = re.compile(r"\((?P<name>[A-Z][A-Za-z-]{1,20})\)")

#: the words before the bracket: a head noun last ("Society"), or a head noun, "of" and one to six capitalised
#: words or their joining words ("association of Internet Service Providers", "Society of Authors and Composers")
_HEAD_BEFORE = re.compile(r"(?P<head>[A-Za-z]+)(?:[ \t\n]+of(?:[ \t\n]+(?:[A-Z][\w&-]*|and|for|the|&)){1,6})?[ \t\n]*$")


@lru_cache(maxsize=16)  # one text, asked once per person candidate
def _short_names(text: str, heads: frozenset[str], titles: frozenset[str]) -> frozenset[str]:
    out = set()
    for m in _BRACKETED.finditer(text):
        before = _HEAD_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if before is None or before.group("head").lower() not in heads:
            continue
        office = re.findall(r"[A-Za-z]+", text[max(0, before.start() - 60) : before.start()])[-8:]
        if not any(w.lower() in titles for w in office):  # "the Chairman of the Delegation to ...": its holder
            out.add(m.group("name"))
    return frozenset(out)


def body_short_name(text: str, name: str, heads: frozenset[str], titles: frozenset[str]) -> bool:
    """`name` is bracketed somewhere in `text` right after the name of a body whose head noun is one of `heads`
    (lower case: "association", "society", "union"), with no title of a person (`titles`) in the eight words before
    the body's name: the body's short name, no person's."""
    return name in _short_names(text, heads, titles)
