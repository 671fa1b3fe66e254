"""The enacting formula of a statute (enacts): the words with which a legislature makes the text that follows law,
"Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled",
"BE it enacted by Parliament in the Seventy-fourth Year of the Republic of India as follows:", "Be it enacted by the
General Assembly of the State of X". The legislature named after "by" (and each body coordinated with it) enacts the
act the formula opens; a body under a further preposition ("of the United States", "in Congress assembled") only
places the legislature. The act is the one a printer's note inside the formula names (the note of a public law gives
its short title there: "in Congress <<NOTE: X Act of 2021.>> assembled"); a law the formula's own words name ("Be
it enacted by the General Assembly of Virginia: That the X Act is amended") is what the act changes, not the act.
A formula without such a note opens the act the document's first line names alone, unless the text calls itself a
bill (`formula_heading.heading_act`); a monarchy's formula, whose "by" names no body, is the assembled legislature's
(`formula_heading.assembled_legislature`). The formula is a statute's own words, so the enactment is
stated: the subjunctive "be it enacted" is the form of enacting, not a wish. The words of the formula are
`formula_words` in `patterns/relations.yaml`."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.formula_heading import assembled_legislature, heading_act
from pipelines.nlp.relations.frames.roles import agent_types
from pipelines.nlp.relations.mentions import Argument


def enacting_formulas(ctx: Context) -> None:
    """enacts: each legislature an enacting formula names, of the act it opens."""
    for sent in ctx.doc.sents:
        verb = _formula_verb(ctx, sent)
        if verb is None:
            continue
        end = _formula_end(ctx, verb, sent)
        enactors = _enactors(ctx, verb) or assembled_legislature(ctx, verb, end)
        law = _enacted_law(ctx, sent.start_char, end)
        law = heading_act(ctx, verb.idx) if law is None else law
        root = ctx.m.root(law) if law is not None else None
        if enactors and law is not None and root is not None:
            ctx.emit("enacts", enactors, [(root, Argument(law))], "formula", verb, modality="stated")


def _formula_verb(ctx: Context, sent: Span) -> Token | None:
    """The participle of the formula ("enacted" in "Be it enacted by"), when the sentence opens with one: the
    subjunctive "be", the expletive "it", a verb of enacting and "by", in that order ("if it passes, be it enacted
    by the Senate or not" is no formula). The words are read past the sentence's end: a parse may cut "BE" off
    from "IT ENACTED by" in capitals."""
    words = [t for t in sent.doc[sent.start : sent.start + 8] if not t.is_space and not t.is_punct][:4]
    if len(words) < 4:
        return None
    be, it, verb, by = words
    formula = be.lower_ == "be" and it.lower_ == "it" and by.lower_ == "by"
    return verb if formula and verb.lower_ in ctx.lex.formula_words else None


def _enactors(ctx: Context, verb: Token) -> list[tuple[Token, Argument]]:
    """The bodies the formula's "by" names: its object and the nouns coordinated with it, not the nouns under a
    further preposition ("of the United States of America", "in Congress assembled")."""
    by = next((t for t in verb.doc[verb.i + 1 : verb.i + 3] if t.lower_ == "by"), None)
    if by is None:
        return []
    objects = [t for t in by.children if t.dep_ == "pobj"]
    if not objects:  # a parse that hangs the object elsewhere: the first noun after "by"
        objects = [t for t in verb.doc[by.i + 1 : by.i + 8] if t.pos_ in ("PROPN", "NOUN")][:1]
    return [(t, a) for t, a in ctx.args(objects, agent_types(ctx, "enacts")) if _not_under_preposition(t, objects[0])]


def _not_under_preposition(tok: Token, obj: Token) -> bool:
    """The token is the object of "by" or coordinated with it, not inside a prepositional phrase below it."""
    cur = tok
    while cur != obj and cur.head != cur:
        if cur.dep_ == "pobj" or cur.dep_ == "prep":
            return False
        cur = cur.head
    return True


#: the words that close a formula: "... in Congress assembled,", "... as follows:" (the note ends before them)
_FORMULA_END = re.compile(r"\b(?:assembled|as follows)\b", re.IGNORECASE)
_FORMULA_REACH = 400


def _formula_end(ctx: Context, verb: Token, sent: Span) -> int:
    """Where the formula ends: at its closing words ("assembled", "as follows"), which a printer's note inside it
    may put past the end of the parser's sentence; else at the end of its sentence."""
    closing = _FORMULA_END.search(ctx.doc.text, verb.idx, verb.idx + _FORMULA_REACH)
    return closing.end() if closing is not None else sent.end_char


#: a printer's note in the text of a public law: "<<NOTE: Secure Equipment Act of 2021. 47 USC 1601 note.>>"
_NOTE = re.compile(r"<<\s*NOTE:(.*?)>>", re.DOTALL)


def _enacted_law(ctx: Context, start: int, end: int) -> int | None:
    """The act the formula (from `start` to `end`) opens, when a printer's note inside the formula names it (the
    note gives the act's short title; any other law the formula's words name is not the act)."""
    for note in _NOTE.finditer(ctx.doc.text, start, end):
        inside = [
            i
            for i in ctx.m.before(note.end())
            if ctx.m.items[i].start >= note.start() and ctx.m.items[i].end <= note.end() and _law(ctx, i)
        ]
        if inside:
            return inside[0]
    return None


def _law(ctx: Context, i: int) -> bool:
    return ctx.m.type(i) == "Law" and ctx.m.spans[i] is not None
