"""A state's tax by its name: English names the tax one state's law levies with the state's possessive and the
tax's title-case name, singular ("France's Digital Services Tax", "India's Equalisation Levy"): the possessive says
whose statute it is, the title case that it is a name. The plural names a kind of tax many states have ("Digital
Services Taxes"), no law; a tax without a state's possessive may be a programme's or a firm's ("the Golden Tax")."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.rules import Cand

#: a possessor of one or two capitalised words, its possessive, then one to four capitalised words ending in "Tax"
#: or "Levy" (singular: no letter after it)
_STATE_TAX = re.compile(
    r"(?<![\w.'’-])(?P<state>[A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*)?)['’]s[ \t]+"
    r"(?P<name>(?:[A-Z][\w-]*[ \t]+){1,4}(?:Tax|Levy))(?![\w-])"
)


def find_state_taxes(text: str, type_of: Callable[[str], str | None]) -> list[Cand]:
    """Each title-case tax after a state's possessive (the tables know the possessor as a state)."""
    return [
        Cand.of(m.start("name"), m.end("name"), "Law", "state-tax")
        for m in _STATE_TAX.finditer(text)
        if type_of(m.group("state")) == "State"
    ]
