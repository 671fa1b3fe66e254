"""When communications named only by their medium are data: "electronic communications", "mobile communications"
name the medium or the trade of carrying messages ("stronger privacy in electronic communications", "the regulation
of electronic communications and transactions", "investment in mobile communications") unless an act on data takes
them as its object, which makes them the messages carried ("access to electronic communications", "the tracing of
telephone communications", "intercept electronic communications"), or they are the term a text defines in quotes
('"Electronic communications" means ...'). A word of the messages' state or kind ("stored", "wire", "private")
makes them messages wherever they stand (`rules.datatype_kinds.communications_by_channel`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon

#: the marks that open a quoted term
_QUOTES = frozenset("\"“'‘")


def medium_only(doc: Doc, start: int, head: Token, lex: Lexicon) -> bool:
    """The words from `start` up to the head noun are words of a medium (`lexicon.datatype_medium_channels`:
    "electronic", "mobile", "internet"), joined by "and"/"or" if more than one."""
    words = [t.lower_ for t in doc[start : head.i] if t.lower_ not in ("and", "or")]
    return bool(words) and all(w in lex.datatype_medium_channels for w in words)


def taken_as_messages(doc: Doc, start: int, head: Token, lex: Lexicon) -> bool:
    """Communications named by their medium are messages when the phrase is a term in quotes, or when the head noun
    (or the first noun it is coordinated with) is the object of a verb of handling data or messages ("intercept",
    "trace": `lexicon.data_handling_verbs`, `lexicon.message_act_verbs`) or of a noun of such an act ("the
    retention of", "access to", "the tracing of": `lexicon.data_handling_nouns`, `lexicon.message_act_nouns`)."""
    first = doc[start]
    if first.idx > 0 and doc.text[first.idx - 1] in _QUOTES:
        return True
    tok = head
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        return tok.head.lemma_.lower() in lex.data_handling_verbs | lex.message_act_verbs
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "to") or tok.head.head.pos_ != "NOUN":
        return False
    act = tok.head.head.lower_
    return act in lex.message_act_nouns or (tok.head.lower_ == "of" and act in lex.data_handling_nouns)
