"""Data types a document defines as a term: a title-case phrase headed by a data noun, followed by its initials in
brackets ("Passenger Name Record (PNR)", "Protected Health Information (PHI)", "Customer Proprietary Network
Information (CPNI)"). Capitals usually mark a name, but a phrase that says what data it is (a core modifier such as
"passenger", "health", "customer") and is given an acronym of its own initials is a defined term of art for a kind of
data; a data noun after the brackets ("Passenger Name Record (PNR) data") is the phrase's head."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.candidates import Cand

#: up to five capitalised words ending in a data noun, then its initials in brackets
_DEFINED_TERM = re.compile(
    r"(?<![\w.\-])((?:[A-Z][a-z]+[ \t\n]+){1,4}(?:Information|Data|Records?|Identifiers?|Numbers?))"
    r"[ \t]*\(([A-Z]{2,6})\)"
)
#: the same term in lower case, its initials in brackets and a lower-case data noun after them ("passenger name
#: record (PNR) data", "advance passenger information (API) data"): the data noun makes the whole a data phrase
_LOWER_TERM = re.compile(
    r"(?<![\w.\-])((?:[a-z]+[ \t\n]+){1,4}(?:information|data|records?|identifiers?|numbers?))"
    r"[ \t]*\(([A-Z]{2,6})\)(?=[ \t\n]*[a-z])"
)
#: the word after the brackets
_NEXT_WORD = re.compile(r"[ \t\n]*([A-Za-z]+)")


def defined_data_terms(doc: Doc, lex: Lexicon) -> list[Cand]:
    """Title-case data phrases defined by their initials in brackets, when one of the words says what data they are;
    not when a capitalised word follows the brackets ("Passenger Name Record (PNR) Agreement": the acronym is a word
    of the agreement's name), unless it is a data noun that ends the title-case term (`_capital_data_head`). A
    lower-case data noun after the brackets makes the whole the data type; a phrase in lower case is a term only
    with it."""
    text = doc.text
    out: list[Cand] = []
    for m in [*_DEFINED_TERM.finditer(text), *_LOWER_TERM.finditer(text)]:
        words = list(re.finditer(r"[A-Za-z]+", m.group(1)))
        acronym = m.group(2)
        if len(words) < len(acronym):
            continue
        words = words[-len(acronym) :]
        if "".join(w.group(0)[0] for w in words).upper() != acronym:
            continue
        if not any(w.group(0).lower() in lex.datatype_core for w in words[:-1]):
            continue
        end = m.end()
        nxt = _NEXT_WORD.match(text, end)
        capital_head = nxt is not None and _capital_data_head(text, nxt, lex)
        if nxt is not None and nxt.group(1)[0].isupper() and not capital_head:
            continue
        if nxt is not None and (nxt.group(1) in lex.datatype_open_heads or capital_head):
            end = nxt.end()
        elif m.re is _LOWER_TERM:
            continue  # in lower case only the data noun after the brackets marks the phrase a term
        else:
            end = m.start(1) + words[-1].end()
        out.append(Cand.of(m.start(1) + words[0].start(), end, "DataType", "datatype-grammar"))
    return out


def _capital_data_head(text: str, nxt: re.Match[str], lex: Lexicon) -> bool:
    """ "The Use of Passenger Name Record (PNR) Data for the Prevention of ...": a capitalised data noun after the
    brackets is the head of the title-case term, as a lower-case one is, when no capitalised word follows it ("the
    Passenger Name Record (PNR) Data Agreement" names an agreement)."""
    word = nxt.group(1)
    if not word[0].isupper() or word.lower() not in lex.datatype_open_heads:
        return False
    after = _NEXT_WORD.match(text, nxt.end())
    return after is None or not after.group(1)[0].isupper()
