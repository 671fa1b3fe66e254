"""The law a statement of a rule cites as its source: "Sweden requires that accounting data ... are kept locally in
Sweden, even if stored electronically (Swedish Bookkeeping Act)".

Reports and surveys state a country's rule and cite the law that makes it in parentheses at the end of the
statement. A law named alone in parentheses that close the clause of a verb of obliging (the next word ends the
sentence, or a list bullet, a line break or the text follows) is the law that states the rule, so it requires what
the verb obliges. A name in parentheses right after another name ("the Data Act (Regulation 2023/2854)") is that
name's alias, not a citation; a parenthesis with more in it than the name ("(see the Act)", "(under the Act)") is no
bare citation either.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW
from pipelines.nlp.relations.mentions import Argument

_BULLETS = frozenset({"•", "-", "*", "–", "—", "·"})
_ENDS = frozenset({".", ";", "!"})


def cited_laws(ctx: Context, verb: Token) -> list[Token]:
    """The laws cited alone in parentheses at the end of the verb's clause."""
    clause = list(verb.subtree)
    out = []
    for t in clause:
        law = _bare_citation(ctx, t)
        if law is not None and law.i > verb.i:
            out.append(law)
    return out


def _bare_citation(ctx: Context, opening: Token) -> Token | None:
    """The root of the law named alone between the parenthesis opening at `opening` and its close, when the close
    ends the clause and the parenthesis does not follow another name."""
    doc = ctx.doc
    if opening.text != "(" or opening.i + 1 >= len(doc) or opening.i == 0:
        return None
    before = ctx.m.at(doc[opening.i - 1])
    if before is not None and ctx.m.type(before) == "Law":
        return None  # an alias: "the Data Act (Regulation 2023/2854)"
    i = ctx.m.at(doc[opening.i + 1])
    span = ctx.m.spans[i] if i is not None else None
    if i is None or span is None or ctx.m.type(i) != "Law" or span.start != opening.i + 1 or span.end >= len(doc):
        return None
    closing = doc[span.end]
    if closing.text != ")" or not _ends_clause(closing):
        return None
    return span.root


def _ends_clause(closing: Token) -> bool:
    """Nothing of the clause follows the parenthesis: the end of the text, a line break, a sentence's end or a list
    bullet."""
    doc = closing.doc
    if closing.i + 1 >= len(doc) or "\n" in closing.whitespace_:
        return True
    nxt = doc[closing.i + 1]
    return nxt.text in _ENDS | _BULLETS or "\n" in nxt.text


def cited_source(ctx: Context, verb: Token, tails: list[tuple[Token, Argument]]) -> None:
    """requiresLocalization: the law cited as the source of a rule of localization, of the rule's data."""
    laws = cited_laws(ctx, verb)
    if laws and tails:
        ctx.emit("requiresLocalization", ctx.args(laws, LAW, expand=False), tails, "cited", verb)
