"""Data types whose kind a word outside the core modifiers gives: communications named by the channel they travel
on, a core modifier that is itself a compound ("motor vehicle records"), and the class of people whose data they are
("users' data")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.candidates import Cand
from pipelines.nlp.rules.datatype_media import medium_only, taken_as_messages


def communications_by_channel(doc: Doc, lex: Lexicon) -> list[Cand]:
    """Communications named by the channel or state they are in ("electronic communications", "telephone
    communications", "stored wire and electronic communications") are a kind of data; with no such word ("certain
    communications", "mass communications") the noun names the act or a field, and a noun after it makes it a
    modifier ("electronic communications services"). In title case the phrase is a name's words. Named by their
    medium alone, they are data only as the object of an act on data (`rules.datatype_media`)."""
    out: list[Cand] = []
    for tok in doc:
        if tok.lower_ not in lex.datatype_channel_heads or tok.pos_ not in ("NOUN", "PROPN") or not tok.is_lower:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.dep_ == "compound" or (nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_title):
            continue
        start = _channel_start(doc, tok, lex)
        if start is None or (medium_only(doc, start, tok, lex) and not taken_as_messages(doc, start, tok, lex)):
            continue
        out.append(Cand.of(doc[start].idx, tok.idx + len(tok), "DataType", "datatype-np"))
    return out


def _channel_start(doc: Doc, head: Token, lex: Lexicon) -> int | None:
    """The first word of the channel words right before `head` (joined by "and"/"or" between two of them), or None
    when the word right before is no channel word."""
    i = head.i
    while i > 0:
        prev = doc[i - 1]
        w = prev.lower_
        if w in lex.datatype_channels or _dt_core(w, lex):
            i -= 1
            continue
        if w in ("and", "or") and i - 2 >= 0 and doc[i - 2].lower_ in lex.datatype_channels and i < head.i:
            i -= 1
            continue
        break
    if i == head.i or doc[i].lower_ in ("and", "or"):
        return None
    if not any(doc[k].lower_ in lex.datatype_channels for k in range(i, head.i)):
        return None
    return i


def _dt_core(word: str, lex: Lexicon) -> bool:
    return word.replace("’", "'") in lex.datatype_core


def compound_core_modifier(doc: Doc, lex: Lexicon) -> list[Cand]:
    """A core modifier that is itself the head of a compound takes its compound along: "motor vehicle records",
    "state identification number", "public health information": the phrase "motor vehicle" modifies the records as
    one unit. Only a lower-case word (capitalised at a sentence's start) that says no amount or quality: a noun or
    an adjective the parse attaches to the modifier itself, or a noun compound of the data noun (not an adjective
    of the data noun: "individual user data")."""
    out: list[Cand] = []
    for tok in doc:
        if tok.lower_ not in lex.datatype_heads or tok.pos_ not in ("NOUN", "PROPN") or not tok.is_lower:
            continue
        if tok.dep_ == "compound":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in lex.datatype_modifying_followers | lex.datatype_name_followers:
            continue
        first = _first_core(doc, tok, lex)
        if first is None:
            continue
        left = doc[first.i - 1] if first.i > 0 else None
        if (
            left is None
            or not (left.head == first or (left.head == tok and left.dep_ == "compound" and left.pos_ == "NOUN"))
            or left.dep_ not in ("compound", "amod")
            or left.pos_ not in ("NOUN", "ADJ")
            or not (left.is_lower or (left.is_sent_start and left.text[1:].islower()))
            or left.lower_ in lex.datatype_not_modifiers
            or left.lower_ in lex.datatype_extra
            or _dt_core(left.lower_, lex)
        ):
            continue
        out.append(Cand.of(_hyphenated_start(doc, left), tok.idx + len(tok), "DataType", "datatype-grammar"))
    return out


def _modifies_next(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """The data noun modifies the noun after it ("users' data flows", "users' data space")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in lex.datatype_modifying_followers | lex.datatype_name_followers


def _hyphenated_start(doc: Doc, word: Token) -> int:
    """Where a modifier starts when it is the last part of a hyphenated compound ("street-level", "state-of-the-art"):
    the parts joined by hyphens with no space between are one word, so the phrase starts at the first part."""
    i = word.i
    while i >= 2 and doc[i - 1].text in ("-", "‐", "–") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i].idx


def _first_core(doc: Doc, head: Token, lex: Lexicon) -> Token | None:
    """The first word of the run of core and extra modifiers right before `head`, when it is a core modifier."""
    i = head.i
    while i > 0 and doc[i - 1].is_lower and _modifier_word(doc[i - 1].lower_, lex):
        i -= 1
    if i == head.i or not _dt_core(doc[i].lower_, lex) or doc[i].lower_ in ("and", "or"):
        return None
    return doc[i]


def _modifier_word(word: str, lex: Lexicon) -> bool:
    """A core or an extra modifier of a data type."""
    return _dt_core(word, lex) or word in lex.datatype_extra


def data_of_people(doc: Doc, lex: Lexicon) -> list[Cand]:
    """Data named by the class of people they are about in an "of" phrase after a bare data noun ("the data of
    service users", "information of subscribers"): the "of" phrase says what kind as the possessive does ("users'
    data"). Only a lower-case plural whose singular is a core modifier, with no determiner, possessive or number of
    its own (not "the data of the users we met"), and only when the data noun has no modifier of its own ("personal
    data of individuals" is "personal data")."""
    out: list[Cand] = []
    for tok in doc:
        if tok.lower_ not in lex.datatype_open_heads or tok.pos_ != "NOUN" or not tok.is_lower:
            continue
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i for c in tok.children):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ != "of" or nxt.head != tok:
            continue
        people = [c for c in nxt.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.tag_ == "NNS" and c.is_lower]
        if len(people) != 1 or people[0].lemma_.lower() not in lex.datatype_core:
            continue
        mods = [c for c in people[0].children if c.i < people[0].i]
        if any(c.dep_ not in ("compound", "amod") or not c.is_lower for c in mods):
            continue
        if min((c.i for c in mods), default=people[0].i) != nxt.i + 1:
            continue
        out.append(Cand.of(tok.idx, people[0].idx + len(people[0]), "DataType", "datatype-grammar"))
    return out
