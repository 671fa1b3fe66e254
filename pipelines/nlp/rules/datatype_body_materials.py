"""A body's material named alone beside other kinds of data: "DNA" coordinated with a data noun ("in relation to DNA
and fingerprints", "exchange data regarding DNA, fingerprints and vehicle registration") names the data a person's
body yields, the kind of data identification and policing laws govern, as "fingerprints" does beside it. Alone or
before another noun it names the material, an act or a figure of speech ("abusive DNA collection", "the DNA of the
company"), no kind of data."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.candidates import Cand

#: the dependencies of a noun's own kind words ("vehicle registration", "biometric data")
_KIND_DEPS = frozenset({"amod", "compound", "nmod"})


def body_material_data(doc: Doc, lex: Lexicon) -> list[Cand]:
    """A noun of body material (`datatype_body_materials`) that heads its own noun phrase and is coordinated with a
    noun that names data ("DNA and fingerprints", "DNA, fingerprints and vehicle registration")."""
    out: list[Cand] = []
    for tok in doc:
        if tok.lower_ not in lex.datatype_body_materials or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ in _KIND_DEPS or modifies_next(doc, tok):
            continue
        if any(_names_data(t, lex) for t in tok.conjuncts):
            out.append(Cand.of(tok.idx, tok.idx + len(tok), "DataType", "datatype-grammar"))
    return out


def modifies_next(doc: Doc, tok: Token) -> bool:
    """A noun right after the word: the word modifies it ("DNA collection and analysis", "geolocation privacy")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN")


def _names_data(tok: Token, lex: Lexicon) -> bool:
    """A noun that names data alone ("fingerprints", "emails"), or a data noun with a word of its kind ("biometric
    data", "health records")."""
    if tok.lower_ in lex.datatype_bare_heads:
        return True
    kinds = [c for c in tok.children if c.dep_ in _KIND_DEPS and c.i < tok.i]
    return tok.lower_ in lex.datatype_heads and any(c.lower_ in lex.datatype_core for c in kinds)
