"""A legislature named by its one foreign word: "the Knesset passed the law", "a vote in the Sejm", "THE KNESSET
APPROVED". Many states call their parliament by a word of their own language that English keeps untranslated
(`Lexicon.legislature_one_word_names`: Knesset, Bundestag, Sejm, Riksdag, Storting, ...); the word means nothing
else in English, so it names the state's legislature wherever it stands capitalised. It is no mention of the
chamber where it modifies the noun after it: a title ("Knesset Speaker"), a longer name other rules read ("Knesset
Constitution Committee") or a lower-case noun ("Knesset members"). A word the reference tables know ("Bundestag")
is left to them."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand


def find_one_word_legislatures(doc: Doc, lex: Lexicon, type_of: Callable[[str], str | None]) -> list[Cand]:
    """Each capitalised one-word legislature name the tables do not know, not a modifier of the noun after it."""
    out: list[Cand] = []
    for tok in doc:
        if not tok.text[:1].isupper() or tok.lower_ not in lex.legislature_one_word_names:
            continue
        if type_of(tok.text) is not None or _modifier(tok, lex):
            continue
        out.append(Cand.of(tok.idx, tok.idx + len(tok.text), "Agency", "one-word-legislature"))
    return out


def _modifier(tok: Token, lex: Lexicon) -> bool:
    """The name modifies the word right after it on its line: a capitalised word other than a rank word or a verb
    ("Knesset Speaker", "Knesset Constitution Committee"), or a lower-case noun, adjective or number ("Knesset
    members"). In capitals ("THE KNESSET APPROVED") the case of the next word says nothing, so only its tag does."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.is_space or nxt.is_punct or not tok.whitespace_:
        return False
    if nxt.text[:1].isupper() and not (tok.text.isupper() and nxt.text.isupper()):
        return nxt.lower_ not in lex.post_rank_words and nxt.pos_ not in ("VERB", "AUX")
    return nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
