"""A body that owns another in a plural possessive: "the Committee of Ministers’ Rapporteur Group on Legal
Co-operation" is the Rapporteur Group of the Committee of Ministers. English marks the possessor of a plural noun
with an apostrophe after its "s" as it marks a singular one with "'s" ("the FCC's Supply Chain Order"); when the
words before the apostrophe already name a body (a body's head, then "of" and the plural noun) and the words after
it name another (they end on a body's head), the possessor is a name of its own and the candidate ends before its
apostrophe. A plural noun alone before the apostrophe is part of a name ("National Farmers' Union", "Department
of Veterans' Affairs": no body's head after it)."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a plural possessive inside a name: "Ministers’ R"
_PLURAL_POSSESSIVE = re.compile(r"(?<=[a-z]s)['’](?=[ \t]+[A-Z])")
#: a body's head, "of" and a plural noun ending the possessor: "Committee of Ministers", "Board of Governors"
_HEAD_OF_PLURAL = re.compile(r"(?P<head>[A-Z][\w-]*)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]+s$")


def _body_heads(lex: Lexicon) -> frozenset[str]:
    """The heads of a body's name: an organisation's and an organ's."""
    return lex.igo_heads | lex.igo_organ_heads


def end_before_plural_possessor(text: str, c: Cand, lex: Lexicon) -> int:
    """The end of a body's candidate that holds a possessor body and the body it owns (the module's docstring):
    after the possessor's plural noun, before its apostrophe; else the candidate's end."""
    if c.type not in ("IGO", "Agency"):
        return c.end
    name = text[c.start : c.end]
    m = _PLURAL_POSSESSIVE.search(name)
    if m is None:
        return c.end
    owner = _HEAD_OF_PLURAL.search(name[: m.start()])
    owned = re.findall(r"[A-Za-z][\w-]*", name[m.end() :])
    heads = _body_heads(lex)
    if owner is None or owner.group("head").lower() not in heads:
        return c.end
    if not any(w.lower() in heads for w in owned):
        return c.end
    return c.start + m.start()
