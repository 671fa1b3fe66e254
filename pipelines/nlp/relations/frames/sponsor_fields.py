"""Sponsorship said by a field of a table about a law (supports): the legislation infobox of an encyclopedia or a
bill's cover sheet names who introduced the bill ("- Introduced by: Sam Ervin (D-NC)", "Introducedby: X",
"Sponsor | Rep. X"). A legislator who introduces a bill is its advocate (`sponsorship`), so the person the field
names supports the bill: the one a "Bill:" field right above names, when the table lists the bill under its own
number ("- Bill: Law Project no. 12/2019 / - Introduced By: Dep. X"), else the law the table is about
(`fields.subject_law`). Only legislators: a minister who introduces a government bill speaks for the government
(`sponsorship.is_legislator`). The labels are `sponsor_fields` and `bill_fields` in `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.fields import field_value, is_field_value, subject_law, value_names
from pipelines.nlp.relations.frames.sponsorship import is_legislator
from pipelines.nlp.relations.mentions import Argument

_PERSON = frozenset({"Person"})


def sponsor_fields(ctx: Context) -> None:
    """supports: each legislator an "Introduced by" field names, of the bill the table names."""
    law = subject_law(ctx)
    if law is None:
        return
    for tok in ctx.doc:
        if tok.idx <= ctx.m.items[law].start:
            continue
        value = [t for t in field_value(ctx, tok, ctx.lex.sponsor_fields) or [] if not t.is_space]
        untitled = _untitled(ctx, value)
        names = value_names(ctx, untitled, _PERSON)
        if not names:
            continue
        titled = len(untitled) < len(value)  # "Dep. X": the field's own title makes X a legislator
        people = [(t, a) for t, a in ctx.args(names, _PERSON, expand=False) if titled or is_legislator(ctx, a.mention)]
        bill = _bill_field(ctx, tok, law)
        root = ctx.m.root(bill)
        if root is not None:
            ctx.emit("supports", people, [(root, Argument(bill))], "field", tok)


def _bill_field(ctx: Context, field: Token, law: int) -> int:
    """The law the last "Bill:" field before the sponsor's field names (after the table's law), else that law."""
    bills = [
        i
        for i in ctx.m.before(field.idx)
        if i > law and ctx.m.type(i) == "Law" and is_field_value(ctx, i, ctx.lex.bill_fields)
    ]
    return bills[-1] if bills else law


def _untitled(ctx: Context, value: list[Token]) -> list[Token]:
    """The field's value after the legislator's title that may open it ("Dep. X", "Sen. X")."""
    words = list(value)
    while words and (words[0].lower_.rstrip(".") in ctx.lex.legislator_titles or words[0].text == "."):
        words = words[1:]
    return words
