"""A constitution said alone after its full name: "The Constitution of Nepal guarantees ... As the Constitution has
been developed ...". The bare head is a name only where it is the name the text uses for its instrument ("by the
Constitution and the laws of the United States"); once the text has named a constitution by its state or its year
("the Argentine Constitution", "Constitution of Nepal", "Constitution of 1997"), "the Constitution" refers back to
it as "the Act" refers back to an act's title, and a description is no name."""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: the law heads that alone name a state's one instrument of their kind (`law_spans._UNIQUE_HEADS`) and that a
#: fuller name, said before, turns into a reference back
_REFERRING_HEADS = frozenset({"constitution"})


def _head_alone(name: str) -> str | None:
    """The head's lower-case word when the name is that head alone (an article before it allowed), else None."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) == 1 and words[0].lower() in _REFERRING_HEADS:
        return words[0].lower()
    return None


def _fuller_name_of(name: str, head: str, law_heads: frozenset[str]) -> bool:
    """The name is a fuller name of the head's kind: words before the head that ends it ("Argentine Constitution",
    "1997 Constitution") or the head first and "of" after it with no other law head ("Constitution of Nepal"); not
    a name that holds the head as its subject ("Protection of the Constitution") or another law's name that starts
    with it ("Constitution of Zimbabwe Amendment Act")."""
    words = name.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) < 2:
        return False
    return words[-1] == head or (words[:2] == [head, "of"] and not set(words[2:]) & law_heads)


def drop_referring_constitutions(text: str, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """The candidates without a law that is a constitution's head alone ("the Constitution") placed after a law
    candidate, ending before it, whose fuller name holds that head: the bare head then refers back to the
    constitution named in full."""
    heads = lex.law_heads
    fuller: list[tuple[int, str]] = []
    for c in cands:
        if c.type == "Law" and _head_alone(text[c.start : c.end]) is None:
            fuller.append((c.end, text[c.start : c.end]))
    out: list[Cand] = []
    for c in cands:
        head = _head_alone(text[c.start : c.end]) if c.type == "Law" else None
        if head is not None and any(end <= c.start and _fuller_name_of(name, head, heads) for end, name in fuller):
            continue
        out.append(c)
    return out
