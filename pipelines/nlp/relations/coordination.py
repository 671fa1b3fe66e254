"""The items listed with an argument: "Japan, Canada and Singapore are members" (each conjunct), and the lists the
parse hangs elsewhere (on a name's last word, as appositions, on a noun above a parenthesis)."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.mentions import Mentions
from pipelines.nlp.relations.syntax import conjuncts, is_verbal, negated_conjunct


def list_items(m: Mentions, tok: Token, types: frozenset[str]) -> list[Token]:
    """The token and the items listed with it: its conjuncts, and names the parse hangs on it as appositions
    in a list with parentheses ("developed the EU-U.S. DPF (...), the UK Extension (...), and the Swiss-U.S.
    DPF": a second, different name of the wanted type after a comma, not "X, formally Y")."""
    items = conjuncts(tok) + _coordinated_after_parenthesis(m, tok, types) + _coordinated_before(m, tok, types)
    first = m.at(tok)
    span = m.spans[first] if first is not None else None
    if span is not None:  # the parse may split a name and hang the list on its last word ("the EU–U.S. DPF")
        items += [c for t in span for c in t.conjuncts if not span.start <= c.i < span.end and not is_verbal(c)]
    items += _apposed_items(m, [t for t in conjuncts(tok) if m.at(t) is not None], types)
    return sorted({t for t in items if t == tok or not negated_conjunct(t)}, key=lambda t: t.i)


def _apposed_items(m: Mentions, named: list[Token], types: frozenset[str]) -> list[Token]:
    """The names the parse hangs as appositions, after a comma, on a listed name or on any name listed with it,
    and the names coordinated with those ("Australia, Brunei Darussalam, Fiji, India and Japan", parsed with
    "Fiji, India and Japan" in apposition to "Darussalam"): a second, different name of the wanted type."""
    out: list[Token] = []
    stack = list(named)
    while stack:
        t = stack.pop()
        first = m.at(t)
        for c in t.children:
            i = m.at(c)
            if c.dep_ != "appos" or i is None or first is None or m.type(i) not in types or c in out:
                continue
            if m.entity(i) == m.entity(first) or m.first_name(i) != i:
                continue  # "X (ABBR)", "X, formally Y": two names of one thing
            if m.doc[c.left_edge.i - 1].text == ",":
                found = [n for n in conjuncts(c) if n not in out]
                out += found
                stack += found
    return out


def _coordinated_after_parenthesis(m: Mentions, tok: Token, types: frozenset[str]) -> list[Token]:
    """ "developed by the European Union (EU) and the United States": after a name with a parenthesis (or a name
    in one) the parse often hangs the next conjunct on a noun higher up; the words "and"/"or" and a name of a
    wanted type right after the parenthesis say it is coordinated with this name."""
    i = m.at(tok)
    span = m.spans[i] if i is not None else None
    if span is None:
        return []
    doc, j = m.doc, span.end
    if j < len(doc) and doc[j].text == "(":
        j = next((k for k in range(j, min(j + 8, len(doc))) if doc[k].text == ")"), len(doc))
    if j >= len(doc) or doc[j].text != ")":
        return []
    j += 1 + (j + 1 < len(doc) and doc[j + 1].text == ",")
    if j >= len(doc) or doc[j].dep_ != "cc":
        return []
    j += 1 + (j + 1 < len(doc) and doc[j + 1].dep_ == "det")
    k = m.at(doc[j]) if j < len(doc) else None
    root = m.root(k) if k is not None and m.type(k) in types else None
    return conjuncts(root) if root is not None and root.dep_ == "conj" else []


def _coordinated_before(m: Mentions, tok: Token, types: frozenset[str]) -> list[Token]:
    """ "Committee Chair A and Committee Chair B released ...": before a long name the parse may hang the first
    conjunct on the second as a nominal modifier that keeps the "and"; a name of a wanted type with "and"/"or" after
    it, modifying the token from before, is coordinated with it."""
    first = m.at(tok)
    if first is None:
        return []
    out = []
    for c in tok.children:
        i = m.at(c)
        if c.dep_ != "nmod" or c.i > tok.i or i is None or m.type(i) not in types or m.entity(i) == m.entity(first):
            continue
        if any(k.dep_ == "cc" and k.i > c.i for k in c.children):
            out += conjuncts(c)
    return out
