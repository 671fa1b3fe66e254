"""Frame of the means of a breach (regulates): a law is broken by doing what it rules on, so the act by which a
party breaks a law names data the law governs ("Musical.ly violated the Children's Online Privacy Protection Rule by
collecting personal information from kids", "the bank breached the GDPR by transferring customer data abroad"). The
verb is one of breaking a rule (`breach_verbs`: violate, breach, infringe, contravene, flout), its object is a law
named there, and its "by" phrase is a gerund of handling data (`handling_verbs`: collecting, sharing, storing ...),
or one whose infinitive is ("by failing to store X"), with the data as that gerund's object. A breach by anything
else ("by failing to post a privacy policy") says nothing of data. Whether the breach happened (an allegation, a
report) does not change what the law rules on, so the attitude is read on the "by" phrase, not on the charge
above it ("the FTC alleges X violated the Rule by collecting Y" states the Rule's reach); a denied breach ("did not
violate X by sharing Y") leaves the reach open and gives nothing."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.syntax import objects

_LAW = frozenset({"Law"})
_BY = "by"


def breached_by_handling(ctx: Context, verb: Token) -> None:
    """ "PARTY violated / breached LAW by collecting / transferring DATA": LAW regulates DATA."""
    named = [o for o in objects(verb) if (i := ctx.m.at(o)) is not None and ctx.m.type(i) == "Law"]
    laws = ctx.args(named, _LAW, expand=False)
    if not laws or any(c.dep_ == "neg" for c in verb.children):
        return  # "did not violate X by sharing Y": what the law rules on is left open
    for by, act in _means(verb, named):
        if not _handles_data(ctx, act):
            continue
        data = ctx.datatypes(objects(_handling_verb(ctx, act)))
        # read on the phrase of means, which no charge above qualifies: an allegation leaves the law's rule as it is
        ctx.emit("regulates", laws, data, "breach-means", by)


def _means(verb: Token, laws: list[Token]) -> list[tuple[Token, Token]]:
    """The "by" phrases of means on the verb or on the law's noun, where the parse may hang them, each with its
    gerunds and those coordinated with them ("by collecting X and (by) sharing Y")."""
    preps = [p for h in [verb, *laws] for p in h.children if p.dep_ == "prep" and p.lower_ == _BY]
    preps += [c for p in preps for c in p.conjuncts if c.lower_ == _BY]
    gerunds = [(p, c) for p in preps for c in p.children if c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"]
    return [(p, g2) for p, g in gerunds for g2 in [g, *g.conjuncts] if g2.tag_ in ("VBG", "VB")]


def _handling_verb(ctx: Context, gerund: Token) -> Token:
    """The verb of handling the gerund says: itself, or its infinitive ("failing to store X")."""
    if gerund.lemma_.lower() in ctx.lex.handling_verbs:
        return gerund
    inner = [c for c in gerund.children if c.dep_ == "xcomp" and c.lemma_.lower() in ctx.lex.handling_verbs]
    return inner[0] if inner else gerund


def _handles_data(ctx: Context, gerund: Token) -> bool:
    """The gerund, or its infinitive, is a verb of handling data."""
    return _handling_verb(ctx, gerund).lemma_.lower() in ctx.lex.handling_verbs
