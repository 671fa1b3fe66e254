"""Offices said by the order of words after a name (leads): "Anne Moreau, Director of the Bureau of Trade Policy,
Department of Finance", "Ruth Klein, Director, Office of Privacy and Civil Liberties" and, on a line of a
roster or a masthead, "Jane Roe Director, Bureau of Fair Trade".

English sets a person's title right after the name, between commas, and the body the title is of right after the
title, with "of" or "for" or, in addresses, contact lines, signature blocks and rosters, with a bare comma in place
of "of". The first body after the title is the one the person heads; a second body after a further comma is where
that one sits (the department of an office), not a second body the person heads (`assertion.address_parent`). The
parser often hangs such a chain on the last body ("Director" as a modifier of "Department"), so it is read off the
words. A title that makes its holder a deputy or an assistant ("Deputy Director", "Assistant Director"), a past
holder ("former Director") or one of the body's members ("Commissioner, Federal Trade Commission": a commissioner of a
commission sits on it) heads nothing. The words are `lead_titles`, `title_qualifiers`, `deputy_modifiers`,
`past_holder_modifiers` and `subordinate_title_modifiers` in `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.collegial import names_member
from pipelines.nlp.relations.mentions import Argument

#: what ties a title to its body in word order: "Director of X", "Secretary for X", "Director, X"
_OFFICE_WORDS = frozenset({"of", "for", ","})
#: at most this many capitalised words make a title ("Acting Executive Director General")
_TITLE_WORDS = 4


def apposed_office(ctx: Context, person: Token) -> None:
    """ "NAME, TITLE of BODY", "NAME, TITLE, BODY" (and "NAME TITLE, BODY" at the start of a line): the person
    heads the first body after the title; "BODY TITLE NAME" (`prefixed_office`): the body before the title."""
    i = ctx.m.at(person)
    span = ctx.m.spans[i] if i is not None else None
    if span is None:
        return
    prefixed_office(ctx, person, span.start)
    doc = ctx.doc
    j = span.end
    if j < len(doc) and doc[j].text == ",":
        j += 1
    elif not _line_start(span.start, doc):
        return  # without a comma only a roster's line ("Jane Roe Director, Bureau of X")
    title = _title_words(ctx, j)
    if not title:
        return
    head_word = title[-1]
    k = head_word.i + 1
    if k >= len(doc) or doc[k].text not in _OFFICE_WORDS:
        return
    k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    body = _possessed_body(ctx, _body_at(ctx, k, head_word), head_word)
    if body is None:
        return
    heads = ctx.args([person], frozenset({"Person"}), expand=False)
    ctx.emit("leads", heads, [body], "title-order", head_word)


def prefixed_office(ctx: Context, person: Token, start: int) -> None:
    """ "DCMS Committee Chair Julian Knight MP said", "Treasury Committee Chairman John Doe told ...": English may set
    a body's name and then its head's title right before a person's name, which the person heads. Read off the words,
    since the parser often breaks such a run (a heading line, an honorific after the name made the phrase's head).
    Only with the body's name right before the title, or before a qualifier of it ("Acting Chair"): any other word
    there names a portfolio inside the body ("EU Trade Commissioner X"); not a deputy's, a past holder's ("former DAS
    Director X"), a rank's or a member's title ("Commission Commissioner")."""
    title = _title_before(ctx, start)
    if not title:
        return
    body = _body_ending(ctx, title[0].i - 1, title[-1])
    if body is None:
        return
    heads = ctx.args([person], frozenset({"Person"}), expand=False)
    ctx.emit("leads", heads, [body], "title-order", title[-1])


def _title_before(ctx: Context, start: int) -> list[Token]:
    """The capitalised title right before token `start`, a head's title word after at most a few of its qualifiers
    ("Acting Chair"); empty when there is none or a word of it makes a deputy, a past holder or a rank."""
    lex = ctx.lex
    doc = ctx.doc
    j = start - 1
    if j < 1 or not _capitalised(ctx, doc[j]) or doc[j].lower_ not in lex.lead_titles:
        return []
    blocking = lex.deputy_modifiers | lex.past_holder_modifiers | lex.subordinate_title_modifiers
    blocking |= lex.rank_title_modifiers
    words = [doc[j]]
    k = j - 1
    while k >= 0 and len(words) < _TITLE_WORDS and _capitalised(ctx, doc[k]) and doc[k].lower_ in lex.title_qualifiers:
        words.insert(0, doc[k])
        k -= 1
    if any(w.lower_ in blocking for w in words) or (k >= 0 and doc[k].text in _HYPHENS):
        return []
    return words


def _capitalised(ctx: Context, tok: Token) -> bool:
    """A capitalised word that is no part of a name the text mentions."""
    return tok.is_alpha and tok.text[:1].isupper() and ctx.m.at(tok) is None


def _body_ending(ctx: Context, k: int, title: Token) -> tuple[Token, Argument] | None:
    """The Agency (or, for a head of state's title, the State) whose mention ends at token `k`, unless a word of
    past holding stands before it or the title names one of its members."""
    if k < 0:
        return None
    i = ctx.m.at(ctx.doc[k])
    span = ctx.m.spans[i] if i is not None else None
    if i is None or span is None or span.end != k + 1:
        return None
    # "former DAS Director X" (the word outside the name, or taken into it: "Former Justice Committee")
    if any(t.lower_ in ctx.lex.past_holder_modifiers for t in ctx.doc[max(span.start - 1, 0) : span.start + 1]):
        return None
    body = _body_at(ctx, span.start, title)
    return body if body is not None and not _member_title(ctx, title, i) else None


#: a hyphen before a title joins a word of deputy or past holding to it ("Vice-Chair", "ex-Director")
_HYPHENS = frozenset({"-", "‐"})


def _line_start(start: int, doc) -> bool:
    """The name begins the document or a line."""
    return start == 0 or "\n" in doc[start - 1].whitespace_ or "\n" in doc[start - 1].text


def _title_words(ctx: Context, j: int) -> list[Token]:
    """The capitalised words of a title starting at token `j` whose last word is a lead title, none of them a word
    that makes the holder a deputy, an assistant or a past holder; empty when there is no such title."""
    lex = ctx.lex
    blocking = lex.deputy_modifiers | lex.past_holder_modifiers | lex.subordinate_title_modifiers
    blocking |= lex.rank_title_modifiers  # "Second Secretary", "Press Secretary": a rank or a post (`ranks`)
    words: list[Token] = []
    doc = ctx.doc
    while j < len(doc) and len(words) < _TITLE_WORDS and doc[j].is_alpha and doc[j].text[:1].isupper():
        if ctx.m.at(doc[j]) is not None:
            break
        words.append(doc[j])
        j += 1
    while words and words[-1].lower_ not in lex.lead_titles:
        words.pop()
    if not words or any(w.lower_ in blocking for w in words):
        return []
    if j < len(doc) and doc[j].text == "-" and doc[j - 1] == words[-1]:
        return []  # "Director-General" read whole elsewhere; "ex-Director" too
    return words


def _body_at(ctx: Context, k: int, title: Token) -> tuple[Token, Argument] | None:
    """The Agency (or, for a head of state's title, the State) whose mention begins at token `k`, unless the title
    names one of its members ("Commissioner, Federal Trade Commission")."""
    if k >= len(ctx.doc):
        return None
    tok = ctx.doc[k]
    i = ctx.m.at(tok)
    span = ctx.m.spans[i] if i is not None else None
    if i is None or span is None or span.start != k:
        return None
    kind = ctx.m.type(i)
    if kind == "State" and title.lower_ not in ctx.lex.state_titles:
        return None
    if kind not in ("Agency", "State") or _member_title(ctx, title, i):
        return None
    return tok, Argument(i)


def _possessed_body(ctx: Context, body: tuple[Token, Argument] | None, title: Token) -> tuple[Token, Argument] | None:
    """ "Director of the FTC's Bureau of Consumer Protection": a body in the possessive names whose unit the title
    is of, not the body the person heads; the person heads the unit the possessive governs, and nothing when that
    is no body's name ("Director of the FTC's consumer unit")."""
    if body is None:
        return None
    span = ctx.m.spans[body[1].mention]
    doc = ctx.doc
    if span is None or span.end >= len(doc) or doc[span.end].lower_ not in _POSSESSIVES:
        return body
    return _body_at(ctx, span.end + 1, title)


#: the possessive ending as the tokenizer splits it off a name
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _member_title(ctx: Context, title: Token, i: int) -> bool:
    """The title, with the capitalised words right before it ("National Commissioner"), names one of the members of
    the body of mention `i` ("Commissioner, Federal Trade Commission", "FTC Commissioner X"): `collegial`."""
    modifiers: set[str] = set()
    j = title.i - 1
    while j >= 0 and len(modifiers) < _TITLE_WORDS and _capitalised(ctx, ctx.doc[j]):
        modifiers.add(ctx.doc[j].lower_)
        j -= 1
    return names_member(ctx, title.text, modifiers, i)
