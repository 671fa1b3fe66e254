"""Frame of thanks for work on a law (supports): one who thanks, commends or credits someone "for their leadership on
the Kids Online Safety Act", "for his work on this bill" or "for her efforts on the Act" says that the person drove
the law, and so the person supports it ("I want to thank Senators A and B for their leadership on this legislation",
"The Chamber commended Senator A for his work on the Data Act"). The credit is what the noun after "for" names: a
noun of driving a law (`credit_nouns`: leadership, work, efforts), not of any other deed ("for their comments on the
bill", "for his leadership of the Committee" say no stance on a law), and the one thanked is a person: a body thanked
"for its work on the bill" has handled it, as a committee or a council does, not championed it. Thanks one performs
by saying one wants or wishes to give them ("I want to thank", "I wish to thank") are given, not planned: the clause
that wants them decides whether they are so ("I would like to thank" stays hedged by its "would"). The words are the
thanks block of `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import agent_types, theme_arguments
from pipelines.nlp.relations.syntax import is_passive, prep_objects

#: the prepositions of what one is thanked or congratulated for ("thank A for", "congratulate A on")
_CREDITED = frozenset({"for", "on"})


def thanked_for_law(ctx: Context, verb: Token) -> None:
    """ "thank X for their leadership on Y", "X was thanked for his work on Y", "congratulated X on her leadership in
    Y": the one thanked (X, and each name coordinated with it) supports Y."""
    lex = ctx.lex
    if verb.lemma_.lower() not in lex.thanking_verbs:
        return
    thanked = [c for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj")]
    credits = [n for h in (verb, *thanked) for n in prep_objects(h, _CREDITED) if n.lemma_.lower() in lex.credit_nouns]
    themes = [o for n in credits for o in prep_objects(n, lex.credit_preps)]
    if not thanked or not themes:
        return
    pred = _performed_by(verb, lex.performative_governors)
    heads = ctx.args(thanked + _alongside(ctx, [verb, *thanked]), agent_types(ctx, "supports") & {"Person"}, pred=pred)
    ctx.emit("supports", heads, theme_arguments(ctx, "supports", themes, pred), "thanks", pred)


def _alongside(ctx: Context, hosts: list[Token]) -> list[Token]:
    """ "thank A and B, along with C, for ...": those thanked "along with" or "together with" the others are thanked
    for the same (the parse hangs the phrase on the verb or on the first one thanked)."""
    adverbs, preps = ctx.lex.sponsorship_companion_adverbs, ctx.lex.sponsorship_companion_preps
    along = [c for h in hosts for c in h.children if c.dep_ in ("prep", "advmod") and c.lower_ in adverbs]
    objects = [o for a in along for o in prep_objects(a, preps)]
    return objects + [o for a in along for o in a.children if o.dep_ == "pobj"]


def _performed_by(verb: Token, governors: frozenset[str]) -> Token:
    """The clause whose attitude the thanks take: "I want to thank", "I wish to thank" give the thanks as they are
    said, so the wanting clause speaks for them; any other verb speaks for itself."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in governors:
        return head
    return verb
