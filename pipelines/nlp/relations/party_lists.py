"""Lists of legislators each tagged with their party and state ("Senators Tammy Baldwin, D-Wisc., Steve Daines,
R-Mont., and Edward Markey, D-Mass."; "Bill Cassidy, M.D. (R-LA) and Jon Ossoff (D-GA) and Lori Trahan (D-MA-3)"):
the tag after each name, set off by commas or in parentheses, is a parenthesis and not the end of the list, so every
name in the run is an item of the list the first name opens, and the tag marks each as a legislator. The parse
hangs such a list anywhere (later names on a tag, on the subject, as appositions), so the run is read on the words:
a name, perhaps a suffix (`name_suffixes`: ", Jr.", ", M.D."), its tag (a party mark of `party_marks`, a dash, the
state), then perhaps "and" and a title (`legislator_titles`), then the next name with its own tag. A name without
a tag, or any other word ("but", "not", "said"), ends the run."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.mentions import Mentions

#: the dashes between a legislator's party and state
_DASHES = frozenset({"-", "–", "—"})

#: how many words a state (or district) may take after the dash ("R.I.", "Wisc" ".", "MA-3")
_STATE_WORDS = 3


def tagged_list_items(m: Mentions, tok: Token, types: frozenset[str], lex: RelationLexicon) -> list[Token]:
    """The names listed after the name at `tok` when it and each of them carries a party-and-state tag: "Sen. A,
    D-Ore., Sen. B, R-Wyo., and Sen. C, R-Fla." gives B and C for A."""
    out: list[Token] = []
    i = m.at(tok)
    while i is not None and m.type(i) in types:
        span = m.spans[i]
        after = party_tag_end(m.doc, span.end, lex) if span is not None else None
        if after is None:
            break
        i = _next_tagged_name(m, after, types, lex)
        root = m.root(i) if i is not None else None
        if root is not None:
            out.append(root)
    return out


def party_tag_end(doc: Doc, start: int, lex: RelationLexicon) -> int | None:
    """The index after the party-and-state tag (and a comma after it) that follows a name ending at `start`: ",
    D-Wisc.,", "(D-GA)", ", M.D. (R-LA)"; None when no tag follows the name."""
    k = start
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_.rstrip(".") in lex.name_suffixes:
        k += 2 + (k + 3 < len(doc) and doc[k + 2].text == "," and doc[k + 3].text == "(")  # "Jr., (D-NJ)"
    opened = k < len(doc) and doc[k].text == "("
    if not (opened or (k < len(doc) and doc[k].text == ",")) or not _party_mark(doc, k + 1, lex):
        return None
    k += 3
    for _ in range(_STATE_WORDS):
        if k >= len(doc) or not (doc[k].text == "." or doc[k].text[:1].isupper()):
            break
        k += 1
    if opened:
        if k >= len(doc) or doc[k].text != ")":
            return None
        k += 1
    return k + 1 if k < len(doc) and doc[k].text == "," else k


def _party_mark(doc: Doc, k: int, lex: RelationLexicon) -> bool:
    """A capital party mark and a dash at `k` ("D-", "R–")."""
    return (
        k + 1 < len(doc) and doc[k].text.isupper() and doc[k].lower_ in lex.party_marks and doc[k + 1].text in _DASHES
    )


def _next_tagged_name(m: Mentions, start: int, types: frozenset[str], lex: RelationLexicon) -> int | None:
    """The mention of a wanted type that opens at `start` after an optional "and" and an optional legislator's
    title, if a party-and-state tag follows it too; None otherwise."""
    doc, k = m.doc, start
    if k < len(doc) and doc[k].lower_ == "and":
        k += 1
    while k < len(doc) and (doc[k].lower_.rstrip(".") in lex.legislator_titles or doc[k].text == "."):
        k += 1
    i = m.at(doc[k]) if k < len(doc) else None
    span = m.spans[i] if i is not None else None
    if i is None or span is None or span.start != k or m.type(i) not in types:
        return None
    return i if party_tag_end(doc, span.end, lex) is not None else None
