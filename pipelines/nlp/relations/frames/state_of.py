"""partOf said by the state a body's name is followed by: an "of" phrase naming the state ("the Ministry of Health
of Jordan", "the House of Representatives of the United States") or the state alone in brackets, as encyclopedias
and court documents tell apart bodies of the same name ("the High Court (Ireland)", "the Ministry of Information and
Communications (Nepal)").

English names a state's body by its generic name and the state after it. The "of" phrase must follow the body's
name at once and hang on it in the parse (not "warned the Ministry of Interior of Germany's plans", where "of" is
the verb's), and its object must be the state's own mention (not "the Ministry of Health of Jordan's capital"). Two
bodies sharing one determiner ("the Senate and House of Representatives of the United States") share the phrase.
A body the reference tables place in another state is never given this one."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipelines.nlp.reference import load_reference
from pipelines.nlp.reference.index import normalize
from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.nationality import entity_country, named_by_adjectives, state_named_before
from pipelines.nlp.relations.short_name_brackets import name_end

_OPEN, _CLOSE = frozenset({"("}), frozenset({")"})


def state_of(ctx: Context, agency: Token) -> None:
    """partOf: "AGENCY of STATE", "AGENCY (STATE)", and the first of two bodies sharing a determiner before a
    second one's "of STATE"."""
    span = _span(ctx, agency)
    if span is None or _in_enacting_formula(agency):
        return
    state = _of_state(ctx, span) or _bracketed_state(ctx, span)
    frame = "state-of"
    heads = [(agency, Argument(i)) for i in _mention(ctx, agency)]
    if state is None:
        shared = _shared_determiner_partner(ctx, span)
        state = _of_state(ctx, shared) if shared is not None else None
    if state is None:
        state, frame = _in_state(ctx, span), "state-in"
    if state is None or not heads or _placed_elsewhere(ctx, heads[0][1].mention, state[1].mention):
        return
    ctx.emit("partOf", heads, [state], frame, agency)


def _in_enacting_formula(tok: Token) -> bool:
    """ "Be it enacted by the Senate and House of Representatives of the United States of America": the formula
    that opens a bill names the bodies that enact it by their style, and the development sets' majority reads no
    partOf in it (`enacting_formula` reads what it says)."""
    doc = tok.doc
    return any(
        doc[i].lower_ == "be" and doc[i + 1].lower_ == "it" and doc[i + 2].tag_ == "VBN" and doc[i + 3].lower_ == "by"
        for i in range(tok.sent.start, tok.i - 3)
    )


def _mention(ctx: Context, tok: Token) -> list[int]:
    i = ctx.m.at(tok)
    return [i] if i is not None and ctx.m.type(i) == "Agency" else []


def _span(ctx: Context, tok: Token) -> Span | None:
    i = ctx.m.at(tok)
    return ctx.m.spans[i] if i is not None else None


def _state_at(ctx: Context, k: int) -> tuple[Token, Argument] | None:
    """The State whose mention begins at token `k` (after an optional "the")."""
    doc = ctx.doc
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if k >= len(doc):
        return None
    i = ctx.m.at(doc[k])
    span = ctx.m.spans[i] if i is not None else None
    if i is None or span is None or span.start != k or ctx.m.type(i) != "State":
        return None
    return doc[k], Argument(i)


def _of_state(ctx: Context, span: Span) -> tuple[Token, Argument] | None:
    """ "the Ministry of Health of Jordan": "of" right after the name, hung on a word of the name, and a State's
    mention as its object, not the possessor or modifier of a further noun; the body's bracketed short name may stand
    between ("the Communications Regulatory Authority (CRA) of Botswana")."""
    doc = ctx.doc
    end = name_end(ctx, span)
    if end >= len(doc) or doc[end].lower_ != "of" or not span.start <= doc[end].head.i < span.end:
        return None
    return _state_object(ctx, doc[end])


def _in_state(ctx: Context, span: Span) -> tuple[Token, Argument] | None:
    """ "an Act of Parliament in New Zealand", "the telecoms regulator in Nigeria": an "in" phrase right after the
    body's name, hung on it in the parse, whose object is a State's mention, places the body in that state, as an
    "of" phrase does. A body stationed abroad is not the host's ("the U.S. Embassy in Germany", "the EU delegation
    in Japan"): its head noun is one of `stationed_body_nouns`. Where the body is itself the object of "of", the
    parse may hang the "in" on the noun before ("an Act of [Parliament] in New Zealand"): nothing but the body's
    name stands between, so it is read the same; so may the body's bracketed short name ("the National
    Telecommunications Commission (NTC) in the Philippines")."""
    doc = ctx.doc
    end = name_end(ctx, span)
    if end >= len(doc) or doc[end].lower_ != "in" or doc[end].head not in _in_hosts(span):
        return None
    if span.root.lemma_.lower() in ctx.lex.stationed_body_nouns:
        return None
    return _state_object(ctx, doc[end])


def _state_object(ctx: Context, prep: Token) -> tuple[Token, Argument] | None:
    """The State's mention right after the preposition, when it is the preposition's object (not the possessor or
    modifier of a further noun)."""
    found = _state_at(ctx, prep.i + 1)
    if found is None:
        return None
    state_span = ctx.m.spans[found[1].mention]
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if state_span is None or not any(state_span.start <= o.i < state_span.end for o in objects):
        return None
    return found


def _in_hosts(span: Span) -> list[Token]:
    """The words an "in" phrase right after a body's name may hang on and still be the body's: the name's root, and
    the noun whose "of" phrase the name is."""
    root = span.root
    hosts = [root]
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
        hosts.append(root.head.head)
    return hosts


def _bracketed_state(ctx: Context, span: Span) -> tuple[Token, Argument] | None:
    """ "the High Court (Ireland)": a state's name, and nothing else, in brackets right after the body's name."""
    doc = ctx.doc
    if span.end >= len(doc) or doc[span.end].text not in _OPEN:
        return None
    found = _state_at(ctx, span.end + 1)
    state_span = ctx.m.spans[found[1].mention] if found is not None else None
    if state_span is None or state_span.end >= len(doc) or doc[state_span.end].text not in _CLOSE:
        return None
    return found


def _shared_determiner_partner(ctx: Context, span: Span) -> Span | None:
    """ "the Senate and House of Representatives of X": the body right after "and", with no determiner of its own,
    shares the first body's determiner and so its "of" phrase; the first body must have that determiner."""
    doc = ctx.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "the" or span.end + 1 >= len(doc):
        return None
    if doc[span.end].lower_ != "and":
        return None
    partner = _span(ctx, doc[span.end + 1])
    if partner is None or partner.start != span.end + 1 or not _mention(ctx, doc[span.end + 1]):
        return None
    return partner


def _placed_elsewhere(ctx: Context, body: int, state: int) -> bool:
    """The reference tables place the body in a state other than this one (a union's or another state's body): by
    its linked entity, or by a name of its own (not a generic one every state's body may bear) that the tables give
    only bodies of other states ("the Federal Trade Commission of the United Kingdom" is no British body)."""
    wanted = ctx.m.entity(state)
    country = entity_country(body, ctx.m)
    if country is not None and country != wanted:
        return True
    index = load_reference()
    span = ctx.m.spans[body]
    key = normalize(span.text) if span is not None else ""
    ids = [e for e in index.by_alias.get(key, []) if (key, e) not in index.generic and e in index.entities]
    countries = {index.entities[e].country for e in ids}
    return bool(countries) and wanted not in countries


def demonym_owners(ctx: Context, noun: Token) -> list[Token]:
    """ "the Thai regulator, the NBTC", "three Jordanian executive bodies—the Ministry of Interior, ...": a
    nationality adjective on the body noun a name is apposed to names the state the body is of; it stands for the
    state its sentence names by that adjective, or else the one last named before it in the paragraph."""
    adjectives = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and _bare_capital(ctx, c)}
    if not adjectives:
        return []
    for t in noun.sent:
        i = ctx.m.at(t)
        if i is not None and ctx.m.type(i) == "State" and named_by_adjectives(ctx.m, i, t.text, adjectives):
            return [t]
    before = state_named_before(ctx.m, noun, adjectives)
    return [before.root] if before is not None else []


def _bare_capital(ctx: Context, tok: Token) -> bool:
    """A capitalised word that is no mention of its own (a nationality adjective, not "the Kenya regulator")."""
    return tok.text[:1].isupper() and ctx.m.at(tok) is None


def listed_after(agency: Token) -> list[Token]:
    """ "bodies—the Ministry of Interior, the Ministry of Health, and the Office of X": the parse may make the later
    names of a list apposed to a noun conjuncts of the noun itself; they are the noun's appositions all the same."""
    head = agency.head
    if agency.dep_ != "conj" or not any(c.dep_ == "appos" and c.i < agency.i for c in head.children):
        return []
    return [head]
