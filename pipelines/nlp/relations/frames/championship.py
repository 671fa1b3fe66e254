"""Frame of championship (supports): who is named, by a copula or an apposition, by a role of one who drives a law
supports it ("Senator X, the architect of the Data Act", "X is the lead author of the bill", "the Act's architect,
Senator X", "X, adviser to the Minister and point-person for the bill"). A neutral role (a rapporteur, a critic,
which `nominal.stance_agent` reads as opposition) is not one of them. The attitude is the copula's (or the
noun's, for an apposition). The words are the roles of championship block of `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW, agent_types
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import COPULAS, prep_objects, subjects


def championed(ctx: Context, noun: Token) -> None:
    """ "X, the architect of Y", "X is the author of Y": X supports the law Y."""
    if noun.pos_ not in ("NOUN", "PROPN") or _role_word(noun) not in ctx.lex.champion_role_nouns:
        return
    preps = ctx.lex.champion_role_preps
    laws = prep_objects(noun, preps) + [c for c in noun.children if c.dep_ == "poss"]
    holder, pred = _holder(noun)
    if holder is None:
        return
    if not laws and holder is not noun.head:  # the parse hung the role's phrase on the apposed title before it
        laws = [o for o in prep_objects(_apposed_title(noun), preps) if o.i > noun.i]
    holders = subjects(holder) if holder.lemma_ in COPULAS else [holder]
    found = ctx.args(holders, agent_types(ctx, "supports"), pred=pred)
    ctx.emit("supports", found, _laws(ctx, laws), "champion", pred)


def _laws(ctx: Context, nouns: list[Token]) -> list[tuple[Token, Argument]]:
    """The laws the role's nouns name, or the law named inside a noun's own modifiers (the "X" bill)."""
    out = ctx.args(nouns, LAW, expand=False)
    for noun in nouns if not out else []:
        named = [t for t in noun.lefts for t in t.subtree if (i := ctx.m.at(t)) is not None and ctx.m.type(i) == "Law"]
        out += ctx.args(named[:1], LAW, expand=False)
    return out


def _role_word(noun: Token) -> str:
    """The role's word, a hyphenated compound read whole ("point-person")."""
    left = noun.nbor(-2) if noun.i >= 2 and noun.nbor(-1).text == "-" else None
    if left is not None and left.head == noun:
        return f"{left.lower_}-{noun.lemma_.lower()}"
    return noun.lemma_.lower()


def _holder(noun: Token) -> tuple[Token | None, Token]:
    """Who holds the role, and the predicate whose attitude counts: the copula's subject ("X is the author of Y"),
    the noun an apposition names ("X, the author of Y"; "X, adviser to A and author of Y"), or the name apposed to
    the role ("Y's architect, X")."""
    if noun.dep_ == "attr" and noun.head.lemma_ in COPULAS:
        return noun.head, noun.head
    named = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if named:
        return named[0], noun
    title = _apposed_title(noun)
    return (title.head, noun) if title.dep_ == "appos" else (None, noun)


def _apposed_title(noun: Token) -> Token:
    """The title an apposition begins with, when the role is coordinated with it ("X, adviser to the Minister and
    author of Y"), however the parse hangs the coordination (on the title, or inside its phrase)."""
    tok = noun
    while tok.dep_ == "conj" or (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok is not noun):
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok
