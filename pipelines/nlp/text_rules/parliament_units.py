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
