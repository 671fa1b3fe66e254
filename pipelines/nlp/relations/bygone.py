"""States that the text puts wholly in the past: they held once and hold no longer.

English says that a state of affairs has ended without "no longer":

- an adverb of a former time that is over, on a past verb ("Indonesia was once a member of OPEC", "the decree
  formerly required local storage"); "previously" only says "before now" and is not one;
- "used to" before the verb ("Nigeria used to require local storage of financial data");
- a past verb bounded by "until" and a time ("the regulation had required local storage until 2019", "was a
  member until 2016", "until recently");
- a past verb bounded by an "until" clause whose verb undoes or replaces a rule ("required local storage until a
  2021 decree scrapped the rule"; not "until the bank was satisfied", a condition);
- a past verb followed by "but" and a clause that undoes it ("previously required X, but the 2022 amendment
  removed that rule", "required X, but the rule was repealed"): the undoing verb's object (or passive subject) is
  a word of rules, a pronoun or the state's own subject. "Previously" alone is not enough, nor a "but" clause that
  undoes something else ("but the ministry dropped its appeal").

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
    if any(_former_adverb(v, lex) or _until_time(v, lex) or _used_to(v) for v in verbs):
        return True
    return any(_ended_by_clause(v, lex) for v in verbs)


def _past(verb: Token) -> bool:
    """A simple past ("required") or a past perfect ("had required"); "used" in "used to require"."""
    if verb.tag_ in _PAST_TAGS or _bare_participle(verb):
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


def _ended_by_clause(verb: Token, lex: RelationLexicon) -> bool:
    """ "required X until a decree scrapped the rule" (an "until" clause, on the verb or its to-infinitive), "required
    X, but the amendment removed that rule" (a "but" conjunct that undoes the state): a later event ended it."""
    near = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    for v in near:
        for c in v.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.ending_preps for m in c.children):
                if _ending_verb(c, lex) and _past(c) and not _negated(c):
                    return True
    cc = {c.lower_ for c in verb.children if c.dep_ == "cc"}
    if not cc & lex.contrast_coordinators:
        return False
    return any(c.dep_ == "conj" and c.i > verb.i and _undoes_state(c, verb, lex) for c in verb.children)


def _undoes_state(clause: Token, state: Token, lex: RelationLexicon) -> bool:
    """ "the amendment removed that rule", "the rule was repealed in 2020", "a decree scrapped it": a past, asserted
    verb of undoing whose object (or passive subject) names a rule, is a pronoun, or is the state's own subject."""
    if not _ending_verb(clause, lex) or not _past(clause) and not _passive_past(clause):
        return False
    if _negated(clause):
        return False
    own = {c.lemma_.lower() for c in state.children if c.dep_ in ("nsubj", "nsubjpass")}
    for arg in (c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")):
        if arg.lemma_.lower() in lex.undone_state_nouns or arg.pos_ == "PRON" or arg.lemma_.lower() in own:
            return True
    return False


def _bare_participle(verb: Token) -> bool:
    """ "THE DECREE REQUIRED FIRMS TO ...": in capitals the tagger may read a simple past as a participle; one that
    heads a clause with its own subject and no auxiliary is a simple past."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ROOT", "conj"):
        return False
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and not deps & {"aux", "auxpass"}


def _ending_verb(verb: Token, lex: RelationLexicon) -> bool:
    """ "repealed", "scrapped", "replaced", "superseded": a verb that undoes a rule or puts another in its place (in
    capitals the lemmatizer may keep the inflected form: "REPEALED" is read as "repeal" by its regular ending)."""
    words = lex.undo_verbs | lex.ending_verbs
    low = verb.lemma_.lower()
    return low in words or (low.endswith("ed") and (low[:-2] in words or low[:-1] in words))


def _passive_past(verb: Token) -> bool:
    """ "was repealed", "had been removed": a past participle with a past auxiliary."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux") and c.tag_ == "VBD" for c in verb.children)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)
