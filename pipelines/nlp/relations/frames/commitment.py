"""Support said by a commitment to carry a law out: "Indonesia has committed to implement the Joint Initiative",
"Kenya is committed to adopting the Malabo Convention", "the United States has fulfilled its commitments for
implementing the Framework", "Japan made a commitment to ratify the Convention".

English commits one to an act with "to" (an infinitive, a gerund); when the act carries a law out (implementing,
adopting, applying, ratifying, joining or complying with it: `carrying_out_verbs`), the one who commits stands behind
that law: supports. The act itself is only promised (`proposal_governors` holds "commit"), so the law's enactment or
the membership stays proposed; the commitment is a fact when its own clause states it ("has not committed to",
"may commit to" state none). The owner of a noun of commitment is its possessor or the subject of the verb that
makes, keeps or fulfils it (`commitment_keeping_verbs`)."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW, agent_types
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import subjects

_TO = frozenset({"to", "for"})
#: the dependencies a promised act may sit under inside the commitment's complement ("committed to eliminate X and
#: to take actions to implement Y")
_INNER_DEPS = frozenset({"xcomp", "conj", "advcl", "acl", "relcl", "dobj", "pcomp", "pobj", "prep", "ccomp"})


def committed(ctx: Context, verb: Token) -> None:
    """ "X committed to implementing Y", "X is committed to adopt Y": the subject of the verb of commitment (or of
    the copula whose adjective is "committed") supports each law its "to" complement carries out."""
    host = _commit_word(ctx, verb)
    if host is None:
        return
    complements = [c for c in host.children if c.dep_ in ("xcomp", "ccomp") and c.i > host.i]
    complements += [o for p in host.children if p.dep_ == "prep" and p.lower_ in _TO for o in p.children
                    if o.dep_ in ("pcomp", "pobj")]  # fmt: skip
    complements += _coordinated_infinitives(host)
    laws = [law for c in complements for law in carried_out_laws(ctx, c)]
    if laws:
        heads = ctx.args(_committer(verb), agent_types(ctx, "supports"), pred=verb)
        ctx.emit("supports", heads, laws, "commitment", verb)


def kept_commitment(ctx: Context, verb: Token) -> None:
    """ "X fulfilled its commitments for implementing Y", "X made a commitment to ratify Y": the owner of the noun of
    commitment the verb takes (its possessor, else the verb's subject) supports the law the noun's act carries out."""
    if verb.lemma_.lower() not in ctx.lex.commitment_keeping_verbs:
        return
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ctx.lex.commitment_nouns]
    types = agent_types(ctx, "supports")
    for noun in nouns:
        acts = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in _TO for o in p.children
                if o.dep_ in ("pcomp", "pobj")]  # fmt: skip
        acts += [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i]
        laws = [law for a in acts for law in carried_out_laws(ctx, a)]
        if laws:
            ctx.emit("supports", _owners(ctx, noun, verb, types), laws, "commitment", verb)


def _committer(verb: Token) -> list[Token]:
    """Who commits: the verb's subject; for "X is committed to ...", the copula's, which the parse may hang on the
    adjective's head or on the auxiliary ("is") before the participle."""
    own = subjects(verb)
    if own:
        return own
    if verb.dep_ == "acomp":
        return subjects(verb.head)
    return [s for a in verb.children if a.dep_ in ("aux", "auxpass") for s in subjects(a)]


def _coordinated_infinitives(host: Token) -> list[Token]:
    """ "committed to eliminate X; to support Y; and to take actions to implement Z": further infinitives in the
    list of what is committed to, which the parse may coordinate with the verb of commitment itself. A base form
    with no subject of its own continues the complement ("committed to A and suspended B" is a second clause)."""
    return [
        c
        for c in host.children
        if c.dep_ == "conj" and c.tag_ == "VB" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
    ]


def _owners(ctx: Context, noun: Token, verb: Token, types: frozenset[str]) -> list[tuple[Token, Argument]]:
    """Whose commitment it is: the possessor ("its commitments": the body or state it refers back to), else the
    subject of the verb that takes the noun."""
    owners: list[tuple[Token, Argument]] = []
    for c in noun.children:
        if c.dep_ != "poss":
            continue
        if c.tag_ == "PRP$":
            ref = ctx.resolver.references.possessive(c, types)
            owners += [(c, ref)] if ref is not None else []
        else:
            owners += ctx.args([c], types, expand=False)
    return owners or ctx.args(subjects(verb), types, pred=verb)


def _commit_word(ctx: Context, verb: Token) -> Token | None:
    """The word that commits: the verb itself ("committed to"), or the adjective "committed" after a copula."""
    words = ctx.lex.commitment_words
    if verb.lemma_.lower() in words or verb.lower_ in words:
        return verb
    return next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in words), None)


def carried_out_laws(ctx: Context, top: Token) -> list[tuple[Token, Argument]]:
    """The laws that a verb of carrying out (`carrying_out_verbs`) inside the complement `top` takes as its object
    (or after "with": "comply with"), where no word on the way down negates, hedges, proposes or undoes the act (a
    verb coordinated with such a word is an act of its own)."""
    lex = ctx.lex
    blocking = lex.proposal_governors | lex.hedge_governors | lex.undo_verbs
    out: list[tuple[Token, Argument]] = []
    stack = [top]
    while stack:
        tok = stack.pop()
        if tok.lemma_.lower() in blocking or any(c.dep_ == "neg" for c in tok.children):
            stack += [c for c in tok.children if c.dep_ == "conj"]  # "to eliminate X and to implement Y"
            continue
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lex.carrying_out_verbs:
            themes = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            themes += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("with", "to") for o in p.children
                       if o.dep_ == "pobj"]  # fmt: skip
            out += ctx.args(themes, LAW, pred=tok)
        stack += [c for c in tok.children if c.dep_ in _INNER_DEPS]
    return out
