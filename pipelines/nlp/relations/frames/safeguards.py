"""Frames of protection and legal basis (regulates), and what a name before a law's kind noun says (enacts).

- "The Rule specifies a series of safeguards to assure the confidentiality of health records" (`safeguarded`), "the
  Act guarantees the confidentiality of health records" (`secured`);
- "This Decision provides a legal basis for transfers of personal data" (`legal_basis`);
- "X is a United States federal law" names where X is in force, not who made it (`jurisdiction_free`).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import OF
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import conjuncts, is_passive, objects, prep_objects, purpose_clauses, subjects

LAW = frozenset({"Law"})
#: the entity types whose name before a law's kind noun says who made the law ("a European Union directive")
_MAKER_TYPES = frozenset({"Agency", "IGO"})
#: how the verbs of a clause of purpose chain down ("for banks to use to assure ...")
_CHAIN_DEPS = frozenset({"xcomp", "advcl", "ccomp", "conj"})
_FOR = frozenset({"for"})


def jurisdiction_free(ctx: Context, names: list[Token]) -> list[tuple[Token, Argument]]:
    """The makers a name before a law's kind noun gives ("a European Union directive", "a Congress act"): a body's
    name there says who made the law, but a country's name ("a United States federal law", "a U.S. law") only says
    in whose legal order the law is in force (federal, state or treaty law alike), not who enacted it."""
    return ctx.args(names, _MAKER_TYPES)


def safeguarded(ctx: Context, verb: Token) -> None:
    """ "The Rule specifies safeguards to assure the confidentiality of health records", "the Act sets a series of
    standards for banks to use to ensure the security and integrity of financial data": a law (the subject of the
    verb, active) whose object is a noun of rule-making (through a noun of collection: "a series of safeguards")
    with a clause of purpose that secures a quality of data (a verb of securing and a noun such as
    confidentiality, privacy or integrity, with the data in its "of" phrase) rules on that data."""
    if is_passive(verb):
        return
    if verb.lemma_.lower() in ctx.lex.securing_verbs:
        secured(ctx, verb)
    objs = [o for o in objects(verb) if any(r.lemma_.lower() in ctx.lex.rule_nouns for r in _collected(ctx, o))]
    rules = [r for o in objs for r in dict.fromkeys([o, *_collected(ctx, o)]) if ctx.m.at(r) is None]
    if not rules:
        return
    # the clause may hang on the noun of collection ("a set of safeguards for banks to use to ...")
    clauses = [c for r in rules for c in r.children if c.dep_ in ("acl", "relcl")] + purpose_clauses(verb)
    data = [d for c in clauses for v in _securing_verbs(ctx, c) for d in _quality_data(ctx, v)]
    if data:
        heads = ctx.args(subjects(verb), LAW, pred=verb)
        ctx.emit("regulates", heads, ctx.datatypes(data), "safeguard", verb)


def secured(ctx: Context, verb: Token) -> None:
    """ "The Act guarantees the confidentiality of health records", "the Regulation ensures the security and
    integrity of X": a law (the subject) that secures a quality of data (a verb of securing whose object is a noun
    of a quality data is kept in, with the data in its "of" phrase) rules on that data."""
    data = _quality_data(ctx, verb)
    if data:
        heads = ctx.args(subjects(verb), LAW, pred=verb)
        ctx.emit("regulates", heads, ctx.datatypes(data), "secured-quality", verb)


def legal_basis(ctx: Context, verb: Token) -> None:
    """ "This Decision provides a legal basis for transfers of personal data", "the Act is the basis for the
    collection of health records": a law that grounds an act of handling data in law (its object, or what a copula
    says it is, is a noun of grounding with "for" and the act) rules on that data. Only the data of a noun of
    handling ("transfers of X") or the data itself ("a basis for X") counts."""
    if is_passive(verb):
        return
    nouns = [o for o in objects(verb) + _attributes(verb) if o.lemma_.lower() in ctx.lex.grounding_nouns]
    acts = [a for n in nouns if ctx.m.at(n) is None for o in prep_objects(n, _FOR) for a in conjuncts(o)]
    data = [d for a in acts for d in _handled(ctx, a)]
    if data:
        heads = ctx.args(subjects(verb), LAW, pred=verb)
        ctx.emit("regulates", heads, ctx.datatypes(data), "legal-basis", verb)


def _attributes(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "attr"] if verb.lemma_ == "be" else []


def _collected(ctx: Context, noun: Token) -> list[Token]:
    """The noun, or what a noun of collection or quantity gathers ("a series of safeguards", "a set of rules")."""
    lemma = noun.lemma_.lower()
    if lemma in ctx.lex.collection_nouns or lemma in ctx.lex.quantity_nouns:
        return [c for o in prep_objects(noun, OF) for c in conjuncts(o)]
    return [noun]


def _securing_verbs(ctx: Context, clause: Token) -> list[Token]:
    """The verbs of securing in a clause of purpose and the infinitives it chains to ("to use to assure")."""
    out, todo = [], [clause]
    while todo:
        verb = todo.pop()
        if verb.lemma_.lower() in ctx.lex.securing_verbs:
            out.append(verb)
        todo += [c for c in verb.children if c.dep_ in _CHAIN_DEPS and c.pos_ in ("VERB", "AUX")]
    return out


def _quality_data(ctx: Context, verb: Token) -> list[Token]:
    """The data whose quality the verb secures: its objects are nouns of a quality of data ("the confidentiality,
    integrity, and availability of X"), with the data in the "of" phrase of one of them."""
    qualities = [q for o in objects(verb) for q in conjuncts(o) if ctx.m.at(q) is None]
    qualities = [q for q in qualities if q.lemma_.lower() in ctx.lex.data_qualities]
    return [d for q in qualities for o in prep_objects(q, OF) for d in conjuncts(o) if _is_datatype(ctx, d)]


def _handled(ctx: Context, act: Token) -> Iterable[Token]:
    """The data an act names: a data type itself, or the data in the "of" phrase of a noun of handling."""
    if _is_datatype(ctx, act):
        return [act]
    if ctx.m.at(act) is None and act.lemma_.lower() in ctx.lex.handling_nouns:
        return [d for o in prep_objects(act, OF) for d in conjuncts(o) if _is_datatype(ctx, d)]
    return []


def _is_datatype(ctx: Context, tok: Token) -> bool:
    i = ctx.m.at(tok)
    return i is not None and ctx.m.type(i) == "DataType"
