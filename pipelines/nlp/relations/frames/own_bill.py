"""Frame of one's own bill (supports): a speaker who calls a bill "our bill" or "my legislation" in their own
quoted words presents it as theirs, its sponsor's or their side's, and so advocates it ('"We are pleased by the
support for our bipartisan bill," said Sens. A and B'; '"Data is for sale," Senator A said. "Our bill would stop
it."'). The bill is the law the description refers back to, a law the text calls a bill, says was introduced or
gives sponsors, and does not name in the same sentence (`Descriptions.owned_law`); the speakers are those the
quotation is attributed to (`quotations.quotation_speakers`). Only a first-person possessive inside a direct
quotation: "their bill" is someone else's, and outside quotation marks "our" is the writer's. The words are the
own-bill block of `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.headline_bill import headline_bills
from pipelines.nlp.relations.frames.roles import agent_types
from pipelines.nlp.relations.mentions import REFERENCE, Argument
from pipelines.nlp.relations.quotations import quotation_speakers


def own_bill(ctx: Context, tok: Token) -> None:
    """ "our bipartisan bill", "my legislation" in a quotation: its speakers support the bill it refers to."""
    lex = ctx.lex
    if tok.lower_ not in lex.own_bill_nouns or not _first_person_owned(tok, lex.own_bill_possessives):
        return
    speakers = quotation_speakers(tok, lex)
    if not speakers:
        return
    heads = ctx.args(speakers, frozenset(agent_types(ctx, "supports") & {"Person"}), expand=False)
    law = ctx.resolver.references.owned_law(tok)
    via = REFERENCE
    if law is None:
        law, via = _released_bill(ctx, tok), "headline"
    if law is None or not heads:
        return
    ctx.emit("supports", heads, [(tok, Argument(law, via))], "own-bill", tok)


def _released_bill(ctx: Context, tok: Token) -> int | None:
    """ "Senators A and B introduced bipartisan legislation today ... '"Our bipartisan legislation sets ...," A
    said': a release whose opening introduces an unnamed bill its headline names (`headline_bills`) is about that
    bill, and its sponsors' "our bill" further down is it. Not when the quotation's sentence names a law: "The
    Data Act is flawed, and our bill fixes it" sets the speaker's bill against the one it names."""
    if any((i := ctx.m.at(t)) is not None and ctx.m.type(i) == "Law" for t in tok.sent):
        return None
    for noun in (t for t in tok.doc[: tok.i] if t.lemma_.lower() in ctx.lex.law_nouns and t.dep_ == "dobj"):
        if noun.head.lemma_.lower() in ctx.lex.sponsorship_verbs:
            found = headline_bills(ctx, [noun])
            if found:
                return found[0][1].mention
    return None


def _first_person_owned(tok: Token, possessives: frozenset[str]) -> bool:
    """The noun's possessive determiner is the speaker's own ("our", "my")."""
    return any(c.dep_ == "poss" and c.lower_ in possessives for c in tok.children)
