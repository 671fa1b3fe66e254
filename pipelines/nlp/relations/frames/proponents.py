"""Stance said by a noun of advocacy set before a name (supports, opposes): "the Act's chief proponent, Senator Jane
Moss", "for one of its proponents, Senator Mark Holden", "one of the critics of the bill, Rep. X".

A noun of one's stance toward a law ("proponent", "supporter", "critic"; `stance_agent_nouns`) whose law is its
possessor or its "of" object, followed by a comma and a person's name (a title before it allowed), is said of that
person: the name is set in apposition to the noun phrase, as in "X, a proponent of Y" read the other way round
(`nominal.stance_agent`). The parser often hangs such a trailing name on the verb, so the apposition is read off the
words. The noun's clause says whether it is so ("was never a proponent")."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import prep_objects

#: at most this many title words between the comma and the name ("Senator", "U.S. Rep.")
_TITLE_WORDS = 3


def named_after_stance(ctx: Context, noun: Token, relation: str) -> None:
    """ "its proponents, Senator X": X supports the law the possessor (or the "of" object) names."""
    person = _apposed_name(ctx, noun)
    if person is None:
        return
    rel = ctx.vocab.relation(relation)
    owners = [c for c in noun.children if c.dep_ == "poss"]
    laws = ctx.args([o for o in owners if o.tag_ != "PRP$"] + prep_objects(noun, frozenset({"of"})), rel.tails)
    if any(o.tag_ == "PRP$" for o in owners):
        # "The act is known as the Holden Amendment, for one of its proponents, X": the name the clause
        # gives the law is its nearest naming; else what the pronoun refers back to
        laws += _name_given(ctx, noun, rel.tails) or [
            (o, a) for o in owners if o.tag_ == "PRP$" for a in _pronoun_owner(ctx, o, rel.tails)
        ]
    heads = ctx.args([person], frozenset({"Person"}))  # "its proponents, Senator A and Rep. B": both
    ctx.emit(relation, heads, laws, "agent-noun-name", noun)


def one_of_apposed_stance(ctx: Context, noun: Token, relation: str) -> None:
    """ "Senator X, one of the proponents of the Act, ...": an apposition "one of the proponents of Y" says of the
    name it is set beside what "X is one of the proponents of Y" says, as "X, a proponent of Y" does
    (`nominal.stance_agent`; the members' "Germany, one of the members of NATO" is `members.one_of_apposed`)."""
    prep = noun.head
    one = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or one.lower_ != "one" or one.dep_ != "appos":
        return
    rel = ctx.vocab.relation(relation)
    laws = ctx.args(prep_objects(noun, frozenset({"of"})), rel.tails)
    ctx.emit(relation, ctx.args([one.head], rel.heads, expand=False), laws, "agent-noun", one)


def _apposed_name(ctx: Context, noun: Token) -> Token | None:
    """The first token of the person's name right after the noun phrase and a comma, a title before it allowed."""
    doc = ctx.doc
    if not _definite(noun):
        return None  # "met proponents of X, Senator Y said": a bare plural names no one in particular
    # the noun phrase ends after its "of" phrase; a name the parse already apposes to it is what comes next
    kept = [t for c in noun.rights if c.dep_ == "prep" for t in c.subtree]
    j = max([noun.i] + [t.i for t in kept]) + 1
    if j >= len(doc) or doc[j].text != ",":
        return None
    j += 1
    for _ in range(_TITLE_WORDS + 1):
        if j >= len(doc):
            return None
        i = ctx.m.at(doc[j])
        if i is not None:
            span = ctx.m.spans[i]
            ok = ctx.m.type(i) == "Person" and span is not None and span.start == j
            root = ctx.m.root(i)
            if root is not None and root.dep_ in ("nsubj", "nsubjpass") and root.head.i > root.i:
                return None  # "..., Senator Y said": the subject of a clause of its own
            return doc[j] if ok else None
        if not doc[j].text[:1].isupper():
            return None
        j += 1
    return None


#: verbs that give a thing a name ("is referred to as N", "was named N", "is called N")
_NAMING_VERBS = frozenset({"refer", "name", "call", "dub", "know", "title"})
#: "named for its sponsor", "called after its author": whom the name honours
_HONOUR_PREPS = frozenset({"for", "after"})


def _name_given(ctx: Context, noun: Token, types: frozenset[str]) -> list[tuple[Token, Argument]]:
    """The law named by the verb of naming whose "for" or "after" phrase the noun is in ("referred to as N, for
    one of its proponents"): the "as" object or object predicate of that verb."""
    tok = noun
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
        tok = tok.head.head  # "for one of its proponents"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _HONOUR_PREPS or prep.head.lemma_.lower() not in _NAMING_VERBS:
        return []
    verb = prep.head
    names = [c for c in verb.children if c.dep_ in ("oprd", "attr")] + prep_objects(verb, frozenset({"as"}))
    return ctx.args(names, types, expand=False)


def _definite(noun: Token) -> bool:
    """The noun phrase picks out who holds the stance: a determiner or a possessor ("the Act's proponent", "its
    critics"), or "one of" before it ("one of the proponents of X")."""
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one"


def _pronoun_owner(ctx: Context, pronoun: Token, types: frozenset[str]) -> list[Argument]:
    """ "its proponents": what the possessive pronoun refers back to."""
    ref = ctx.resolver.references.possessive(pronoun, types)
    return [ref] if ref is not None else []
