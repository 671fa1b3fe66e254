"""Frame of sponsorship (supports): a legislator who introduces, sponsors or cosponsors a bill, or signs on to it, is
its advocate ("A and B introduced H.R. 1234", "the bill was introduced in the Senate by Sen. A, along with
co-sponsors Sen. B and Sen. C", "Rep. A, who introduced the bill", "which I introduced with Ranking Member B").
The introduction is a fact when the clause states it; the attitude of the clause (not, may, plans to, is expected
to) says when it is not. Only persons and a legislature's committees: another body's or a state's introduction
of a law stays a proposed enactment (`lawmaking.proposal`). The words are the sponsorship block of
`patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.factive import feeling_subject
from pipelines.nlp.relations.frames.headline_bill import headline_bills
from pipelines.nlp.relations.frames.joined_partners import joined_partners
from pipelines.nlp.relations.frames.named_next import next_sentence_bills
from pipelines.nlp.relations.frames.roles import LAW, agent_types
from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.party_lists import party_tag_end
from pipelines.nlp.relations.syntax import agents, is_passive, objects, prep_objects, subjects


def sponsored(ctx: Context, verb: Token) -> None:
    """ "Sen. A introduced the Data Act", "the Data Act was introduced by Sen. A", "Sen. A has signed on to the
    bill": the legislator (and those named with them) supports the bill."""
    lex = ctx.lex
    themes = _sponsored_bills(verb, lex)
    if not themes:
        return
    heads = agents(verb) if is_passive(verb) else subjects(verb) or feeling_subject(ctx, verb)
    heads = heads or joined_partners(verb, lex)
    heads += _companions(ctx, verb, heads)
    heads += _renamed(ctx, heads)
    types = agent_types(ctx, "supports") & {t.title() for t in lex.sponsor_types}
    found = [(t, a) for t, a in ctx.args(heads, frozenset(types), pred=verb) if is_legislator(ctx, a.mention)]
    found += [(t, a) for t, a in ctx.args(heads, _AGENCY, pred=verb) if is_committee(ctx, a.mention)]
    bills = _first_names(ctx.args(themes, LAW, pred=verb)) or headline_bills(ctx, themes)
    bills = bills or next_sentence_bills(ctx, themes)
    ctx.emit("supports", found, bills, "sponsor", verb)
    undone = [o for b in themes for o in _undone_by_bill(ctx, b)]
    ctx.emit("opposes", found, ctx.args(undone, LAW, expand=False), "sponsor-undo", verb)


def _undone_by_bill(ctx: Context, bill: Token) -> list[Token]:
    """ "introduced a bill to repeal the X Act", "a bill that would repeal X": a bill whose content (an infinitive
    or a relative clause on the bill noun) undoes a law acts against that law, and so does its sponsor. Only an
    unnamed bill noun: a named law is what is sponsored, not a vehicle of undoing."""
    if ctx.m.at(bill) is not None or bill.lemma_.lower() not in ctx.lex.law_nouns:
        return []
    lex = ctx.lex
    clauses = [c for c in bill.children if c.dep_ in lex.bill_content_deps and c.lemma_.lower() in lex.undo_verbs]
    return [o for c in clauses for o in objects(c)]


def is_legislator(ctx: Context, mention: int) -> bool:
    """A person the text calls a legislator, at this mention or at another mention of the same person: a text
    names a person in full with their title once ("U.S. Senator Tim Kaine announced ...") and by the bare surname
    after that ("... said Kaine"), and the title still holds. A minister or an official who introduces a
    government's bill speaks for the government, not as the bill's advocate."""
    entity = ctx.m.entity(mention)
    same = [i for i in range(len(ctx.m.items)) if i == mention or (entity and ctx.m.entity(i) == entity)]
    return any(_titled_legislator(ctx, i) for i in same)


def _titled_legislator(ctx: Context, mention: int) -> bool:
    """A legislator's title right before the name ("Sen. A", "Ranking Member B", "representatives A and B"), or a
    party and state after it, in parentheses ("A (D-NJ)") or set off by a comma ("A, D-N.J.")."""
    span = ctx.m.spans[mention]
    if span is None:
        return False
    doc = span.doc
    before = [t for t in doc[max(span.sent.start, span.start - _TITLE_WINDOW) : span.start]]
    if any(t.lower_.rstrip(".") in ctx.lex.legislator_titles for t in before) or _listed_under_title(ctx, span):
        return True
    if party_tag_end(doc, span.end, ctx.lex) is not None:  # "Steve Daines, R-Mont."
        return True
    end = span.end
    # "Frank Pallone, Jr. (D-NJ)": a generational suffix after the name comes before its party and state
    while end < len(doc) and (doc[end].text == "," or doc[end].lower_.rstrip(".") in _NAME_SUFFIXES):
        end += 1
    after = doc[end : end + 3]
    return (
        len(after) == 3
        and after[0].text == "("
        and after[1].lower_ in ctx.lex.party_marks
        and after[2].text in _PARTY_DASHES  # "(D-NJ)", "(D–NC)"
    )


def _listed_under_title(ctx: Context, span: Span) -> bool:
    """ "Congressmen Josh Gottheimer (NJ-05) and Darin LaHood (IL-16)": a plural title before the first name of a
    coordination is the title of each name in it, however far the later names stand from it."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first == span.root:
        return False
    start = first.left_edge.i
    before = span.doc[max(span.sent.start, start - _TITLE_WINDOW) : start]
    titled = [t for t in (*before, *first.children) if t.i < first.i and t.dep_ != "conj"]
    return any(t.lower_.rstrip(".") in ctx.lex.plural_legislator_titles for t in titled)


#: the type of a legislature's committee
_AGENCY = frozenset({"Agency"})


def is_committee(ctx: Context, mention: int) -> bool:
    """ "the House Energy and Commerce Committee introduced H.R. 8152": a legislature's committee or subcommittee
    (a body named by its head noun, `sponsor_body_heads`) puts a bill forward as its sponsor, as a legislator does;
    a ministry or a regulator that introduces a law only proposes to enact it."""
    span = ctx.m.spans[mention]
    return span is not None and span.root.lower_ in ctx.lex.sponsor_body_heads


#: the dashes between a legislator's party and state
_PARTY_DASHES = frozenset({"-", "–", "—"})


#: generational suffixes of a person's name
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


#: how many words before a name its title may take ("Subcommittee Ranking Member B", "U.S. Sens. A")
_TITLE_WINDOW = 4


def _first_names(tails: list[tuple[Token, Argument]]) -> list[tuple[Token, Argument]]:
    """ "introduced H.R. 7520, the Data Act": a bill's number and its title in apposition are two names of one
    bill, the first of which names it."""
    toks = {t for t, _ in tails}
    return [(t, a) for t, a in tails if not (t.dep_ == "appos" and t.head in toks)]


def _sponsored_bills(verb: Token, lex: RelationLexicon) -> list[Token]:
    """What the verb says was introduced or sponsored: the object (the subject in the passive), or the object of
    "to" after a phrasal verb of joining ("signed on to the bill")."""
    lemma = verb.lemma_.lower()
    if lemma in lex.sponsorship_verbs:
        return subjects(verb) if is_passive(verb) else objects(verb)
    particles = lex.sponsorship_phrasal.get(lemma)
    if particles and any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children):
        return prep_objects(verb, lex.sponsorship_phrasal_preps)
    return []


def _companions(ctx: Context, verb: Token, heads: list[Token]) -> list[Token]:
    """ "introduced it with Ranking Member B", "by Sen. A, along with co-sponsors Sen. B and Sen. C": who
    introduces a bill with the sponsor sponsors it too; a sponsor noun stands for the names set beside it."""
    preps = ctx.lex.sponsorship_companion_preps
    found = prep_objects(verb, preps)
    found += [o for h in heads for o in prep_objects(h, preps)]
    # "along with X": the parse hangs "with" on "along"
    adverbs = ctx.lex.sponsorship_companion_adverbs
    along = [c for c in verb.children if c.dep_ in ("prep", "advmod") and c.lower_ in adverbs]
    found += [o for a in along for o in prep_objects(a, preps)]
    found += [o for a in along for o in a.children if o.dep_ == "pobj"]
    return [t for o in found for t in _named_sponsors(ctx, o)]


def _renamed(ctx: Context, tokens: list[Token]) -> list[Token]:
    """ "by representatives Mike Gallagher and Raja Krishnamoorthi": a noun that names no one is renamed by the
    names set in apposition to it."""
    return [c for t in tokens if ctx.m.at(t) is None for c in t.children if c.dep_ == "appos"]


def _named_sponsors(ctx: Context, tok: Token) -> list[Token]:
    """A companion token, and for a bare sponsor noun ("co-sponsors Sen. B"), the names set in apposition to it."""
    if tok.lower_ not in ctx.lex.sponsor_nouns or ctx.m.at(tok) is not None:
        return [tok]
    return [c for c in tok.children if c.dep_ == "appos"]
