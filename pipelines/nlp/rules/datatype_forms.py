"""Information and evidence named by the form they are held in: "electronic information", "digital evidence". Alone,
"information" is knowledge and "evidence" is proof or testimony; the word of an electronic or digital form says they
are held as data (the e-evidence a provider stores), a category of data that rules on access to them govern."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.candidates import Cand


def data_by_form(doc: Doc, lex: Lexicon) -> list[Cand]:
    """A noun of knowledge or proof (`datatype_form_heads`: "information", "evidence") in lower case right after a
    word of its electronic or digital form (`datatype_forms`), which the parse attaches to it: the two words are the
    data type. A noun after the head makes it a modifier ("electronic evidence rules"), and a capitalised form word
    after another capitalised word is a name's ("Data Protection and Digital Information Bill")."""
    out: list[Cand] = []
    for tok in doc:
        if tok.lower_ not in lex.datatype_form_heads or tok.pos_ != "NOUN" or not tok.is_lower or tok.i == 0:
            continue
        form = doc[tok.i - 1]
        if form.lower_ not in lex.datatype_forms or form.head != tok or not _lower_or_first(form):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.dep_ == "compound" or (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")):
            continue
        out.append(Cand.of(form.idx, tok.idx + len(tok), "DataType", "datatype-grammar"))
    return out


def _lower_or_first(tok: Token) -> bool:
    """In lower case, or capitalised only as its sentence's first word."""
    return tok.is_lower or (bool(tok.is_sent_start) and tok.text[1:].islower())
