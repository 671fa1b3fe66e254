"""The bill a release's headline names (supports, through sponsorship).

A press release names its bill in its headings and then says, in the body's opening sentence, who introduced it
without naming it again and without a definite article ("Senator A, D-Ore., and Senator B introduced bipartisan
legislation today to ..."): the indefinite bill noun of the body's opening is the headings' bill. Only when the
headings name exactly one law, no other law is named before the sentence, and the text names the law again below; a
bill noun anywhere else is a new bill the text has not named.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument

#: how far into the body (in characters after the headline) the opening sentences run
_OPENING_CHARS = 600
#: determiners that leave a bill noun new to the text
_INDEFINITE = frozenset({"a", "an"})


def headline_bills(ctx: Context, themes: list[Token]) -> list[tuple[Token, Argument]]:
    """The headline's law for each indefinite bill noun among the verb's themes ("introduced legislation")."""
    bare = [t for t in themes if indefinite_bill(ctx, t)]
    if not bare:
        return []
    law = _headline_law(ctx, bare[0])
    return [(t, Argument(law, "headline")) for t in bare] if law is not None else []


def indefinite_bill(ctx: Context, tok: Token) -> bool:
    """A law noun that names nothing, with no determiner or an indefinite one ("legislation", "a bill")."""
    if ctx.m.at(tok) is not None or tok.lemma_.lower() not in ctx.lex.law_nouns:
        return False
    dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
    return all(d.lower_ in _INDEFINITE for d in dets)


def _headline_law(ctx: Context, tok: Token) -> int | None:
    """The one law the headings above the body name, when the token's sentence opens the body right under them, no
    other law is named in between, and the text names that law again further down (a title-case headline
    capitalises every word, so a law it alone seems to name may be only words: "Introduce Bipartisan Companion
    Bill")."""
    m = ctx.m
    body = m.text.rfind("\n", 0, tok.sent.start_char) + 1
    if body == 0 or tok.idx - body > _OPENING_CHARS or _SENTENCE_BREAK.search(m.text[:body]):
        return None
    named = [i for i in m.before(tok.idx) if m.type(i) == "Law"]
    if not named or len({m.entity(i) for i in named}) != 1 or m.items[named[0]].start >= body:
        return None
    again = any(m.entity(i) == m.entity(named[0]) and item.start >= tok.sent.end_char for i, item in enumerate(m.items))
    return named[0] if again else None


#: the end of a sentence inside a line: the lines above the body are headings only when there is none
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]?\s+[A-Z]")
