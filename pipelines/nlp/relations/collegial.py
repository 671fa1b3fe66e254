"""A member's title is no head's (leads): "Commissioner" of a Commission, "Governor" of a Board of Governors, "Member"
of anything. A collegial body is led by its chair; each of its commissioners only sits on it ("FTC Commissioner
Alvaro Bedoya", "Hester Peirce, a Commissioner of the SEC"). Where the text names the body by an abbreviation, its
other names tell what it is: the long form the text gives the same entity ("Securities and Exchange Commission
(SEC)") and the name its entity id spells ("agency/us-federal-trade-commission"). A commissioner heads a body that is
no commission ("FDA Commissioner X", "the Commissioner of the Internal Revenue Service"), an office named by the title
itself ("Information Commissioner X") and, with a word that sets one member over the others ("National
Commissioner", "Chief Commissioner", `presiding_modifiers` in `patterns/relations.yaml`), the commission too."""

from __future__ import annotations

import re

from pipelines.nlp.relations.candidates import Context

_WORD = re.compile(r"[a-z]+")


def body_names(ctx: Context, i: int) -> frozenset[str]:
    """The lower-case words of every name of mention `i`'s entity: each mention of it in the text and its id."""
    entity = ctx.m.entity(i)
    names = [m.text for m in ctx.m.items if m.entity_id == entity] + [entity.split("/", 1)[-1]]
    return frozenset(w for name in names for w in _WORD.findall(name.lower()))


def member_word(word: str, names: frozenset[str]) -> bool:
    """The title word names one member of a body with these name words: "commissioner" of a "commission",
    "governor" of a board of "governors", "member" of anything; not the title the body is itself named by."""
    return word == "member" or any(word in (n + "er", n.rstrip("s")) and n != word for n in names)


def names_member(ctx: Context, word: str, modifiers: set[str], i: int) -> bool:
    """The title (its word and the words before it) makes its holder one member of the body of mention `i`, not
    its head."""
    if modifiers & ctx.lex.presiding_modifiers:
        return False
    return member_word(word.lower(), body_names(ctx, i))
