"""Who made a rule, said by the summary of a government register's notice (enacts): a notice of the U.S. Federal
Register (and registers laid out like it) names its rule in its head (the title, above the "AGENCY:" field) and says
under the "ACTION: Final rule." field what the notice does, in a clause whose subject is the issuing body and whose
object is the notice's own rule named by its kind: "SUMMARY: The Department of Health and Human Services is issuing
this interim final rule to ...", "In this document, the Commission adopts final rules ...". That clause says the body
makes the rule the notice is about: the last law the head names before the action field.

It holds only when the action field says the rule is made (`register_final_actions`; a proposed rule, a notice or a
request for comments makes none), only in the first sentences after that field (further down, "the Commission issued
a final rule in 2013" may be about another rule), and only when the object is the notice's kind of rule said as the
notice's own ("this rule", "a final rule", "final rules"; a bare "the rule" may be an earlier one). The clause's
negation, hedges and tense are its own (a body that "will issue a final rule" has not made it). The verbs are
`register_issuing_verbs` in `patterns/relations.yaml`."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.register_notice import enactment_said
from pipelines.nlp.relations.mentions import Argument

#: the notice's action field, its label in capitals as the register prints it; its value runs to the first full stop
_ACTION = re.compile(r"\bACTION:\s*([^.\n]+)")
#: the notice's agency field, its label in capitals
_AGENCY = re.compile(r"\bAGENCY:")
#: what qualifies the action after its head ("Interim final rule with request for comments", "Final rule; delay")
_ACTION_TAIL = re.compile(r"[;,(]| with ")
#: how far into the document the action field of a notice's head may come
_HEAD_CHARS = 3000
#: how many sentences after the action field say what the notice does
_SUMMARY_SENTENCES = 2
_OWN_DETERMINERS = frozenset({"this", "these"})
_BODIES = frozenset({"Agency"})


def summary_rules(ctx: Context) -> None:
    """enacts: the body that a notice's summary says issues "this final rule", of the rule the notice's head names."""
    action = _ACTION.search(ctx.doc.text, 0, _HEAD_CHARS)
    if action is None or not _final(ctx, action.group(1)):
        return
    law = _notice_rule(ctx, action.start())
    root = ctx.m.root(law) if law is not None else None
    if law is None or root is None:
        return
    for verb in _summary_verbs(ctx, action.end()):
        objects = [c for c in verb.children if c.dep_ == "dobj" and _own_rule(ctx, c)]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not objects or not subjects or any(c.type == "enacts" and c.pred == verb.i for c in ctx.found):
            continue  # (a verb frame that read "this final rule" as a law it names says it there)
        heads = [h for h in ctx.args(subjects, _BODIES, expand=False) if not enactment_said(ctx, h[1].mention, law)]
        ctx.emit("enacts", heads, [(root, Argument(law))], "summary", verb)


def _final(ctx: Context, value: str) -> bool:
    """ "Final rule.", "Interim final rule with request for comments.": the action makes the rule."""
    head = _ACTION_TAIL.split(value.lower())[0].strip(" .")
    return head in ctx.lex.register_final_actions


def _notice_rule(ctx: Context, offset: int) -> int | None:
    """The last law the notice's head names before its action field (its title, right above the agency field: no
    other name comes between them), unless that mention is only the
    name of an action ("Final Rule"); a citation of the code the rule goes into ("16 CFR Part 318") is not its
    title."""
    text = ctx.doc.text
    laws = [
        i
        for i in ctx.m.before(offset)
        if ctx.m.type(i) == "Law" and ctx.m.items[i].end <= offset and not text[ctx.m.items[i].start].isdigit()
    ]
    if not laws:
        return None
    law = max(laws, key=lambda i: ctx.m.items[i].start)
    item = ctx.m.items[law]
    if not _agency_field_after(ctx, item.end, offset):
        return None
    name = text[item.start : item.end].lower()
    kinds = ctx.lex.register_final_actions | ctx.lex.register_proposed_actions
    return None if name in kinds or ctx.m.spans[law] is None else law


def _agency_field_after(ctx: Context, start: int, end: int) -> bool:
    """An "AGENCY:" field begins between the offsets, and no mention comes before it."""
    label = _AGENCY.search(ctx.doc.text, start, end)
    return label is not None and not any(start <= ctx.m.items[i].start < label.start() for i in ctx.m.before(end))


def _summary_verbs(ctx: Context, offset: int) -> list[Token]:
    """The verbs of issuing in the first sentences that begin after the offset."""
    sentences = [s for s in ctx.doc.sents if s.start_char >= offset][:_SUMMARY_SENTENCES]
    return [t for s in sentences for t in s if t.pos_ == "VERB" and t.lemma_ in ctx.lex.register_issuing_verbs]


def _own_rule(ctx: Context, noun: Token) -> bool:
    """The object is the notice's kind of rule said as its own: "this interim final rule", "a final rule", "final
    rules" (its words before the noun, without the determiner, are a final action; "final" or "this" says which)."""
    if ctx.m.at(noun) is not None:
        return False
    left = [t for t in noun.lefts if t.dep_ in ("det", "amod", "compound", "nmod")]
    det = {t.lower_ for t in left if t.dep_ == "det"}
    words = " ".join([t.lower_ for t in left if t.dep_ != "det"] + [noun.lower_])
    return words in ctx.lex.register_final_actions and ("final" in words.split() or bool(det & _OWN_DETERMINERS))
