"""A legislative chamber named with its state after "of" is one name, the chamber's: "the Senate of Nigeria", "the
Senate of the Federal Republic of Nigeria", as "the Parliament of India" and "the National Assembly of Kenya" are.
The chamber's noun alone ("Senate") is also a name the tables know (the United States Senate's), but inside "<chamber>
of <state>" it is a word of the longer name, not a mention of its own, so the whole name stands and the state inside it
is no mention either (nested names: the outer one only). A body that is no chamber keeps its own name apart from the
state after it ("the Federal Communications Commission of the United States of America")."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: "of" and an optional article between a chamber's noun and its state's name
_OF_STATE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def chamber_word_of_state(text: str, c: Cand, cands: list[Cand], lex: Lexicon) -> bool:
    """The candidate is a chamber's noun (`Lexicon.chamber_nouns`: "Senate", "Parliament") the tables gave, and a
    body's name from the same word runs on over "of" to a state's name that ends it."""
    if c.source != "ruler" or c.type != "Agency" or text[c.start : c.end].lower() not in lex.chamber_nouns:
        return False
    of = _OF_STATE.match(text, c.end)
    if of is None:
        return False
    states = {s.end for s in cands if s.type == "State" and s.start == of.end()}
    return any(o.type == "Agency" and o.start == c.start and o.end in states for o in cands if o is not c)
