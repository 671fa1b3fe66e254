"""The bill the next sentence names (supports, through sponsorship).

A text that says someone introduced a bill without naming it ("Senator A joined Senators B and C today to introduce
legislation that would ...", "Rep. A introduced a bill on Monday to protect ...") may name it in the very next
sentence, as that sentence's subject, saying what the bill would do: "The Defending America's 5G Future Act would
codify ...". The indefinite bill noun, said with what the bill is to do (a clause on the noun, "legislation that
would ...", or an infinitive of purpose, "introduced a bill to protect ..."), brings a new bill into the text, and the
next sentence, going on to say what it would do, names it: a name the text has not used before, said with a modal of
what a proposal would do (`bill_effect_modals`). A bare "introduced legislation today." says nothing the next
sentence goes on with. A next sentence that says the
named law was also introduced ("The X Act was also introduced in the Senate today") names a companion bill, another
one; a law named before the introduction is an older law the sentence talks about, not the new bill."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.headline_bill import indefinite_bill
from pipelines.nlp.relations.mentions import Argument

#: how the bill was found: named by the next sentence
NEXT = "next"


def next_sentence_bills(ctx: Context, themes: list[Token]) -> list[tuple[Token, Argument]]:
    """The law the next sentence names for each indefinite bill noun among the verb's themes."""
    bare = [t for t in themes if indefinite_bill(ctx, t)]
    if not bare:
        return []
    law = _named_next(ctx, bare[0])
    return [(t, Argument(law, NEXT)) for t in bare] if law is not None else []


def _named_next(ctx: Context, tok: Token) -> int | None:
    """The law that is the subject of the sentence right after the token's, when its verb has a modal of a bill's
    effect and the text has not named that law before the token."""
    nxt = _next_sentence(tok.sent)
    if nxt is None or not _says_content(ctx, tok):
        return None
    verb = nxt.root
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    i = ctx.m.at(subject) if subject is not None else None
    if i is None or ctx.m.type(i) != "Law":
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ctx.lex.bill_effect_modals for c in verb.children):
        return None
    entity = ctx.m.entity(i)
    return None if any(ctx.m.entity(j) == entity for j in ctx.m.before(tok.idx)) else i


def _says_content(ctx: Context, bill: Token) -> bool:
    """Whether the bill noun is said with what the bill is to do: a clause on the noun (`bill_content_deps`) or an
    infinitive of purpose on the verb that introduces it."""
    if any(c.dep_ in ctx.lex.bill_content_deps for c in bill.children):
        return True
    purposes = [c for c in bill.head.children if c.dep_ == "advcl"]
    return any(a.dep_ == "aux" and a.lower_ == "to" for c in purposes for a in c.children)


def _next_sentence(sent: Span) -> Span | None:
    """The sentence after `sent` (past blank ones), if any."""
    doc = sent.doc
    at = sent.end
    while at < len(doc) and doc[at].is_space:
        at += 1
    return doc[at].sent if at < len(doc) else None
