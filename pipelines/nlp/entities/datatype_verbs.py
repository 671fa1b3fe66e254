"""Where a data type's phrase starts when a clause's verb in its base form stands before the data's noun ("retain and
store users' data", "services that store or process data on behalf of the user").

English puts the base form of a verb after "to", a modal, a relative pronoun or a coordinating conjunction, and a
verb of handling data there ("store", "process", `lexicon.data_handling_verbs`) governs the noun phrase after it as
its object: no name of a kind of data starts with such a verb. The phrase starts after the verb, and after the verbs
coordinated with it ("store or process")."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon

#: the words after which a verb stands in its base form: the infinitive's "to", the modals, the relative pronouns
#: and the coordinating conjunctions (a clause's verbs: "retain and store", "store or process")
_BASE_FORM_BEFORE = frozenset(
    {"to", "and", "or", "that", "which", "who", "not"}
    | {"must", "shall", "will", "may", "can", "should", "would", "could"}
)
#: a word and the blanks after it
_WORD = re.compile(r"(\S+)\s+")
#: the last word before a position
_LAST_WORD = re.compile(r"(\S+)\s+$")


def after_base_verb(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Where the data type's phrase at `start:end` starts once the base-form verbs of handling data that open it
    after "to", a modal, a relative pronoun or a conjunction are left out ("store users' data" after "retain and"
    is "users' data"; "store or process data" after "that" is "data"); `start` when no such verb opens it."""
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    if before is None or before.group(1).lower() not in _BASE_FORM_BEFORE:
        return start
    pos = start
    while pos < end:
        m = _WORD.match(text, pos, end)
        if m is None or m.group(1).lower() not in lex.data_handling_verbs:
            return pos
        pos = m.end()
        nxt = _WORD.match(text, pos, end)
        if nxt is not None and nxt.group(1).lower() in ("and", "or"):
            pos = nxt.end()
    return pos
