"""A body named with its abbreviation in brackets right before a title (leads): "Federal Bureau of Investigation
(FBI) Director Christopher Wray", "the Department of Homeland Security (DHS) Secretary Alejandro Mayorkas". English
compounds the body's name on the title as in "FBI Director X"; the brackets make the parse end the body's phrase at
")" and hang the title on the name alone, so the title loses its body. The abbreviation, the nearer of the two
names, is the body the title's holder heads (as "FBI" in "FBI Director X")."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument

#: the dependencies of the words a title carries before it ("Acting Director", "Chief Executive")
_TITLE_MODIFIERS = ("amod", "compound")


def _word_before(title: Token) -> int:
    """The index of the last word before the title and its modifiers, past any run of extra spaces (a double space
    after ")" is a token of its own)."""
    doc = title.doc
    j = min([title.i] + [c.i for c in title.children if c.dep_ in _TITLE_MODIFIERS and c.i < title.i]) - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j


def abbreviated_body_before(ctx: Context, title: Token) -> list[tuple[Token, Argument]]:
    """The body whose bracketed abbreviation stands right before a title compounded on a name ("(FBI) Director
    X"): the abbreviation itself, not the long name it stands for, when it is a mention of a type one may lead.
    Nothing when a comma or any other word parts the brackets from the title ("the FBI (see above), Director X")."""
    if title.dep_ not in ("compound", "nmod"):
        return []
    doc = title.doc
    j = _word_before(title)
    if j < 2 or doc[j].text != ")" or doc[j - 2].text != "(":
        return []
    abbreviation = doc[j - 1]
    i = ctx.m.at(abbreviation)
    if i is None or ctx.m.type(i) not in ctx.vocab.relation("leads").tails:
        return []
    return [(abbreviation, Argument(i))]
