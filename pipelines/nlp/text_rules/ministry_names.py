"""A finance ministry named by its one-word name, "Treasury" ("Treasury designates ...", "officials from Treasury",
"HM Treasury", "the Treasury said").

Several states call their finance ministry by the noun alone (`Lexicon.ministry_one_word_names`), capitalised, with
or without the article. The noun is no body's name where it modifies the noun after it: a title ("Treasury
Secretary": the office, the person's title), another head ("Treasury Department", "Treasury Board": a longer name
other rules read) or a common noun in lower case ("Treasury yields", "Treasury bills": securities). Before a rank
word that opens an official's title ("Treasury Deputy Assistant General Counsel") and before a verb or punctuation
it is the body. Words in capitals (a telegram's header, a heading) say nothing and are left alone."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: the majesty before the name of a crown's ministry ("HM Treasury")
_CROWN = frozenset({"HM", "H.M."})


def find_one_word_ministries(doc: Doc, lex: Lexicon) -> list[Cand]:
    """Each capitalised one-word ministry name that is not a modifier of the noun after it (module docstring)."""
    out: list[Cand] = []
    for tok in doc:
        if tok.text[:1].isupper() and not tok.text.isupper() and tok.lower_ in lex.ministry_one_word_names:
            if _modifier(tok, lex):
                continue
            prev = doc[tok.i - 1] if tok.i > 0 else None
            start = prev.idx if prev is not None and prev.text in _CROWN else tok.idx
            out.append(Cand.of(start, tok.idx + len(tok.text), "Agency", "one-word-ministry"))
    return out


def _modifier(tok: Token, lex: Lexicon) -> bool:
    """The name modifies the word right after it on its line: a capitalised word other than a rank word or a
    verb ("Treasury Secretary", "Treasury Department"), or a lower-case noun or adjective ("Treasury yields")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.is_space or nxt.is_punct or not tok.whitespace_:
        return False
    if nxt.text[:1].isupper():
        return nxt.lower_ not in lex.post_rank_words and nxt.pos_ not in ("VERB", "AUX")
    return nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
