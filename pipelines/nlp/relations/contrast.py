"""An argument the sentence sets apart from what it states: contrastive negation and replacement.

English states a predicate of one phrase and denies it of another, joined to the first or to the predicate, by
"not" before the second phrase: "covers personal information but not business data", "applies to personal data,
not to anonymous data", "voted against the bill, not for it", "Germany, but not France, ratified ...". "Rather
than" and "instead of" before a phrase say the same ("covers health records rather than financial data"). "Not
only X but also Y", "not just Y" and "not merely Y" deny nothing: the phrase after them is included.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.lexicon import RelationLexicon

#: the dependencies through which a phrase hangs inside the phrase or the clause that states the predicate
_PHRASE_LINKS = frozenset({"conj", "appos", "pobj", "prep", "dobj", "attr", "compound", "amod"})


def set_apart(arg: Token, pred: Token, lex: RelationLexicon) -> bool:
    """`arg`, or a phrase that holds it on its way up to `pred`, is denied ("but not X", "not to X") or replaced
    ("rather than X", "instead of X") by the words that open it."""
    if _not_but_first(arg, lex):
        return True
    tok = arg
    for _ in range(12):  # a phrase is a few links deep; never walk past the predicate
        if tok == pred or tok.dep_ not in _PHRASE_LINKS or tok.head == tok:
            return False
        if _denied_phrase(tok, lex) or _replaced_phrase(tok, lex):
            return True
        if _not_but_first(tok.head, lex) and tok.dep_ == "conj":
            return False  # "not X but Y": the "not" is X's alone; Y is what the clause states
        tok = tok.head
    return False


def _not_but_first(tok: Token, lex: RelationLexicon) -> bool:
    """ "Not Kenya but Uganda adopted X", "regulates not health data but payment data": "not" before the first of
    two phrases joined by "but" denies the first and states the second, wherever the pair stands in the clause
    (the parser hangs the "not" and the "but" on the first phrase's head, in capitals without the conjunct)."""
    nots = [c for c in tok.children if c.dep_ == "neg" and c.i < tok.i and c.lower_ == "not"]
    if not nots or any(_inclusive(n, lex) for n in nots):
        return False
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in tok.children)


def _phrase_start(tok: Token) -> Token:
    """The first word of the phrase `tok` heads, before the head itself ("the Fake News Bill": "the")."""
    return min((t for t in tok.subtree if t.i <= tok.i), key=lambda t: t.i)


def _denied_phrase(tok: Token, lex: RelationLexicon) -> bool:
    """ "not" opens the phrase (inside it or just before it), or the parse hangs a "not" on its head before it;
    "not only", "not just" do not deny."""
    nots = [c for c in tok.children if c.dep_ == "neg" and c.i < tok.i and c.lower_ == "not"]
    first = _phrase_start(tok)
    opening = [first] + ([tok.doc[first.i - 1]] if first.i > 0 else [])  # "not" may hang inside: "not content data"
    nots += [t for t in opening if t.lower_ == "not"]
    return any(not _inclusive(n, lex) for n in nots)


def _inclusive(neg: Token, lex: RelationLexicon) -> bool:
    """ "not only", "not just", "not merely": the phrase is included, not denied."""
    following = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return following is not None and following.lower_ in lex.inclusive_after_not


def _replaced_phrase(tok: Token, lex: RelationLexicon) -> bool:
    """The two words before the phrase are a replacing pair ("rather than", "instead of")."""
    first = _phrase_start(tok)
    if first.i < 2:
        return False
    pair = f"{tok.doc[first.i - 2].lower_} {tok.doc[first.i - 1].lower_}"
    return pair in lex.replacing_pairs
