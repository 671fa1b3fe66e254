"""A law given a second name by "as" after a verb of making or introducing it: "the President signed it as Law No.
27 of 2022", "the Data Act was introduced as H.R. 9001", "the Assembly passed the Records Bill as Act 12". The name
after "as" names the same law as the verb's object (or, in the passive, its subject), so a later reference that fits
both is one thing, not two candidates."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.mentions import Mentions
from pipelines.nlp.relations.syntax import is_passive

_OBJECTS = frozenset({"dobj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass"})


def as_name_of(i: int, m: Mentions, lex: RelationLexicon) -> int | None:
    """The mention of the law that law mention `i`, the object of "as" after a verb of passing, signing or
    introducing (`bill_passing_verbs`, `introducing_verbs`), is a second name of: the verb's object ("signed the
    bill as X"), its passive subject ("was introduced as X"), or for a pronoun object ("signed it as X") the one law
    named before it in its sentence. None for any other mention, or when that law is not one."""
    root = m.root(i)
    if root is None or m.type(i) != "Law" or root.dep_ != "pobj" or root.head.lower_ != "as":
        return None
    verb = root.head.head
    if verb.dep_ == "npadvmod" and verb.pos_ == "NOUN":
        verb = verb.head  # "signed it the following month as X": the parse hangs "as" on the time noun
    if root.head.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in lex.bill_passing_verbs | lex.introducing_verbs:
        return None
    deps = _PASSIVE_SUBJECTS if is_passive(verb) else _OBJECTS
    named = [c for c in verb.children if c.dep_ in deps]
    if len(named) != 1:
        return None
    return _law_of(named[0], m)


def _law_of(tok: Token, m: Mentions) -> int | None:
    """The law mention a verb's argument is: its own name, or for "it" the one law named before it in its
    sentence."""
    j = m.at(tok)
    if j is not None:
        return j if m.type(j) == "Law" else None
    if tok.lower_ != "it" or tok.tag_ != "PRP":
        return None
    sent = tok.sent
    laws = [j for j in m.before(tok.idx) if sent.start_char <= m.items[j].start and m.type(j) == "Law"]
    return laws[-1] if len({m.entity(j) for j in laws}) == 1 else None
