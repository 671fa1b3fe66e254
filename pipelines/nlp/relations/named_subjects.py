"""A subject named twice without commas: "The African Union Convention on Cyber Security also known as the Malabo
Convention is a framework adopted by the African Union". English puts a second name (or any reduced relative
clause) right after the noun it describes; without the commas that usually set it off, the parse may take the
participle for the clause's subject ("known" as the copula's clausal subject, with "Convention" as the
participle's own subject). A clausal subject that is a past participle with a nominal subject of its own is such a
reduced relative: the clause is about that noun, not about the participle."""

from __future__ import annotations

from spacy.tokens import Token

_NOUNS = frozenset({"NOUN", "PROPN"})
#: a past participle, or one the tagger took for a past tense ("the Law adopted in 2016")
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
#: what opens a finite clause that is a subject: a subordinating conjunction or an auxiliary
_FINITE_MARKS = frozenset({"mark", "aux", "auxpass"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def described_noun(subject: Token) -> Token:
    """The noun a participle misparsed as a clausal subject describes ("X also known as Y is ...": X; "the Law
    adopted in 2016 is ...", with the participle tagged as a past tense: the Law), or the subject itself. A real
    clausal subject opens with a conjunction, a wh-word or an auxiliary ("That the law passed is clear", "What the
    law requires is ..."): not this."""
    if subject.dep_ not in ("csubj", "csubjpass") or subject.tag_ not in _PARTICIPLE_TAGS:
        return subject
    if any(c.dep_ in _FINITE_MARKS or c.tag_ in _WH_TAGS for c in subject.children):
        return subject
    own = [c for c in subject.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in _NOUNS and c.i < subject.i]
    return own[0] if own else subject
