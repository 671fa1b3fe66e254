"""Data types given as examples of a data noun: "data created by service users: account names, service use time,
emails", "records such as call logs and voice calls", "customer data, including passwords". English names the members
of a category after a cue of exemplification ("such as", "including") or a colon; when the category is data, each
member headed by a noun of what holds data names a kind of data, even bare ("emails"). Examples in brackets
("private communications (e.g., texts or emails)") are an aside the annotators leave out of what the text says of
the category; the rule leaves them alone, since a relation found for the category would be copied onto them."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.candidates import Cand

#: the parts of speech of a noun phrase and its modifiers, before or after its head, and how far back its head may be
_CATEGORY_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM"})
_CATEGORY_REACH = 8
#: what may follow a member: the list goes on or ends
_MEMBER_ENDS = frozenset({",", "and", "or", ")", ";", ".", "etc", "etc."})


def datatypes_by_example(doc: Doc, lex: Lexicon) -> list[Cand]:
    """The members of a list after a cue of exemplification or a colon whose category is a data noun (`_category`):
    each member a phrase of lower-case nouns and adjectives (an acronym may modify: "IP addresses") headed by a noun
    of what holds data ("emails", "account names", "voice calls"), with no determiner or number (not "the content of
    emails"), and ending where the list goes on or ends (not "calls with the minister")."""
    out: list[Cand] = []
    for first in _list_starts(doc, lex):
        if not _category(doc, first, lex):
            continue
        held = True
        for lo, hi in _members(doc, first):
            if not held and doc[lo - 1].lower_ in ("and", "or"):
                continue  # "delivery and billing addresses": a modifier shares the next member's head
            held = doc[hi].lower_ in lex.datatype_bearing_heads and _kind_phrase(doc, lo, hi)
            if held:
                out.append(Cand.of(doc[lo].idx, doc[hi].idx + len(doc[hi]), "DataType", "datatype-grammar"))
    return out


def _list_starts(doc: Doc, lex: Lexicon) -> list[int]:
    """Where a list starts: right after a cue of exemplification ("e.g.,", "such as", "including") or a colon on
    its line."""
    cues = lex.datatype_example_cues
    starts: list[int] = []
    for tok in doc:
        i = tok.i
        two = f"{tok.lower_} {doc[i + 1].lower_}" if i + 1 < len(doc) else ""
        if two in cues:
            i += 2
        elif tok.lower_ in cues or (tok.text == ":" and "\n" not in tok.whitespace_):
            i += 1
        else:
            continue
        while i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc):
            starts.append(i)
    return starts


def _category(doc: Doc, first: int, lex: Lexicon) -> bool:
    """The phrase right before the cue (`_CATEGORY_WORDS` back to a data noun, at most `_CATEGORY_REACH` words:
    "private communications (e.g., ...", "data created by service users: ...", "records, such as ...") is headed by a
    data noun: the list exemplifies a category of data. A finite verb, a name in capitals or a noun that modifies
    the next ends the search."""
    data_nouns = lex.datatype_open_heads | lex.datatype_channel_heads | lex.datatype_bearing_heads
    i = first - 1
    while i >= 0 and (doc[i].is_punct or doc[i].lower_ in lex.datatype_example_cues or doc[i].lower_ == "such"):
        if doc[i].text == "(":
            return False  # examples in brackets are an aside: what the text says of the category is not said of them
        i -= 1
    for j in range(i, max(-1, i - _CATEGORY_REACH), -1):
        tok = doc[j]
        if tok.lower_ in data_nouns and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            return tok.is_lower or (tok.is_title and _starts_line(tok))
        if not _category_word(tok):
            return False
    return False


def _starts_line(tok: Token) -> bool:
    """The word starts its sentence, its line or a bullet's text ("• Data created by ..."): a capital there is no
    name's."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or tok.is_sent_start or "\n" in prev.whitespace_:
        return True
    return prev.is_punct and prev.text not in ("-", "&")


def _category_word(tok: Token) -> bool:
    """A word of a noun phrase with its modifiers after it ("data created by service users in Vietnam")."""
    return tok.pos_ in _CATEGORY_POS or (tok.tag_ in ("VBN", "VBG") and tok.dep_ == "acl")


def _members(doc: Doc, first: int) -> list[tuple[int, int]]:
    """The list's members as (first, last) token indices: runs of nouns and adjectives between commas and "and"/"or",
    up to a closing bracket, the sentence's end, a line break or a word that is no member's; a member followed by
    anything but the list's punctuation goes on ("information on credit cards") and is left out."""
    out: list[tuple[int, int]] = []
    i = first
    sent_end = doc[first].sent.end
    while i < sent_end:
        lo = i
        while i < sent_end and (doc[i].pos_ in ("NOUN", "ADJ", "PROPN") or doc[i].dep_ == "compound"):
            i += 1
            if "\n" in doc[i - 1].whitespace_:
                break
        if i == lo:
            break
        if i >= sent_end or doc[i].lower_ in _MEMBER_ENDS:
            out.append((lo, i - 1))
        while i < sent_end and doc[i].lower_ not in _MEMBER_ENDS:
            i += 1  # a member that goes on: skip to where the next one starts
        if i >= sent_end or doc[i].text in (")", ";", "."):
            break
        while i < sent_end and doc[i].lower_ in (",", "and", "or"):
            i += 1
    return out


def _kind_phrase(doc: Doc, lo: int, hi: int) -> bool:
    """The member is a phrase of lower-case words, or of acronyms modifying a lower-case head ("IP addresses")."""
    if not doc[hi].is_lower:
        return False
    return all(t.is_lower or (t.is_upper and t.dep_ == "compound") for t in doc[lo:hi])
