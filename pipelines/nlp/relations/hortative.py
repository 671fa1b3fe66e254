"""A clause that says it is time for something to be done says it ought to be done, and so that it is not done yet.

"It is time for Congress to pass the Act", "it's high time that India adopted the bill", "it is past time to act",
"the time has come for Nigeria to adopt X", "now is the time to ratify X": the clause the noun "time" carries (a
to-infinitive, or a past subjunctive after "that") is what the speaker urges, as "Congress should pass the Act"
would say it; it is only proposed. The noun is the bare predicate of "it is" ("it is (high, past, about) time"),
the predicate of "now is", or the subject of a verb of arrival ("the time has come").

A time with an article or an ordinal dates an event that did happen, and stays stated: "it was the first time that
India adopted a data law", "the last time Congress passed a privacy law was in 1998".
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.syntax import governor_chain


def urged_as_due(pred: Token, lex: RelationLexicon) -> bool:
    """The clause of `pred` (or a clause it is the complement of, or coordinated under) is the clause of a noun of
    time in "it is time", "now is the time" or "the time has come"."""
    clauses = [pred] + [gov for gov, how in governor_chain(pred) if how in ("conj", "xcomp", "ccomp")]
    return any(c.dep_ in ("relcl", "acl") and _due_time(c.head, lex) for c in clauses)


def _due_time(noun: Token, lex: RelationLexicon) -> bool:
    """ "(it is) time", "the time (has come)", "now is the time": a noun of time said to be due."""
    if noun.lemma_.lower() not in lex.due_time_nouns or noun.pos_ != "NOUN":
        return False
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in lex.arrival_verbs:  # "the time has come for X to adopt Y"
        return True
    if verb.lemma_.lower() != "be" or noun.dep_ not in ("attr", "nsubj"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl", "advmod") and c.i < verb.i]
    if any(c.lower_ == "now" for c in subjects):  # "now is the time to ratify X" (the parser may make either one
        return True  # the subject)
    if noun.dep_ != "attr" or not any(c.lower_ in lex.due_time_subjects for c in subjects):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") or c.tag_ in ("JJS", "CD") for c in noun.children)
