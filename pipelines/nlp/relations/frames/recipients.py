"""Frame of covered recipients (regulates): data handed to parties that a law covers are handled under that law, so
the law regulates them ("personal data can flow from the EU to US companies participating in the Framework",
"personal data transferred to organisations falling within the scope of the Act", "data sent to companies that are
subject to the Privacy Act"). The verb handles data (`handling_verbs`), its "to" phrase names the recipients, and a
participle or relative clause on the recipients says that they are covered by a law: a verb of coverage
(`coverage_verbs`: participate in, fall within, adhere to, join, comply with ...) or "subject to". The law is the
object of that clause's verb or of its prepositions, down through "of" phrases ("the scope of application of the
Act"). As under `ruling.handled_under`, what may be done with data under a law is its rule: a modal of permission is
no hedge. The words are the recipients block of `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.localization import stored_inside
from pipelines.nlp.relations.syntax import COPULAS, objects, prep_objects, subjects

_TO = frozenset({"to"})
_RECIPIENT_PREPS = frozenset({"to", "with"})
_OF = frozenset({"of"})
_CLAUSES = frozenset({"acl", "relcl"})
_LAW = frozenset({"Law"})


def handled_to_covered(ctx: Context, verb: Token) -> None:
    """ "DATA transferred / can flow to RECIPIENTS participating in LAW": LAW regulates DATA."""
    if verb.lemma_.lower() not in ctx.lex.handling_verbs or stored_inside(ctx, verb):
        return
    laws = [law for r in _recipients(verb) for law in _covering_laws(ctx, r)]
    if not laws:
        return
    found = ctx.args(list(dict.fromkeys(laws)), _LAW, expand=False)
    tails = ctx.datatypes(subjects(verb) + objects(verb))
    permission = any(c.dep_ == "aux" and c.lower_ in ctx.lex.permission_modals for c in verb.children)
    ctx.emit("regulates", found, tails, "handled-to-covered", verb, deontic=permission)


def _recipients(verb: Token) -> list[Token]:
    """Who the data go to: the object of the verb's "to" ("sent to insurers", which the parse may label a dative)
    or "with" ("shared with banks")."""
    preps = [p for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ in _RECIPIENT_PREPS]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _covering_laws(ctx: Context, recipient: Token) -> list[Token]:
    """The words of the laws that a clause on the recipient noun says cover it: the objects of a verb of coverage
    and of its prepositions, or of "subject to" (after a copula or right on the noun); a negated clause says the
    recipients are not covered."""
    out: list[Token] = []
    for clause in (c for c in recipient.children if c.dep_ in _CLAUSES | {"amod"}):
        if any(c.dep_ == "neg" for c in clause.children):
            continue  # "companies that do not comply with the GDPR": not covered
        lemma = clause.lemma_.lower()
        if lemma in ctx.lex.coverage_verbs and clause.pos_ == "VERB":
            # "falling within the scope of X", never "falling outside it"
            out += _with_of_chain(objects(clause) + prep_objects(clause, ctx.lex.coverage_preps))
        elif lemma in ctx.lex.subjection_adjectives:
            out += _with_of_chain(prep_objects(clause, _TO))  # "organisations subject to the Act"
        elif lemma in COPULAS:
            subject = [a for a in clause.children if a.dep_ == "acomp" and a.lemma_ in ctx.lex.subjection_adjectives]
            out += _with_of_chain([o for a in subject for o in prep_objects(a, _TO)])
    return out


def _with_of_chain(nouns: list[Token]) -> list[Token]:
    """The nouns and those their "of" phrases lead to ("the scope of application of the Act": scope, application,
    Act), a law being often named at the end of such a chain."""
    out: list[Token] = []
    for noun in nouns:
        chain: Token | None = noun
        while chain is not None and chain not in out:
            out.append(chain)
            nxt = prep_objects(chain, _OF)
            chain = nxt[0] if nxt else None
    return out
