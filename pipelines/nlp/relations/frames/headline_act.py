"""enacts: a title that says a body made a law ("Justice Department Issues Final Rule", "Egyptian Parliament
Approves Cybercrime Law").

A headline or an article's title is written in title case and drops its articles: "<Body> <Verb>s <Law> ...". The
parse often reads the capitalised verb as one more word of a name. A capitalised word that is the third-person form
of a verb of making law (`headline_enacting_verbs`: "Issues", "Approves", "Passes") standing right between a body's
name and a law's name says the body made the law, as the same words in lower case would. A verb of proposing or
opposing ("Proposes", "Rejects") is not one of them; "Parliament to Pass X" (an infinitive) and "May Pass" put a word
between; negation and modality are the clause's (`attitude`).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context

_LAW = frozenset({"Law"})


def _verb_base(word: str) -> tuple[str, ...]:
    """The bases a third-person singular form may have: "issues" -> issue, "passes" -> pass."""
    if not word.endswith("s"):
        return ()
    return (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)


def headline_act(ctx: Context, tok: Token) -> None:
    """enacts: "<Body> Issues <Law>" (the token: the capitalised verb the parse did not read as a verb)."""
    if ctx.m.at(tok) is not None or not tok.text[:1].isupper() or tok.i == 0 or tok.i + 1 >= len(ctx.doc):
        return
    if not any(b in ctx.lex.headline_enacting_verbs for b in _verb_base(tok.lower_)):
        return
    before, after = ctx.doc[tok.i - 1], ctx.doc[tok.i + 1]
    body, law = ctx.m.at(before), ctx.m.at(after)
    if body is None or law is None or ctx.m.items[law].start != after.idx:
        return
    enactors = ctx.vocab.relation("enacts").heads
    ctx.emit(
        "enacts", ctx.args([before], enactors, expand=False), ctx.args([after], _LAW, expand=False), "headline", tok
    )
