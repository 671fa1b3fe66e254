"""Frame of a sponsorship noun (supports): "Senator A announced his cosponsorship of the X Act", "Kaine Announces
Cosponsorship of RESTRICT Act", "Rep. B's sponsorship of the X Act drew praise". The noun says what the verb
"cosponsor" says: its holder, the subject of a verb that makes it known (`sponsorship_announcing_verbs`) or the
possessor of a noun that is its clause's subject, sponsors the law its "of" phrase names, and a legislator who
sponsors a bill supports it (`sponsorship.is_legislator`; a minister's bill speaks for the government). Not a
sponsorship withdrawn, ended or only sought ("withdrew his cosponsorship of X", "sought cosponsorship of X"): those
verbs make nothing known. The words are the sponsorship-noun block of `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW, OF
from pipelines.nlp.relations.frames.sponsorship import is_legislator
from pipelines.nlp.relations.syntax import prep_objects, subjects

_PERSON = frozenset({"Person"})


def sponsorship_noun(ctx: Context, noun: Token) -> None:
    """ "A announced his cosponsorship of Y", "A's sponsorship of Y drew praise": A supports Y."""
    if noun.lemma_.lower() not in ctx.lex.sponsorship_nouns or noun.pos_ != "NOUN":
        return
    laws = ctx.args(prep_objects(noun, OF), LAW)
    holders, pred = _holders(ctx, noun)
    if not laws or not holders:
        return
    heads = [(t, a) for t, a in ctx.args(holders, _PERSON, pred=pred) if is_legislator(ctx, a.mention)]
    ctx.emit("supports", heads, laws, "sponsorship-noun", pred)


def _holders(ctx: Context, noun: Token) -> tuple[list[Token], Token]:
    """Who holds the sponsorship, and the predicate whose attitude counts: the subject of the verb that announces
    it, or the possessor of the noun as its clause's subject."""
    verb = noun.head
    if noun.dep_ in ("dobj", "obj") and verb.lemma_.lower() in ctx.lex.sponsorship_announcing_verbs:
        return subjects(verb), verb
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return [c for c in noun.children if c.dep_ == "poss"], verb
    return [], noun
