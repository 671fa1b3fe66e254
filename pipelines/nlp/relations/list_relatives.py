"""A relative clause after a whole list: "Senators Warren and Thune, who introduced the RESTRICT Act" says each
senator introduced it. The parse hangs such a clause on the list's first item; the clause is about every item when
it stands after the last one, set off by a comma, and its verb is not singular ("France and Japan, which has ...":
one of them)."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.syntax import conjuncts

#: a finite verb or auxiliary that agrees with one thing only
_SINGULAR_TAGS = frozenset({"VBZ"})
_SINGULAR_WORDS = frozenset({"was", "is", "has"})


def modifies_whole_list(clause: Token, noun: Token) -> bool:
    """True when the relative clause `clause`, hung on `noun`, stands after the last item coordinated with `noun`
    (which heads the list), after a comma, and says nothing that agrees with one item only."""
    items = conjuncts(noun)
    if clause.dep_ != "relcl" or noun.dep_ == "conj" or len(items) < 2:
        return False
    last = items[-1]
    start = clause.left_edge
    if start.i <= last.i or clause.doc[start.i - 1].text != ",":
        return False
    return not _singular(clause)


def _singular(clause: Token) -> bool:
    """The clause's verb or an auxiliary of it agrees with a singular subject ("which has", "who was")."""
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    return any(v.tag_ in _SINGULAR_TAGS or v.lower_ in _SINGULAR_WORDS for v in verbs)
