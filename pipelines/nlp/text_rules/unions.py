"""Organisations of states named by an abbreviation before "States" or "Member States": "the EEA EFTA States", "the
three EFTA states", "the GCC member states".

English calls the countries that belong to an organisation of states after it: "EU Member States", "ASEAN member
states", "the EFTA States". An abbreviation in capitals right before that plural noun is therefore the name of an
intergovernmental organisation, whether or not the tables know it. A whole phrase in capitals ("SOME STATES") says
nothing, for there every word looks like an abbreviation."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.rules import Cand

#: an abbreviation of two to six capitals, then "States" or "Member States" in mixed or lower case
_BEFORE_STATES = re.compile(
    r"(?<![\w.’'/-])([A-Z]{2,6})[ \t]+(?:[Mm]ember[ \t]+)?(?:States|states)\b"
    r"(?![ \t]*:|\s+(?:that|the|a|an|its|their|this|these|how|why|what)\b)"  # ... no verb: "the ZRB states that"
)


def find_state_unions(text: str, is_known_name: Callable[[str], bool]) -> list[Cand]:
    """An abbreviation right before "States" or "Member States" ("the EEA EFTA States"): an intergovernmental
    organisation, unless the tables know the abbreviation (as a state's, "US States", or as the organisation it
    is, which the rulers find). The verb "states" takes a clause or an object ("the ZRB states that ...")."""
    return [
        Cand.of(m.start(1), m.end(1), "IGO", "state-union")
        for m in _BEFORE_STATES.finditer(text)
        if not is_known_name(m.group(1))
    ]
