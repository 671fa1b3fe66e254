"""The law a noun of rule belongs to, named after the noun (regulates).

English names the law whose rules a noun of rule ("rules", "regime", "obligation", "safeguards") stands for after
the noun: by a participle of making with the law as its agent ("the regime established by the Act", "the safeguards
set by the Regulation"), by "under" ("an obligation under the Privacy Act"), or by "of" ("the rules of the GLBA").
What that noun does to data is the law's rule, so the law regulates the data. It is said by a verb of ruling whose
subject the noun is ("the regime established by the Act governs the storage of X"), or by an infinitive that hangs on
the noun or on its participle ("the regime established by PoFA to govern the retention of X", "an obligation under
the Act to protect X", "the rules of the GLBA, designed to govern the collection of X"). A participle of undoing
("the protections repealed by the Act") names no rule of the law; polarity and modality are the ruling verb's.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.ruling import regulated_in
from pipelines.nlp.relations.syntax import agents, conjuncts, is_passive, is_verbal, subjects

#: the dependencies by which an infinitive or participle hangs on the verb or noun it completes
_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "acl"})
#: prepositions after a noun of rule that name the law it belongs to
_HOLDER_PREPS = frozenset({"under", "of"})
_LAW = frozenset({"Law"})
#: the dependencies of a name before a noun of rule that says whose it is ("the Act's provisions", "HIPAA provisions")
_OWNER_DEPS = frozenset({"poss", "compound", "nmod"})


def held_rule(ctx: Context, verb: Token) -> None:
    """ "the regime established by PoFA to govern the retention of X", "an obligation under the Act to protect X",
    "the safeguards set by the Act protect X": the law that holds the rule noun regulates the data the verb of ruling
    rules on."""
    if not any(f.relation == "regulates" for f in ctx.lex.frames_for(verb.lemma_.lower())):
        return
    nouns = [n for n in _ruling_nouns(verb) if _is_rule_noun(ctx, n)]
    if not nouns:
        return
    laws = ctx.args([t for n in nouns for t in _holder_laws(ctx, n)], _LAW)
    if laws:
        ctx.emit("regulates", laws, regulated_in(ctx, verb), "rule-holder", verb)


def _is_rule_noun(ctx: Context, noun: Token) -> bool:
    """A common noun of rule-making, not itself a named mention ("the Privacy Rule" names a law)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ctx.lex.rule_nouns and ctx.m.at(noun) is None


def _ruling_nouns(verb: Token) -> list[Token]:
    """The nouns whose rule the verb states: its subject in the active voice, or the noun an infinitive hangs on,
    directly ("an obligation to protect X") or through participles and infinitives that have no subject of their
    own ("the rules, designed to work together to govern X"); or the word that controls an infinitive completing a
    verb with a subject ("the Act's protections continue to apply to X", "its rules seek to protect X": the subject;
    "the rules require firms to protect X": the object, no rule noun)."""
    if not to_clause(verb):
        return [] if is_passive(verb) else subjects(verb)
    tok = verb
    while tok.dep_ in _CLAUSE_DEPS and is_verbal(tok.head) and not _own_subject(tok.head):
        tok = tok.head
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
        return [tok.head]
    if tok.dep_ == "xcomp" and _own_subject(tok.head):
        return subjects(tok)  # "the Act's protections continue to apply to X": the controller of the infinitive
    return []


def to_clause(verb: Token) -> bool:
    """The verb is an infinitive or a participle that completes another word."""
    return verb.dep_ in _CLAUSE_DEPS and verb.tag_ in ("VB", "VBN", "VBG")


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def _in_noun_phrase(owner: Token, noun: Token) -> bool:
    """The owner stands in the noun's own phrase ("the Act's provisions", "the GDPR and CCPA obligations"): no comma
    and no verb between them. A name a list or a relative clause sets apart ("Decree 53, which requires X, ..., and the
    RBI rule that requires Y") is another item, not the rule's owner, whatever the parse hangs it on."""
    between = noun.doc[owner.i + 1 : noun.i]
    return not any(w.text in (",", ";") or w.pos_ in ("VERB", "AUX") for w in between)


def _holder_laws(ctx: Context, noun: Token) -> list[Token]:
    """The words around a noun of rule that may name its law: its owner before it ("the Act's provisions", "HIPAA
    provisions"), the agent of a participle of making on the noun ("set by the Act"; not one of undoing), and the
    objects of "under" and "of" after it."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ in _OWNER_DEPS and c.i < noun.i:
            out += [t for t in conjuncts(c) if _in_noun_phrase(t, noun)]
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in ctx.lex.undo_verbs:
            out += [t for a in agents(c) for t in conjuncts(a)]
        elif c.dep_ == "prep" and c.lower_ in _HOLDER_PREPS:
            out += [t for p in c.children if p.dep_ == "pobj" for t in conjuncts(p)]
    return out
