"""A list closed by "other" and a class says that each item listed before "other" is one of the class: "the Police
Data Act, the Records Act and all other statutory regulations concerning the processing of personal data" (each a
law on that data: regulates); "France and other EU member states", "the United States and fellow APEC economies"
(each a member of the body: memberOf). The class is a noun of law (`law_nouns`) or of members (`member_group_nouns`)
with "other" or "fellow" (`same_kind_words`); what a class of laws is about is its phrase of topic
(`kind_topic_words`: "concerning", "on", "regarding", "governing" ...); the listed items are the names that run
before it in the text, joined by commas and "and"/"or" (the parse often splits such a list).

A class of members presupposes that its items belong, whatever the clause around it does with them: "Brazil and
other Mercosur members rejected the proposal" and "France and other EU member states may object" still say that
Brazil is a member of Mercosur and France of the EU; only a word of the class itself puts it off ("France and other
prospective members": proposed; `presupposed_standing`). A class of laws is looser ("the Data Act and other laws on
health data" may name a law that only touches those data), so the clause's polarity and modality still apply to it
(`noun_standing`)."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.attitude import law_status, noun_standing
from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.mentions import Argument

#: words that join the items of a list, and the determiners an item may start with
_JOINERS = frozenset({",", "and", "or", "the", "a", "an"})
#: how many laws a list may name before its class
_MAX_ITEMS = 12


def other_of_kind(ctx: Context, noun: Token) -> None:
    """ "A, B and all other laws on health data": A and B regulate health data."""
    if not any(c.lower_ in ctx.lex.same_kind_words and c.dep_ == "amod" for c in noun.children):
        return
    topics = [c for c in noun.children if c.lower_ in ctx.lex.kind_topic_words and c.i > noun.i]
    tails = ctx.datatypes(t for c in topics for t in c.subtree)
    heads = _listed_before(ctx, noun.left_edge)
    if not tails or not heads:
        return
    polarity, modality = noun_standing(noun, ctx.lex)
    ctx.emit("regulates", heads, tails, "other-of-kind", noun, modality=modality, polarity=polarity)


def other_members(ctx: Context, noun: Token) -> None:
    """ "France and other EU member states", "the United States and fellow APEC economies": each state listed
    before the class of a body's members is a member of that body (the body compounded on the class noun or named
    after "of"/"in")."""
    if not any(c.lower_ in ctx.lex.same_kind_words and c.dep_ == "amod" for c in noun.children):
        return
    bodies = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i]
    bodies += [t for c in list(bodies) for t in c.children if t.dep_ == "compound"]
    bodies += [o for p in noun.children if p.lower_ in ("of", "in") for o in p.children if o.dep_ == "pobj"]
    tails = ctx.args(bodies, ctx.vocab.relation("memberOf").tails, expand=False)
    heads = _listed_before(ctx, noun.left_edge, "State")
    if tails and heads:
        polarity, modality = presupposed_standing(noun, ctx.lex)
        ctx.emit("memberOf", heads, tails, "other-of-kind", noun, modality=modality, polarity=polarity)


def partners_in(ctx: Context, noun: Token) -> None:
    """ "The United States and its trading partners in APEC", "France and its allies in NATO": the partners a state
    has in a body (a noun of partnership, `partner_nouns`, with the possessive pronoun that stands for the state
    listed right before "and") are its fellow members there, so the state is a member of the body too. Not "a
    partner of the EU" (no possessive: a partner of a body is outside it)."""
    if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in noun.children):
        return
    bodies = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    tails = ctx.args(bodies, ctx.vocab.relation("memberOf").tails, expand=False)
    heads = _listed_before(ctx, noun.left_edge, "State")
    if tails and heads:
        polarity, modality = presupposed_standing(noun, ctx.lex)
        ctx.emit("memberOf", heads[:1], tails, "partners-in", noun, modality=modality, polarity=polarity)


def presupposed_standing(noun: Token, lex: RelationLexicon) -> tuple[str, str]:
    """The polarity and modality of what a class of members presupposes of the items listed before it: asserted,
    and stated unless a word of the class puts it off ("other prospective members")."""
    return "asserted", law_status(noun, lex) or "stated"


#: the possessive pronouns that stand for a state ("its partners", "their allies")
_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})


def _listed_before(ctx: Context, start: Token, kind: str = "Law") -> list[tuple[Token, Argument]]:
    """The names (of `kind`) listed right before the class phrase that starts at `start`: only when "and"/"or" joins
    them to it ("A, B and all other ..."), each a name with at most a determiner and a comma between."""
    doc, j = ctx.doc, start.i - 1
    if j < 0 or doc[j].lower_ not in ("and", "or"):
        return []
    found: list[tuple[Token, Argument]] = []
    while j >= 0 and len(found) < _MAX_ITEMS:
        if doc[j].lower_ in _JOINERS:
            j -= 1
            continue
        i = ctx.m.at(doc[j])
        if i is None or ctx.m.type(i) != kind:
            break
        span = ctx.m.spans[i]
        if span is None:
            break
        found.append((span[0], Argument(i)))
        j = span.start - 1
    return found
