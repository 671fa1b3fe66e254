"""Data types whose first modifier stands alone before "and"/"or": "email and telephone contact data", "email and
Internet records", "internet and other network activity information". English leaves out the head noun after the
first conjunct (ellipsis: "email [data] and telephone contact data"); the phrase names one kind of data, the union of
the two, and the bare first word belongs to it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.candidates import Cand

#: a word between the conjunction and the data noun that only says the list goes on ("internet and other ...")
_CONTINUERS = frozenset({"other"})


def elided_head_coordination(doc: Doc, lex: Lexicon) -> list[Cand]:
    """A bare kind word (a channel such as "email", "internet", "telephone", or a core modifier such as "health"),
    with no determiner or modifier of its own, coordinated with a data noun that has modifiers of the same sort:
    the kind word modifies that data noun too. A plural noun is a head of its own ("emails and contact data"); a word
    that names no kind of data ("privacy and personal data") is a second thing protected, not a modifier."""
    out: list[Cand] = []
    for tok in doc:
        if not _bare_kind_word(tok, lex):
            continue
        head = _coordinated_data_noun(tok, lex)
        if head is None:
            continue
        mods = doc[tok.i + 2 : head.i]
        if _modified_from_before(tok, head) or not _kind_modifiers(mods, lex):
            continue
        out.append(Cand.of(tok.idx, head.idx + len(head), "DataType", "datatype-grammar"))
    return out


def _kind_word(word: str, lex: Lexicon) -> bool:
    """A channel the data travel on or a core modifier that says what data they are."""
    w = word.replace("’", "'")
    return w in lex.datatype_channels or w in lex.datatype_core


def _bare_kind_word(tok: Token, lex: Lexicon) -> bool:
    """A singular kind word right before "and"/"or" with no word of its own before it (no determiner, possessive or
    modifier: "the email and ..." names one email)."""
    if not _kind_word(tok.lower_, lex) or tok.tag_ in ("NNS", "NNPS") or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if tok.lower_ in lex.datatype_heads or tok.lower_ in lex.datatype_bearing_heads:
        return False
    if not (tok.is_lower or tok.is_title) or any(c.i < tok.i for c in tok.children):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in ("and", "or")


def _modified_from_before(tok: Token, head: Token) -> bool:
    """The word before the kind word is a modifier of a noun after it ("stored wire and electronic communications"):
    the phrase starts before the kind word, and a narrower one would cut it."""
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.dep_ in ("amod", "compound", "nmod") and prev.head.i > prev.i


def _coordinated_data_noun(tok: Token, lex: Lexicon) -> Token | None:
    """The lower-case data noun the kind word is coordinated with (its conjunct, or the noun whose modifier the parse
    makes it), or None."""
    heads = lex.datatype_open_heads | lex.datatype_channel_heads | lex.datatype_bearing_heads
    nouns = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ in ("nmod", "compound", "amod") and tok.head.i > tok.i + 2:
        nouns.append(tok.head)  # "email and Internet records": the parse makes the kind word the noun's modifier
    for c in nouns:
        if c.lower_ in heads and c.pos_ == "NOUN" and c.is_lower:
            return c
    return None


def _kind_modifiers(mods, lex: Lexicon) -> bool:
    """The words between the conjunction and the data noun: nouns and adjectives (after an optional "other"), in
    lower case or a capitalised channel ("Internet"), at least one of them a kind word; a data noun among them means
    two phrases ("email and data records")."""
    words = [t for t in mods if t.lower_ not in _CONTINUERS or t.i != mods.start]
    if not words:
        return False
    for t in words:
        if t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.lower_ in lex.datatype_open_heads:
            return False
        if not (t.is_lower or (t.is_title and t.lower_ in lex.datatype_channels)):
            return False
        if t.lower_ in lex.datatype_not_modifiers:
            return False
    return any(_kind_word(t.lower_, lex) for t in words)
