"""A personal pronoun ("he", "she", "his", "her") resolved to the one person named just before it.

English refers to a person named a sentence or two earlier by a pronoun of the third person: "Jane Roe was appointed
in 2021. She leads the Data Protection Office."; "Senator Moss is a Democrat. He introduced the Data Act." A person
pronoun never stands for a body, a state or a law ("it" does), and only the subject form and the possessive are read:
an object pronoun ("the minister praised him") may be bound by a name in its own clause. The pronoun is resolved only
when its reach (its own sentence before it and the two sentences before, in its paragraph) names exactly one person;
with two persons named there ("Roe met Smith. She ...") the reference is ambiguous and nothing is guessed."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.mentions import Mentions

#: third-person pronouns of a person, subject form (tag PRP) and possessive (tag PRP$)
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: sentences before the pronoun's own that it may reach
_REACH = 2
#: how a noun is said of a name beside it: "Jane Roe, the minister", "Roe is a senator", "Senator Roe"
_SAID_OF_A_NAME = frozenset({"appos", "attr", "compound"})


def is_person_pronoun(tok: Token) -> bool:
    """ "he"/"she" as a subject, "his"/"her" as a possessive determiner."""
    word = tok.lower_
    if tok.tag_ == "PRP" and word in _SUBJECT_PRONOUNS:
        return tok.dep_ in _SUBJECT_DEPS
    return tok.tag_ == "PRP$" and word in _POSSESSIVE_PRONOUNS


def person_antecedent(tok: Token, m: Mentions, lex: RelationLexicon) -> int | None:
    """The nearest mention of the one person named within the pronoun's reach before it, if exactly one is and no
    person the text does not name (`_unnamed_person`) stands in the reach too."""
    start = reach_start(tok)
    persons = [i for i in m.before(tok.idx) if m.items[i].start >= start and m.type(i) == "Person"]
    if len({m.entity(i) for i in persons}) != 1:
        return None
    titles = lex.lead_titles | lex.state_titles | lex.legislator_titles
    if any(_unnamed_person(t, m, titles) for t in tok.doc[: tok.i] if t.idx >= start):
        return None
    return persons[-1]


def _unnamed_person(t: Token, m: Mentions, titles: frozenset[str]) -> bool:
    """A singular noun of a person's title that is not a name's ("Minister Long met the Ambassador. He said ...":
    "he" may be the ambassador): not inside a mention, not a title right before a name, not said of a name by
    apposition or a copula ("Jane Roe, the minister", "Roe is a senator")."""
    if t.pos_ not in ("NOUN", "PROPN") or t.tag_ not in ("NN", "NNP") or t.lower_ not in titles:
        return False
    if m.at(t) is not None or t.dep_ in _SAID_OF_A_NAME:
        return False
    after = t.nbor() if t.i + 1 < len(t.doc) else None
    if (after is not None and m.at(after) is not None) or m.at(t.head) is not None:
        return False
    return not any(c.dep_ == "appos" and m.at(c) is not None for c in t.children)  # "its head, Jane Roe,"


def reach_start(tok: Token) -> int:
    """The character offset where the pronoun's reach begins: `_REACH` sentences before its own, not across a
    paragraph break."""
    sents: list[Span] = []
    for sent in tok.doc.sents:
        if sent.start > tok.i:
            break
        sents.append(sent)
    first = sents[-(_REACH + 1) :][0].start_char
    paragraph = tok.doc.text.rfind("\n\n", 0, tok.idx)
    return max(first, paragraph + 2 if paragraph >= 0 else 0)
