"""Clauses a sentence gives as only likely or only rumoured, by words other than a modal or an adverb on the verb.

- An extraposed clause after a copula and an adjective of likelihood is judged, not stated: "It is likely that the
  law will regulate X", "it is possible (that) Kenya joined the OECD", "it is probable that the department opposes
  X": hedged. An adjective of certainty ("it is clear that", "it is true that") states its clause; "X is likely to
  join" is a governor of its infinitive (`attitude`).
- What a rumour says, and what a report, claim or source the text calls unconfirmed says, is not vouched for:
  "there is speculation that the Act requires X", "unconfirmed reports say Kenya has joined X", "according to
  unverified reports, ...": hedged. A report the text does not qualify ("according to reports", "there are reports
  that ...") is the text's own source and stays stated.
- A hedge adverb that opens one conjunct hedges that conjunct alone: "Japan and perhaps Korea have ratified X",
  "India, and possibly Indonesia, require ...": Korea's ratification and Indonesia's requirement are hedged, Japan's
  and India's stay stated.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.framing import CLAUSE_VERB_LINKS, cited_sources
from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.syntax import SUBJECTS, governor_chain, predicate_verbs

#: links inside a noun phrase through which an argument hangs on the conjunct that holds it
_INSIDE_PHRASE = frozenset({"compound", "amod", "pobj", "prep", "poss"})


def judged_likely(pred: Token, lex: RelationLexicon) -> bool:
    """The clause of `pred` is the extraposed subject of "it is <likely>": the complement clause of a copula whose
    subject is "it" and whose complement is an adjective of likelihood, or of that adjective itself."""
    for gov, how in governor_chain(pred):
        if how == "ccomp" and gov.lemma_.lower() == "be" and _likelihood_copula(gov, lex):
            return True
        if how == "content" and gov.lower_ in lex.likelihood_adjectives and gov.dep_ == "acomp":
            return _likelihood_copula(gov.head, lex)
    return False


def _likelihood_copula(copula: Token, lex: RelationLexicon) -> bool:
    """ "It is likely", "it was possible": a copula with the pronoun "it" as its subject and an adjective of
    likelihood as its complement."""
    it = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children)
    return it and any(c.dep_ == "acomp" and c.lower_ in lex.likelihood_adjectives for c in copula.children)


def unvouched(pred: Token, lex: RelationLexicon) -> bool:
    """The clause of `pred` is what a rumour or an unconfirmed report says: the content clause of such a noun, the
    complement of a verb of saying whose subject it is, or a clause it is the source of by "according to"."""
    for gov, how in governor_chain(pred):
        if how == "content" and _rumoured(gov, lex):
            return True
        if how == "ccomp" and gov.lemma_.lower() in lex.saying_verbs:
            return any(c.dep_ in SUBJECTS and _rumoured(c, lex) for c in gov.children)
    return any(_rumoured(o, lex) for verb in predicate_verbs(pred, CLAUSE_VERB_LINKS) for o in cited_sources(verb))


def _rumoured(noun: Token, lex: RelationLexicon) -> bool:
    """A noun of rumour or speculation ("speculation that ..."), or a noun the text qualifies as unconfirmed
    ("unconfirmed reports", "unverified claims")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.lemma_.lower() in lex.rumour_nouns or noun.lower_ in lex.rumour_nouns:
        return True
    return any(c.dep_ == "amod" and c.lower_ in lex.unverified_modifiers for c in noun.children)


def hedged_conjunct(arg: Token, pred: Token, lex: RelationLexicon) -> bool:
    """`arg` is, or is inside, a conjunct whose first word is a hedge adverb ("Japan and perhaps Korea", "health data
    and possibly genetic data", where the parse may hang the adverb on a modifier): the hedge is on that conjunct,
    not on the clause."""
    tok = arg
    while tok.dep_ in _INSIDE_PHRASE and tok.head != tok and tok.head != pred:
        tok = tok.head
    if tok.dep_ != "conj":
        return False
    first = next((t for t in tok.subtree if not t.is_punct), tok)
    return first.i < tok.i and first.dep_ == "advmod" and first.lower_ in lex.hedge_adverbs
