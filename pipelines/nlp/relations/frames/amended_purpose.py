"""A law changed for a purpose that acts on data (regulates).

English states why a law is amended with an infinitive of purpose on the verb of changing it ("Congress amended the
Privacy Act to restrict transfers of personal data", "To amend the Children's Online Privacy Protection Act of 1998
to extend, enhance, and revise the provisions relating to the collection of personal information", "the HIPAA Rules
were modified to implement the amendments to strengthen the privacy of health information"). The purpose of the
change is what the changed law does from then on, so the law regulates the data its infinitive rules on
(`ruling.regulated_in`), protects or restricts (`purposes.purpose_rule_data`), or whose flows or access it acts on
(`purpose_handling`), as for a law made for that purpose (`lawmaking.purpose`). The purpose reaches the verbs
coordinated with the infinitive and the purpose of that purpose. The changed law is the verb's object, or its subject
in the passive; a law that does the changing ("the Act amends the Directive to ...") is not the one changed. The
verb's clause says whether it is so ("a bill that would amend X to ..." is only proposed).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.purpose_handling import purpose_handling
from pipelines.nlp.relations.frames.purposes import purpose_rule_data
from pipelines.nlp.relations.frames.roles import LAW
from pipelines.nlp.relations.frames.ruling import regulated_in
from pipelines.nlp.relations.syntax import is_passive, objects, purpose_clauses, subjects, to_infinitive


def amended_for(ctx: Context, verb: Token) -> None:
    """ "X amended LAW to restrict transfers of DATA", "LAW was modified to protect DATA": LAW regulates DATA."""
    changed = subjects(verb) if is_passive(verb) else objects(verb)
    laws = ctx.args(changed, LAW, pred=verb)
    if not laws:
        return
    for clause in purpose_chain(verb):
        data = regulated_in(ctx, clause) + purpose_rule_data(ctx, clause)
        ctx.emit("regulates", laws, [d for d in data if not _in_finite_clause(d[0], clause)], "amended-purpose", verb)
    purpose_handling(ctx, verb, laws, None)


def purpose_chain(verb: Token) -> list[Token]:
    """The verb's infinitives of purpose, the bare infinitives coordinated after each, which share its "to" and its
    object ("to extend, enhance, and revise the provisions relating to X"), and their own infinitives of purpose in
    turn ("to implement the amendments to strengthen the privacy of X")."""
    out: list[Token] = []
    todo = purpose_clauses(verb)
    while todo:
        clause = todo.pop(0)
        if clause in out:
            continue
        out += [clause, *(c for c in clause.conjuncts if _shares_infinitive(c, clause) and c not in out)]
        todo += purpose_clauses(clause)
    return out


def _shares_infinitive(verb: Token, clause: Token) -> bool:
    """Whether a verb coordinated after the infinitive is a bare infinitive under its "to" ("to extend, enhance,
    and revise X"): not a finite verb the parse hangs there ("amends X to extend ... and establishes Y"), nor an
    infinitive with a "to" of its own ("To amend X to extend Y and to establish Z"), which may be a purpose of
    something else (here the bill's, not the change's)."""
    return verb.tag_ == "VB" and verb.i > clause.i and not to_infinitive(verb)


_FINITE = frozenset({"VBZ", "VBD", "VBP"})


def _in_finite_clause(tok: Token, clause: Token) -> bool:
    """Whether a finite verb stands between the token and the infinitive ("to extend the provisions relating to X
    and establishes new protections for Y", a parse that hangs the subject's second act inside the object): a
    finite verb has a subject and a clause of its own, so what it acts on is not the purpose's."""
    t = tok
    while t != clause and t.head != t:
        t = t.head
        if t != clause and t.tag_ in _FINITE:
            return True
    return False
