"""Frame of accusation (opposes): a body that states as its finding or charge that a state's acts harm others acts
against that state ("USTR alleges that France's policies undermine the competitiveness of U.S. firms", "the agency
found that the taxes adopted by A and B discriminated against U.S. companies"). The accuser is the subject of the
verb of finding; the accused state owns the acts (a possessive, a "by" or "of" phrase, or the agent of "adopted
by"). The charge is the accuser's own statement, so the attitude is read on the verb of finding (not, may, plans
to); a content clause that denies the harm ("found that X's rules do not discriminate") is no charge. The words are
the accusations block of `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import OF, STATE, agent_types
from pipelines.nlp.relations.syntax import conjuncts, is_passive, prep_objects, subjects

_OWNER_PREPS = frozenset({"by", "of"})
_PRONOUNS = frozenset({"they", "it", "these", "those"})


def accused(ctx: Context, verb: Token) -> None:
    """ "A alleges / asserts / found that B's acts undermine ...": A opposes B."""
    if is_passive(verb):
        return
    owners: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        acts = [s for s in subjects(clause) if s.lower_ not in _PRONOUNS]
        if acts and _harms(ctx, clause):
            owners += [o for a in acts for o in _owners(ctx, a)]
    if not owners:
        return
    accusers = ctx.args(subjects(verb), agent_types(ctx, "opposes"), pred=verb)
    ctx.emit("opposes", accusers, ctx.args(owners, STATE), "accusation", verb)


def _harms(ctx: Context, clause: Token) -> bool:
    """The content clause says its subject harms: by its own verb, or by a clause of reason whose subject is a
    pronoun standing for it ("were subject to action because they discriminated against ...")."""
    verbs = [clause] + [
        c for c in clause.children if c.dep_ == "advcl" and any(s.lower_ in _PRONOUNS for s in subjects(c))
    ]
    return any(_harm_verb(ctx, v) and not any(c.dep_ == "neg" for c in v.children) for v in verbs)


def _harm_verb(ctx: Context, verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in ctx.lex.harm_verbs:
        return True
    return lemma in ctx.lex.effect_verbs and any(c.lower_ in ctx.lex.harm_adverbs for c in verb.children)


def _owners(ctx: Context, acts: Token) -> list[Token]:
    """Who owns the accused acts: "France's policies", "the policies of France", "decisions by Brazil's courts",
    "the taxes adopted by A, B and C"; through a noun of quantity ("a variety of Brazil's actions")."""
    nouns = [n for a in (acts, *conjuncts(acts)) for n in (a, *_quantified(ctx, a))]
    found: list[Token] = []
    for noun in nouns:
        found += [c for c in noun.children if c.dep_ == "poss"]
        by = prep_objects(noun, _OWNER_PREPS)
        # "the taxes adopted by A": a participle with its by-agent, which the parse may label a modifier ("practices
        # related to X ... by Brazil's courts")
        participles = [v for v in noun.children if v.dep_ == "acl" or (v.dep_ == "amod" and v.tag_ == "VBN")]
        by += [o for v in participles for a in v.children if a.dep_ == "agent" for o in a.children]
        found += by + [c for o in by for c in o.children if c.dep_ == "poss"]
    return found


def _quantified(ctx: Context, noun: Token) -> list[Token]:
    return prep_objects(noun, OF) if noun.lemma_.lower() in ctx.lex.quantity_nouns else []
