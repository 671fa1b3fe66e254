"""Agents listed after "by" (regulates): "Y is governed by A, B, C and D" names every item of the list as a ruler
of Y, though the parse often keeps only the first item as the agent and hangs the second, a bare noun phrase after
the comma, elsewhere ("the use of identifiable data is governed by the common law on confidentiality, UK data
protection legislation, the National Health Service Act 2006 and the Health and Social Care Act 2012":
"legislation" an adverbial noun of the verb, or an apposition of the subject, with the two Acts its apposition and
conjunct). Such a noun continues the agent's list when a comma joins it right after the agent's phrase and the list
goes on from it (a conjunct or an apposition after it); its items, and the conjuncts and appositions of those, are
agents as well. A lone noun after the comma ("governed by the Act, each year") is no list."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.syntax import agents, is_passive

_LISTED = frozenset({"conj", "appos"})


def listed_agents(verb: Token) -> list[Token]:
    """The items after the first of a passive verb's "by" list that the parse hangs on the verb."""
    if not is_passive(verb):
        return []
    firsts = agents(verb)
    if not firsts:
        return []
    end = max(t.right_edge.i for t in firsts)
    if end + 1 >= len(verb.doc) or verb.doc[end + 1].text != ",":
        return []
    return [t for s in _after_comma(verb, end) if _continues(s) for t in _items(s)]


def _after_comma(verb: Token, end: int) -> list[Token]:
    """The head of the noun phrase that starts right after the comma closing the agent's phrase (the parse may hang
    the comma on it), when the parse hangs it on the verb as an adverbial noun or, as an apposition, on a word
    before the verb (the subject's: an apposition of the subject cannot stand after the verb's agent)."""
    sent_end = verb.sent.end
    return [
        t
        for t in verb.doc[end + 2 : sent_end]
        if t.left_edge.i <= end + 2
        and t.pos_ in ("NOUN", "PROPN")
        and ((t.dep_ == "npadvmod" and t.head == verb) or (t.dep_ == "appos" and t.head.i < verb.i))
    ]


def _continues(noun: Token) -> bool:
    """The list goes on after the noun: a conjunct or an apposition of it to its right."""
    return any(c.dep_ in _LISTED and c.i > noun.i for c in noun.children)


def _items(noun: Token) -> list[Token]:
    """The noun and, down its conjuncts and appositions, every item listed after it."""
    out: list[Token] = []
    stack = [noun]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ in _LISTED and c.i > t.i and c not in out]
    return sorted(out, key=lambda t: t.i)
