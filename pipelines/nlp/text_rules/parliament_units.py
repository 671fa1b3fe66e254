"""Committees of the European Parliament named by their members: "Civil Liberties Committee MEPs", "the Foreign
Affairs Committee MEP". English calls a member of the European Parliament an MEP; a committee whose members are
MEPs is the European Parliament's, an organ of the Union, whatever its remit."""

from __future__ import annotations

import re

from pipelines.nlp.rules import Cand

#: the members' noun right after a committee's name
_MEPS_AFTER = re.compile(r"[ \t]+MEPs?\b")
#: a committee's head at the end of a name
_COMMITTEE_END = re.compile(r"(?i)\b(?:sub-?)?committee$")


def union_parliament_committees(text: str, chosen: list[Cand]) -> None:
    """Types IGO each national-looking committee (Agency, unresolved) whose name is followed by "MEPs" or "MEP":
    the committee of the European Parliament those members sit on."""
    for c in chosen:
        if c.type != "Agency" or c.entity_id is not None:
            continue
        if _COMMITTEE_END.search(text[c.start : c.end]) and _MEPS_AFTER.match(text, c.end):
            c.type = "IGO"


#: a committee's remit in capitalised words, commas and "and" between them ("Internal Market and Consumer
#: Protection", "Civil Liberties, Justice and Home Affairs"), no possessive among them, and its head in either case
_REMIT_COMMITTEE = r"(?P<name>(?:(?!(?:The|A|An)\b)[A-Z][\w-]*,?[ \t]+(?:(?:and|&)[ \t]+)?){1,6}[Cc]ommittee)\b"
#: the committee before its members ("... committee MEPs") or after them ("MEPs of the ... committee")
_MEPS_COMMITTEE = re.compile(
    rf"(?<![\w-]){_REMIT_COMMITTEE}(?=[ \t]+MEPs?\b)|\bMEPs?[ \t]+(?:of|on|in|from)[ \t]+the[ \t]+"
    + _REMIT_COMMITTEE.replace("?P<name>", "?P<after>")
)


def find_meps_committees(text: str, body_heads: frozenset[str]) -> list[Cand]:
    """A committee named by its remit, its head in lower case as a press release writes it, and its members called
    MEPs ("Internal Market and Consumer Protection committee MEPs", "MEPs of the Economic and Monetary Affairs
    committee") is the European Parliament's: one IGO candidate. A remit that holds a body's head ("European
    Parliament committee") names the body, not a committee."""
    out: list[Cand] = []
    for m in _MEPS_COMMITTEE.finditer(text):
        start, end = m.span("name") if m.group("name") is not None else m.span("after")
        remit = text[start:end].lower().split()[:-1]
        if not set(remit) & body_heads:
            out.append(Cand.of(start, end, "IGO", "igo-meps-committee"))
    return out
