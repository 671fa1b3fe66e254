"""Data taken from a person's body: a noun of a sample, a scan or a record of a body's features after the word of
the feature or the kind of measure that names it ("DNA samples", "DNA profiles", "iris scans", "facial contours",
"biometric material"). The noun alone names an object or a document ("blood samples" to test, "the company's
profile"); with the word of a body's feature it names the kind of personal data that identification laws govern."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.candidates import Cand


def biometric_samples(doc: Doc, lex: Lexicon) -> list[Cand]:
    """A lower-case noun of a sample or a scan right after one or more words of a body's feature ("DNA samples",
    "facial and iris scans"), not when the noun modifies a noun after it ("the DNA profile database", "iris scan
    technology") nor in a title-case name ("the Commissioner for the Retention and Use of Biometric Material")."""
    out: list[Cand] = []
    for tok in doc:
        if tok.lower_ not in lex.datatype_sample_heads or tok.pos_ not in ("NOUN", "PROPN") or not tok.is_lower:
            continue
        if tok.dep_ == "compound" or _modifies_next(doc, tok):
            continue
        start = _feature_start(doc, tok, lex)
        if start is None:
            continue
        out.append(Cand.of(doc[start].idx, tok.idx + len(tok), "DataType", "datatype-grammar"))
    return out


def _modifies_next(doc: Doc, tok: Token) -> bool:
    """A lower-case noun right after the head: the head modifies it ("iris scan technology")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.is_lower


def _feature_start(doc: Doc, head: Token, lex: Lexicon) -> int | None:
    """The first of the words of a body's feature right before `head`, two of them joined by "and"/"or" ("facial
    and iris scans"); None when the word right before is none. A capitalised feature word other than an initialism
    ("DNA") at a sentence's start is a name's word."""
    i = head.i
    while i > 0:
        prev = doc[i - 1]
        if prev.lower_ in lex.datatype_body_features and (prev.is_lower or prev.is_upper or prev.is_sent_start):
            i -= 1
            continue
        if prev.lower_ in ("and", "or") and i < head.i and i >= 2 and doc[i - 2].lower_ in lex.datatype_body_features:
            i -= 1
            continue
        break
    if i == head.i or doc[i].lower_ in ("and", "or"):
        return None
    return i
