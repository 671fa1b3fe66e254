"""A court's or a body's ruling named by its case (enacts): "the Supreme Court's decision in TikTok v. Garland", "the
CJEU and its Schrems II decision" (the case's name compounded on the noun), and the citation form of a judgment,
"the judgment of the Court of Justice of 16 July 2020 in Case C-311/18 X v Y (Schrems II)": the noun, "of" and its
maker, the date, then the case, whose short name in parentheses closes the citation and is the name the text gives
the ruling."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import prep_objects

#: the word between a case's parties
_PARTIES = re.compile(r"\s(?:v|vs)\.?\s")
_IN = frozenset({"in"})
_OF = frozenset({"of"})
#: how many words a judgment's citation may run, from its maker to the short name in parentheses
_CITATION_WINDOW = 40
#: what ends a citation before its short name: the end of a clause or of a list item
_CITATION_ENDS = frozenset({";", ":", "("})
#: quotes that may stand around a short name in parentheses ("(‘Schrems II’)")
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”", "`"})


def decision(ctx: Context, noun: Token) -> None:
    """enacts: the maker of a ruling (its possessor, or the body after "of": "the judgment of the Court") makes the
    case it is named by: after "in", compounded on the noun, or given as the citation's short name."""
    enactors = ctx.vocab.relation("enacts").heads
    owners = [c for c in noun.children if c.dep_ == "poss"]
    makers = ctx.args(owners, enactors)
    of_makers = ctx.args(prep_objects(noun, _OF)[:1], enactors, expand=False)
    named = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i]
    cases = ctx.args(prep_objects(noun, _IN) + named, frozenset({"Law"}), expand=False)
    if of_makers and not cases:
        cases = _short_name(ctx, of_makers[0][1].mention)
    ctx.emit("enacts", makers + of_makers, cases, "decision", noun)


def _case_name(ctx: Context, mention: int) -> bool:
    """A law named as a case is: its parties joined by "v" or "v." ("X v Y", "X v. Y")."""
    return ctx.m.type(mention) == "Law" and _PARTIES.search(ctx.m.items[mention].text) is not None


def _short_name(ctx: Context, maker: int) -> list[tuple[Token, Argument]]:
    """ "... of the Court of Justice of 16 July 2020 in Case C-311/18 X v Y (Schrems II)": the name in parentheses
    right after the case's name, the first parenthesis after the maker in its sentence; none when the clause or the
    item ends first, or when what the parenthesis follows is not the name of a case ("X v Y"). The short name is
    the name the text gives the ruling, so it is the argument itself, not the first of its two names."""
    span = ctx.m.spans[maker]
    if span is None:
        return []
    doc, end = span.doc, min(span.sent.end, span.end + _CITATION_WINDOW)
    for j in range(span.end, end):
        if doc[j].text not in _CITATION_ENDS:
            continue
        before = ctx.m.at(doc[j - 1])
        if doc[j].text != "(" or before is None or not _case_name(ctx, before):
            return []
        k = j + 1
        while k < end and doc[k].text in _QUOTES:
            k += 1
        name = ctx.m.at(doc[k]) if k < end else None
        return [(doc[k], Argument(name))] if name is not None and ctx.m.type(name) == "Law" else []
    return []
