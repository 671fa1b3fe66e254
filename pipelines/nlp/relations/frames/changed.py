"""A state that changes its rules with a law made the law: "Indonesia relaxed its localisation rules with Government
Regulation No. 71 of 2019", "India tightened its regime through the Digital Personal Data Protection Act", "the EU
replaced the Directive with the GDPR".

A verb of changing rules (`rule_change_verbs`) says by a phrase of means (`rule_change_preps`: "with", "through",
"via"), on the verb or on the rules it changes, the instrument of the change; a law that is that instrument is one
the subject made (enacts), and what the law's relative clause obliges is the subject's rule too (`changing_enactor`,
read by the localization frame as an enacting verb's object is). The verb's clause says whether it is so ("may relax
its rules with X" is only proposed). The passive names no maker ("the rules were relaxed with X").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW
from pipelines.nlp.relations.syntax import is_passive, objects, subjects


def changed_with(ctx: Context, verb: Token) -> None:
    """enacts: the subject of a verb of changing rules, of the law it made the change with."""
    if is_passive(verb):
        return
    laws = _instruments(ctx, verb)
    if not laws:
        return
    enactors = ctx.args(subjects(verb), ctx.vocab.relation("enacts").heads, pred=verb)
    ctx.emit("enacts", enactors, ctx.args(laws, LAW, expand=False), "changed-with", verb)


def _instruments(ctx: Context, verb: Token) -> list[Token]:
    """The objects of the phrases of means on the verb or on its objects ("relaxed its rules with X")."""
    holders = [verb, *objects(verb)]
    preps = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ctx.lex.rule_change_preps]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and _is_law(ctx, o)]


def _is_law(ctx: Context, tok: Token) -> bool:
    i = ctx.m.at(tok)
    return i is not None and ctx.m.type(i) == "Law"


def changing_enactor(ctx: Context, law: Token) -> Token | None:
    """The verb of changing rules, active, whose instrument the law is ("relaxed its rules with X, which ..."),
    if any."""
    prep = law.head
    if law.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ctx.lex.rule_change_preps:
        return None
    gov = prep.head
    if gov.dep_ in ("dobj", "obj") and gov.head != gov:
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in ctx.lex.rule_change_verbs or is_passive(gov):
        return None
    return gov
