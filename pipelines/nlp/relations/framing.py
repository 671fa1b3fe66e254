"""How a sentence frames a clause so that it is not asserted: a partisan or unverified source, a condition said
without "if", and adverbs that all but negate.

- "According to critics, the law requires X", "according to a report by critics", "Critics say the law requires
  X", "opponents argue that ...": what a
  source the text names only as partisan (critics, opponents, sceptics) or unverified (rumours, speculation) says
  is that source's claim, not something the text presents as true: hedged. "According to the ministry" or "USTR
  noted that" report a source the text relies on, and stay facts;
- "Had Russia adopted X, ...", "Were Brazil to adopt X, ...", "Should Turkey join ...": an adverbial clause that
  opens with its auxiliary before its subject is a condition (and "had" a counterfactual one): conditional;
- "Provided that the parliament approves it, the law requires ...", "In case the regulator approves, the bank will
  require ...": a condition opened by a participle or a prepositional phrase instead of "if": conditional;
- "The department hardly supports X", "scarcely opposes": adverbs that deny all but a trace: negated;
- "Officials say the Act requires X, but the Act says nothing of the kind", "..., but it does not", "..., but the
  decree contains no such requirement": a claim that a "but" clause on the verb of saying contradicts is not what
  the text holds true: denied (`contradicted_claim`). A "but" clause that negates something else ("but it does
  not apply to banks") leaves the claim alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.syntax import SUBJECTS, governor_chain, predicate_verbs

#: auxiliaries that open a condition when they come before the subject ("Had X adopted", "Were X to", "Should X")
_INVERTING_AUXILIARIES = frozenset({"had", "were", "should"})
#: the clause's verbs: the predicate and those above it by to-infinitive or coordination
CLAUSE_VERB_LINKS = frozenset({"xcomp", "conj"})


def partisan_source(pred: Token, lex: RelationLexicon) -> bool:
    """The clause of `pred` is what a partisan or unverified source says: "according to" such a source on a verb of
    the clause, or the content clause of a verb of saying whose subject is such a source."""
    if any(_partisan_source(o, lex) for verb in predicate_verbs(pred, CLAUSE_VERB_LINKS) for o in cited_sources(verb)):
        return True
    for gov, how in governor_chain(pred):
        if how == "ccomp" and gov.lemma_.lower() in lex.saying_verbs:
            partisan = any(c.dep_ in SUBJECTS and _partisan(c, lex) for c in gov.children)
            return partisan and not _judged(gov, pred, lex)
    return False


def cited_sources(verb: Token) -> list[Token]:
    """The nouns a verb names as its source by "according to" ("According to critics, X joined Y")."""
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "according"
        for to in p.children
        for o in to.children
        if o.dep_ == "pobj"
    ]


def _judged(saying: Token, pred: Token, lex: RelationLexicon) -> bool:
    """The sentence judges the claim itself, outside the claim's clause or after a comma that closes it ("Critics
    say X, and the ministry agrees", "..., a claim the ministry rejects"): that judgement, read elsewhere, decides.
    A verdict word inside the claim ("critics say the law requires firms to confirm ...") is part of the claim."""
    claim = {t.i for c in saying.children if c.dep_ == "ccomp" for t in c.subtree}
    sent = saying.sent
    comma = next((t.i for t in sent if t.i > pred.i and t.text == ","), None)
    return any(
        t.lemma_.lower() in lex.claim_verdicts and t != saying and (t.i not in claim or (comma and t.i > comma))
        for t in sent
    )


def _partisan_source(noun: Token, lex: RelationLexicon) -> bool:
    """ "according to critics", "according to a report by critics", "according to claims from opponents": the
    source, or the author of the report or claim the text cites, is partisan."""
    if _partisan(noun, lex):
        return True
    if noun.lemma_.lower() not in lex.claim_nouns:
        return False
    authors = [o for p in noun.children if p.lower_ in ("by", "from", "of") for o in p.children if o.dep_ == "pobj"]
    return any(_partisan(o, lex) for o in authors)


def _partisan(noun: Token, lex: RelationLexicon) -> bool:
    return noun.lemma_.lower() in lex.partisan_sources or noun.lower_ in lex.partisan_sources


def unmarked_condition(pred: Token, lex: RelationLexicon) -> bool:
    """The clause of `pred` is a condition without "if" ("Had Russia adopted X, ..."), carries one ("Provided
    that ..., the law requires X", "In case ..., the bank will require X"), or is inside one ("Provided that
    Congress passes X, ...", "In the event that Congress passes X, ...": Congress has not passed it)."""
    for verb in predicate_verbs(pred, CLAUSE_VERB_LINKS):
        if verb.dep_ == "advcl" and _inverted(verb):
            return True
        if any(_conditional_opener(c, lex) for c in verb.children if _fronted_modifier(c, verb)):
            return True
    if any(_conditional_opener(t, lex) for t in pred.ancestors if t.dep_ in ("advcl", "prep")):
        return True
    return any(_bare_opener(c, t, lex) for t in (pred, *pred.ancestors) for c in t.children)


def _bare_opener(phrase: Token, verb: Token, lex: RelationLexicon) -> bool:
    """ "In case the Senate passes X, the Act will regulate Y": a phrase of condition before its verb, with nothing
    after its noun, that the parse left without its clause: the verb's clause is the condition (and a main clause
    the parse hung under it is under the condition too). "In case law, ..." or "In the event of a breach" name
    something else."""
    if phrase.dep_ != "prep" or phrase.i > verb.i:
        return False
    return " ".join(t.lower_ for t in phrase.subtree) in lex.conditional_phrases


def _fronted_modifier(clause: Token, verb: Token) -> bool:
    """An adverbial clause or a prepositional phrase on the verb, or a clause before the verb that the parse took
    for its complement ("In the event the bill becomes law, the Act will require ...")."""
    return clause.dep_ in ("advcl", "prep") or (clause.dep_ == "ccomp" and clause.i < verb.i)


def _inverted(verb: Token) -> bool:
    """ "Had Russia adopted": the clause's first word is an auxiliary of condition, before its subject."""
    first = verb.doc[verb.left_edge.i]
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return (
        first.dep_ == "aux"
        and first.head.i == verb.i
        and first.lower_ in _INVERTING_AUXILIARIES
        and subject is not None
        and first.i < subject.i
    )


def _conditional_opener(clause: Token, lex: RelationLexicon) -> bool:
    """A modifier that opens with a word of condition other than "if" ("provided that", "in case", "on condition
    that", "in the event that") and carries a clause of its own."""
    words = [t.lower_ for t in clause.doc[clause.left_edge.i : clause.left_edge.i + 3]]
    phrases = {" ".join(words[:2]), " ".join(words)}
    opened = words[:1] and words[0] in lex.conditional_participles or bool(phrases & lex.conditional_phrases)
    has_clause = any(t.dep_ in ("ccomp", "advcl", "nsubj") for t in clause.subtree if t.i != clause.i)
    return bool(opened) and (has_clause or clause.dep_ == "advcl")


def all_but_negated(pred: Token, lex: RelationLexicon) -> bool:
    """ "hardly supports X", "scarcely opposes": an adverb of near-negation on the predicate or its copula."""
    verbs = predicate_verbs(pred, CLAUSE_VERB_LINKS)[:2]
    return any(c.dep_ == "advmod" and c.lower_ in lex.near_negative_adverbs for v in verbs for c in v.children)


def contradicted_claim(pred: Token, lex: RelationLexicon) -> bool:
    """The clause of `pred` is the content of a verb of saying that a "but" conjunct contradicts (module docstring)."""
    saying = next((gov for gov, how in governor_chain(pred) if how == "ccomp"), None)
    if saying is None or saying.lemma_.lower() not in lex.saying_verbs | lex.hearsay_verbs:
        return False
    if not any(c.dep_ == "cc" and c.lower_ in lex.contrast_coordinators for c in saying.children):
        return False
    return any(c.dep_ == "conj" and c.i > pred.i and _contradicts(c, lex) for c in saying.children)


def _contradicts(clause: Token, lex: RelationLexicon) -> bool:
    """ "the Act says nothing of the kind", "contains no such requirement" (an object of nothing), "it does not",
    "that is not the case", "this is false" (a bare negation or a word of falsity, and nothing else said)."""
    for c in clause.children:
        if c.dep_ == "dobj" and (_nothing_of_the_kind(c, lex) or _no_such(c)):
            return True
    words = {c.dep_: c for c in clause.children if c.dep_ not in ("punct", "aux", "advmod")}
    if set(words) - {"nsubj", "neg", "attr", "acomp"}:
        return False
    said = words.get("attr") or words.get("acomp")
    if said is not None and said.lower_ in lex.falsity_adjectives:
        return True
    return "neg" in words and (said is None or said.lemma_.lower() in lex.settled_claim_words)


def _nothing_of_the_kind(noun: Token, lex: RelationLexicon) -> bool:
    """ "says nothing of the kind", "nothing of the sort", a bare "nothing"; not "nothing about payment data"."""
    if noun.lower_ != "nothing":
        return False
    kinds = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    others = [c for c in noun.children if c.lower_ != "of"]
    return not others and all(o.lemma_.lower() in lex.claim_kind_nouns for o in kinds)


def _no_such(noun: Token) -> bool:
    """ "no such requirement": the determiner "no" with "such"."""
    kids = {c.lower_ for c in noun.children}
    return "no" in kids and "such" in kids
