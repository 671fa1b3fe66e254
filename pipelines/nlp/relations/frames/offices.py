"""Offices said by a copula whose subject is the title: "Its chair is Marie-Laure Denis", "The director of the
Agency is X". English puts the title first when the office is what the sentence is about; the name is then the
copula's attribute, and the title's possessor or "of" phrase names the body as in "X is its chair"."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import COPULAS


def title_subjects(person: Token, words: frozenset[str]) -> list[Token]:
    """The title nouns that are the subject of the copula a person's name is the attribute of ("Its chair is X")."""
    if person.dep_ != "attr" or person.head.lemma_ not in COPULAS:
        return []
    return [c for c in person.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in words]


def pronoun_owners(ctx: Context, title: Token, types: frozenset[str]) -> list[tuple[Token, Argument]]:
    """ "Its chair is X": a possessive pronoun on a title stands for the body (or state) it refers
    back to, whose office the title is (`References.possessive`)."""
    out = []
    for c in title.children:
        if c.dep_ == "poss" and c.tag_ == "PRP$":
            ref = ctx.resolver.references.possessive(c, types)
            out += [(c, ref)] if ref is not None else []
    return out


def abbreviated_titles(abbreviations: dict[str, frozenset[str]]) -> frozenset[str]:
    """The written forms of the abbreviated titles of cables and press notes ("Sec.", "Amb.", "Min."), with and
    without their full stop (`title_abbreviations`)."""
    return frozenset(f for a in abbreviations for f in (a, f"{a}."))


def title_word(title: Token, abbreviations: dict[str, frozenset[str]]) -> str:
    """The title's word, an abbreviation spelt out ("Sec." -> secretary): "DHS Sec. Napolitano" says what "DHS
    Secretary Napolitano" says."""
    word = title.lemma_.lower()
    full = abbreviations.get(word.rstrip("."))
    return next(iter(full)) if full else word
