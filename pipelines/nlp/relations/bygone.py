"""States that the text puts wholly in the past: they held once and hold no longer.

English says that a state of affairs has ended without "no longer":

- an adverb of a former time that is over, on a past verb ("Indonesia was once a member of OPEC", "the decree
  formerly required local storage"); "previously" only says "before now" and is not one;
- "used to" before the verb ("Nigeria used to require local storage of financial data");
- a past verb bounded by "until" and a time ("the regulation had required local storage until 2019", "was a
  member until 2016", "until recently").

A requirement, a membership or a stance that held only in the past is not a fact about the world the text
describes: negated. Making a law is an event, not a state ("Russia once adopted X" still says it adopted it),
so `enacts` and verbs of joining are left alone; an office held in the past ("X, who led the department until
2025") is, by the gold sets' convention, a `leads` of record and is left alone too. A present verb bounded by
"until" says how long something lasts ("data must be kept until the account is closed") and is not read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.syntax import COPULAS, predicate_verbs

_PAST_TAGS = frozenset({"VBD"})
#: the state's verbs: the predicate and the verbs it is the to-infinitive complement of ("required banks to store X")
_XCOMP = frozenset({"xcomp"})


def past_only(pred: Token, relation: str, lex: RelationLexicon) -> bool:
    """The clause of `pred` says the `relation` held only in the past (see the module docstring)."""
    if relation.lower() in lex.bygone_exempt_relations:
        return False
    verbs = predicate_verbs(pred, _XCOMP, COPULAS)
    if not verbs or not any(_past(v) for v in verbs):
        return False
    if relation == "memberOf" and not any(v.lemma_.lower() in COPULAS or v.pos_ != "VERB" for v in verbs):
        return False  # "Brazil once joined X": joining is an event
    return any(_former_adverb(v, lex) or _until_time(v, lex) or _used_to(v) for v in verbs)


def _past(verb: Token) -> bool:
    """A simple past ("required") or a past perfect ("had required"); "used" in "used to require"."""
    if verb.tag_ in _PAST_TAGS:
        return True
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _former_adverb(verb: Token, lex: RelationLexicon) -> bool:
    """ "was once a member", "formerly required": an adverb of a former time that is over, on the verb."""
    return any(c.dep_ == "advmod" and c.lower_ in lex.former_time_adverbs for c in verb.children)


def _until_time(verb: Token, lex: RelationLexicon) -> bool:
    """ "had required local storage until 2019", "until last year", "until recently": "until" with a time as its
    object (a date, a year or a word of recent time)."""
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in lex.ending_preps:
            continue
        for o in p.children:
            if o.ent_type_ in ("DATE", "TIME") or o.lower_ in lex.recent_time_words or _year(o):
                return True
    return False


def _year(tok: Token) -> bool:
    return tok.like_num and len(tok.text) == 4 and tok.text[:2] in ("19", "20")


def _used_to(verb: Token) -> bool:
    """ "Nigeria used to require X": the predicate is the to-infinitive complement of a past "used"."""
    used = verb.head
    if verb.dep_ != "xcomp" or used.lower_ != "used" or used.tag_ != "VBD":
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in used.children)  # "used its powers to ..."
