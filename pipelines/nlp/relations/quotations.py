"""The speaker of a direct quotation: whose "I" a quoted sentence's "I" is.

English reports a person's own words in quotation marks and names the speaker with a verb of saying outside them,
before or after the quotation ('"I introduced the bill to stop the sale of our data," said Senator Moss', 'Senator
Moss said: "I am proud to cosponsor the Act."'). The quoted clause is the complement of the verb of saying (the
parse makes it the verb's `ccomp` or `parataxis`, and a clause coordinated inside the quotation hangs under it), and
the first person inside it is the verb's subject. Only a direct quotation: in reported speech without quotation
marks ("Moss said that I ...") the "I" is the writer's. A quotation of several sentences is attributed once, after
its last or before its first; the sentence that holds the verb of saying is read, and a quotation that opens
the next sentence of the same paragraph continues the speaker's words ('"...," Senator Moss said. "I introduced
the bill."', the way press releases quote). Only one speaker: "I" of a
quotation said by two is no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.mentions import Mentions

_QUOTED_CLAUSE = frozenset({"ccomp", "parataxis"})
#: double quotation marks: straight ones open and close in turn; curly ones say which they do
_STRAIGHT, _OPENING, _CLOSING = '"', "“", "”"


def _inside_quotation(tok: Token) -> bool:
    """A double quotation mark opens before `tok` in its paragraph and is not closed before it. A paragraph, not a
    sentence: a quotation of several sentences opens once, at its first ('"Data is sold abroad. I'm proud to
    cosponsor the Act," Senator X said.')."""
    text = tok.doc.text
    start = text.rfind("\n\n", 0, tok.idx) + 1
    inside = False
    for ch in text[start : tok.idx]:
        if ch == _STRAIGHT:
            inside = not inside
        elif ch in (_OPENING, _CLOSING):
            inside = ch == _OPENING
    return inside


def _quoting_verb(tok: Token, lex: RelationLexicon) -> Token | None:
    """The verb of saying whose quoted complement holds `tok`: the first ancestor clause that is the complement of
    a verb of saying outside the quotation."""
    for clause in tok.ancestors:
        verb = clause.head
        if clause.dep_ in _QUOTED_CLAUSE and verb.lemma_.lower() in lex.quoting_verbs and verb.pos_ == "VERB":
            return None if _inside_quotation(verb) else verb
    return None


def quoted_speaker(tok: Token, m: Mentions, lex: RelationLexicon, types: frozenset[str]) -> int | None:
    """The mention of the one speaker the first person `tok` stands for inside a direct quotation, if any."""
    speakers = quotation_speakers(tok, lex)
    if len(speakers) != 1:
        return None
    named = [speakers[0]] + [c for c in speakers[0].children if c.dep_ == "appos"]  # "the minister, Jan Holm,"
    found = [i for t in named if (i := m.at(t)) is not None and m.type(i) in types]
    return found[0] if len(found) == 1 else None


def quotation_speakers(tok: Token, lex: RelationLexicon) -> list[Token]:
    """Who a direct quotation holding `tok` is attributed to, each of coordinated speakers ('"...," said Sens. A
    and B'). A quotation that opens a sentence right after a sentence attributing a quotation continues that
    speaker's words ('"Data is sold abroad," A said. "Our bill would stop it."'), as press releases quote."""
    if not _inside_quotation(tok):
        return []
    verb = _quoting_verb(tok, lex) or _continued_from(tok, lex)
    if verb is None or _paragraph_between(verb, tok):
        return []
    return [c for s in verb.children if s.dep_ == "nsubj" for c in (s, *s.conjuncts)]


def _continued_from(tok: Token, lex: RelationLexicon) -> Token | None:
    """The verb of saying of the sentence before `tok`'s, when `tok`'s sentence opens with a quotation mark, the
    sentence before is in the same paragraph, and its verb of saying stands outside the quotation it attributes."""
    sent = tok.sent
    if sent.start == 0 or sent[0].text not in (_STRAIGHT, _OPENING) or not _inside_quotation(sent[0].nbor()):
        return None
    before = tok.doc[sent.start - 1].sent
    for verb in before:
        quoted = any(c.dep_ in _QUOTED_CLAUSE for c in verb.children)
        if quoted and verb.lemma_.lower() in lex.quoting_verbs and verb.pos_ == "VERB" and not _inside_quotation(verb):
            return verb
    return None


def _paragraph_between(a: Token, b: Token) -> bool:
    """A paragraph break between two tokens: a quotation never runs on from one paragraph's verb of saying into the
    next paragraph, though the parse may join the two."""
    lo, hi = sorted((a.idx, b.idx))
    return "\n\n" in a.doc.text[lo:hi]
