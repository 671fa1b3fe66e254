"""Nouns that name a kind of data by themselves. "Data" and "information" name a category only with a word of its kind
("location data", "subscriber information"), but a few nouns mean nothing but one kind of data: "metadata" (data about
other data: who communicated with whom, when, from where) and "geolocation" (where a person or a device is). Heading
their own noun phrase they are data types whatever the clause does with them ("the stored metadata", "metadata is
information that ...", "personal information about them, including their geolocation"); a determiner or a possessor
is no part of the kind, nor is a word that says which or what was done with them ("the stored metadata"). Before
another noun they modify it and name a topic or an act ("geolocation privacy", "metadata retention"), no data; with a
word of their kind the phrase is the grammar rule's ("telephony metadata")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.candidates import Cand
from pipelines.nlp.rules.datatype_body_materials import modifies_next

#: the dependencies of a modifier of a noun: the word's own kind words, or the word modifying the noun after it
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def self_named_data(doc: Doc, lex: Lexicon) -> list[Cand]:
    """A noun of `datatype_self_named` in lower case (or capitalised first in its sentence) that heads its noun
    phrase without a kind word of its own."""
    out: list[Cand] = []
    for tok in doc:
        if tok.lower_ not in lex.datatype_self_named or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if not (tok.is_lower or (tok.is_title and tok.is_sent_start)):
            continue  # "the Metadata Directive": a word of a name
        if tok.dep_ in _MODIFIER_DEPS or modifies_next(doc, tok) or _kind_modified(tok, lex):
            continue
        out.append(Cand.of(tok.idx, tok.idx + len(tok), "DataType", "datatype-grammar"))
    return out


def _kind_modified(tok: Token, lex: Lexicon) -> bool:
    """A noun or adjective of its own before the word that says what kind ("telephony metadata", "precise
    geolocation"): the phrase is longer than the word; one that only says which or what was done with it ("the
    stored metadata", "all metadata") is no part of the kind."""
    return any(
        c.dep_ in _MODIFIER_DEPS and c.i < tok.i and c.lower_ not in lex.datatype_not_modifiers for c in tok.children
    )
