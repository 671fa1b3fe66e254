"""A legislature named by its one foreign word: "the Knesset passed the law", "a vote in the Sejm", "THE KNESSET
APPROVED". Many states call their parliament by a word of their own language that English keeps untranslated
(`Lexicon.legislature_one_word_names`: Knesset, Bundestag, Sejm, Riksdag, Storting, ...); the word means nothing
else in English, so it names the state's legislature wherever it stands capitalised. It is no mention of the
chamber where it modifies the noun after it: a title ("Knesset Speaker"), a longer name other rules read ("Knesset
Constitution Committee") or a lower-case noun ("Knesset members"). A word the reference tables know ("Bundestag")
is left to them.

German inflects the name and writes the state's adjective before it as a word of the chamber's own name: the genitive
"des Bundestages", "des Bundesrats" names the same chamber (`legislature_name_endings`), and "Deutscher Bundesrat",
"des Deutschen Bundestages" is the whole name (`legislature_name_adjectives`), as "Deutscher Bundestag" is its
official one; the adjective is then part of the span, whether the tables know the bare name or not."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand


def find_one_word_legislatures(doc: Doc, lex: Lexicon, type_of: Callable[[str], str | None]) -> list[Cand]:
    """Each capitalised one-word legislature name the tables do not know, not a modifier of the noun after it, and
    each German inflected form or adjective and name ("des Bundesrates", "Deutscher Bundesrat") the tables lack."""
    out: list[Cand] = []
    for tok in doc:
        if not tok.text[:1].isupper() or not _legislature_word(tok, lex):
            continue
        known = type_of(tok.text) is not None
        if not known and _modifier(tok, lex):
            continue
        start, end, bare = _adjective_start(tok, lex), tok.idx + len(tok.text), _bare_name(tok, lex)
        if known and start == tok.idx or type_of(doc.text[start:end]) is not None:
            continue  # the tables' own name ("Bundestag", "Deutscher Bundestag") is theirs
        known_as = bare if bare != doc.text[start:end] else None  # "des Deutschen Bundestages": the Bundestag
        if start == tok.idx:
            out.append(Cand.of(start, end, "Agency", "one-word-legislature", known_as=known_as))
        else:
            out.append(Cand.of(start, end, "Agency", "native-legislature-name", known_as=known_as))
    return out


def _bare_name(tok: Token, lex: Lexicon) -> str:
    """The name without its German genitive ending, as the tables know it ("Bundestages" -> "Bundestag")."""
    ending = _genitive_ending(tok.lower_, lex)
    return tok.text[: -len(ending)] if ending else tok.text


def _genitive_ending(low: str, lex: Lexicon) -> str | None:
    """The German genitive ending a one-word legislature name carries ("bundestag|es", "bundesrat|s"), if any."""
    if low in lex.legislature_one_word_names:
        return None
    stems = lex.legislature_one_word_names
    return next((e for e in lex.legislature_name_endings if low.endswith(e) and low[: -len(e)] in stems), None)


def _legislature_word(tok: Token, lex: Lexicon) -> bool:
    """The word is a one-word legislature name, bare or in the German genitive after its article ("des
    Bundestages", "des Deutschen Bundesrats"); an English plural ("several Knessets") names no one chamber."""
    if tok.lower_ in lex.legislature_one_word_names:
        return True
    if _genitive_ending(tok.lower_, lex) is None:
        return False
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 2) : tok.i]]
    articles = lex.german_genitive_articles
    return bool(before) and (before[-1] in articles or before[0] in articles and _adjective(before[-1], lex))


def _adjective(low: str, lex: Lexicon) -> bool:
    """The word is the state's adjective in the name's own language ("Deutschen")."""
    return low in lex.legislature_name_adjectives


def _adjective_start(tok: Token, lex: Lexicon) -> int:
    """Where the name starts: at the capitalised state adjective of the name's own language right before the word
    ("Deutscher Bundesrat", "des Deutschen Bundestages"), else at the word."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.text[:1].isupper() and _adjective(prev.lower_, lex):
        return prev.idx
    return tok.idx


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
