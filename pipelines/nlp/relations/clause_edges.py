"""Words at the edge of a clause that the parse takes into it though English does not.

A dateline or heading before a colon or dash names where a report comes from, not who acts in its sentence
("New Delhi: The Rajya Sabha passed the bill"; "WASHINGTON -- The House passed ..."): when the verb has a subject
after the colon or dash, a subject before it is no argument.

A passive participle right after a noun, with no comma between, is a reduced relative clause on that noun ("the
Model Law on Electronic Commerce adopted by UNCITRAL": the Model Law was adopted), even where the parse hangs it
on the main verb as an adverbial clause; its patient is the noun phrase it follows, not the main clause's subject.
A participle set off by a comma ("..., adopted in 2021 by X") or fronted ("Adopted in 2021, the law ...") still
speaks of the main clause's subject.

An apposition after a coordination describes the conjunct it follows ("the Privacy Act, which ..., and PIPEDA,
Canada's private sector law"), though the parse may hang it on the first conjunct.
"""

from __future__ import annotations

from spacy.tokens import Token

_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_NOUNS = frozenset({"NOUN", "PROPN"})
#: links inside a noun phrase through which the word before the participle hangs on the phrase's head
_PHRASE_UP = frozenset({"pobj", "prep", "compound", "amod", "nummod", "appos", "conj"})


def heading_subjects(subjects: list[Token]) -> list[Token]:
    """The subjects of one verb without a heading: a subject whose phrase a colon or a spaced dash ends, before a
    later subject of the same verb ("New Delhi: The Rajya Sabha passed ...": "New Delhi"). A hyphen inside a word
    ("Asia-Pacific") is no break."""
    if len(subjects) < 2:
        return subjects
    last = max(s.i for s in subjects)
    return [s for s in subjects if s.i == last or not _heading(s)]


def _heading(subject: Token) -> bool:
    end = max(t.i for t in subject.subtree if not t.is_punct or t == subject)  # the parse may hang the colon on it
    if end + 1 >= len(subject.doc):
        return False
    brk = subject.doc[end + 1]
    spaced = bool(subject.doc[end].whitespace_) and bool(brk.whitespace_)
    return brk.text == ":" or (brk.text in _DASHES and spaced)


def reduced_relative_noun(verb: Token) -> Token | None:
    """The noun a passive participle parsed as an adverbial clause modifies when it follows that noun's phrase
    directly ("based on the Model Law on Electronic Commerce adopted by X": "Law"); None otherwise."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i == 0 or verb.head == verb:
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ not in _NOUNS or before.i < verb.head.i:
        return None
    top = before
    while top.dep_ in _PHRASE_UP and top.head != verb.head and top.head.i < verb.i:
        top = top.head
    if top.pos_ not in _NOUNS:  # climbed onto a preposition: back to its object
        top = next((c for c in top.children if c.dep_ == "pobj" and c.pos_ in _NOUNS), before)
    return top


def conjunct_between(noun: Token, apposition: Token) -> bool:
    """An apposition after a coordination describes the conjunct it follows, though the parse may hang it on the
    first ("the Privacy Act, which covers ..., and PIPEDA, Canada's private sector law": PIPEDA is Canada's law,
    not the Privacy Act): a conjunct of `noun` stands between the noun and its `apposition`."""
    return any(noun.i < c.i < apposition.i for c in noun.conjuncts)
