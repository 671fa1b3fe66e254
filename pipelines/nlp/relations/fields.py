"""Relations said by the fields of a table about a law: an infobox or a cover sheet ("Enacted by | Parliament of
Canada", "- Enacted By: Lok Sabha") names who made the law the table is about, and its long title ("Long Title: An
Act to provide for the processing of digital personal data") what the law rules on.

A field is a line that starts with a label (`enactor_fields` in `patterns/relations.yaml`) and a separator ("|" or
":"); its value runs to the next separator or the end of the line. The law the table is about is the document's
first law, named in its first lines (the title, or a "Title:" field) before the field. A field says nothing of a
law named further down, and a label inside running prose ("the Act, enacted by Parliament in 2000") is a verb,
read by the verb frames. A table about a bill only proposes it: a bill that has passed is an act.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.ruling import regulated_in

_SEPARATORS = frozenset({"|", ":"})
#: how far down the document the law a table is about is named (its title line and a "Title:" field under it)
_TITLE_LINES = 3
_LABEL_WORDS = 4


def table_fields(ctx: Context) -> None:
    """enacts: each enactor named in an "Enacted by" field, of the law the table is about; regulates: the data its
    "Long title" field says it is an act to rule on (`long_title`)."""
    law = _subject_law(ctx)
    if law is None:
        return
    enactors = ctx.vocab.relation("enacts").heads
    for tok in ctx.doc:
        if tok.idx <= ctx.m.items[law].start or not _line_start(ctx.doc, tok):
            continue
        purpose = _field_value(ctx, tok, ctx.lex.purpose_fields)
        if purpose is not None:
            long_title(ctx, law, purpose, tok)
        value = _field_value(ctx, tok, ctx.lex.enactor_fields)
        if value is None:
            continue
        heads = [(t, a) for t in value for a in ctx.resolver.resolve(t, enactors) if ctx.m.at(t) is not None]
        root = ctx.m.root(law)
        if root is None:
            continue
        # a table about a bill names the legislature it is before, not one that passed it (passed, it is an act)
        bill = any(t.lower_ in ctx.lex.bill_nouns for t in ctx.m.spans[law] or ())
        laws = ctx.args([root], frozenset({"Law"}), expand=False)
        ctx.emit("enacts", _first_tokens(ctx, heads), laws, "field", tok, modality="proposed" if bill else None)


def long_title(ctx: Context, law: int, value: list[Token], field: Token) -> None:
    """ "Long Title: An Act to provide for the processing of digital personal data ...": a statute's long title
    says what the act is for, so the law the table is about regulates the data its infinitives of ruling are about
    (as "X is an Act to provide for ..." would say; a table about a bill only proposes it)."""
    kinds = ctx.lex.law_kind_nouns | ctx.lex.bill_nouns
    nouns = [t for t in value if t.lower_ in kinds and t.pos_ in ("NOUN", "PROPN") and ctx.m.at(t) is None]
    acts = [c for n in nouns[:1] for c in n.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"]
    root = ctx.m.root(law)
    if not acts or root is None:
        return
    bill = any(t.lower_ in ctx.lex.bill_nouns for t in ctx.m.spans[law] or ()) or nouns[0].lower_ in ctx.lex.bill_nouns
    laws = ctx.args([root], frozenset({"Law"}), expand=False)
    tails = [d for a in acts for d in regulated_in(ctx, a) if a.i <= d[0].i <= value[-1].i]
    ctx.emit("regulates", laws, tails, "field", field, modality="proposed" if bill else None)


def _subject_law(ctx: Context) -> int | None:
    """The document's first law, if one of its first lines names it."""
    first = next((i for i, m in enumerate(ctx.m.items) if m.type == "Law"), None)
    if first is None or ctx.m.text.count("\n", 0, ctx.m.items[first].start) >= _TITLE_LINES:
        return None
    return first


def _line_start(doc: Doc, tok: Token) -> bool:
    """The token begins a line (after a list bullet, if any)."""
    prev = doc[tok.i - 1] if tok.i else None
    if prev is not None and prev.text in ("-", "*", "•") and prev.i:
        prev = doc[prev.i - 1]
    return prev is None or "\n" in prev.text or "\n" in prev.whitespace_


def _field_value(ctx: Context, tok: Token, labels: frozenset[str]) -> list[Token] | None:
    """The tokens of the field's value when the line starts with one of the labels ("Enacted by |", "Made by:")."""
    doc, words = ctx.doc, []
    for t in doc[tok.i : tok.i + _LABEL_WORDS + 1]:
        if t.text in _SEPARATORS:
            break
        words.append(t.lower_.rstrip("0123456789"))  # "Enacted By2": a numbered repeat of the field
    else:
        return None
    if " ".join(words) not in labels:
        return None
    value = []
    for t in doc[tok.i + len(words) + 1 :]:
        if t.text in _SEPARATORS or "\n" in t.text:
            break
        value.append(t)
    return value


def _first_tokens(ctx: Context, heads: list) -> list:
    """One argument per mention (the first of its tokens)."""
    seen, out = set(), []
    for t, a in heads:
        if a.mention not in seen:
            seen.add(a.mention)
            out.append((t, a))
    return out
