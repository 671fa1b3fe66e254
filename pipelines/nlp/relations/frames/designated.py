"""Localization said of a class of data a law brings into its text: "The Law on Data adds a category of core data
that must be stored in Vietnam", "The decree defines important data, which shall be kept within the country".

A relative clause on a data type (or on a noun of its class: "a category of core data") that obliges the data to
stay inside the country states the rule that comes with the class; when the class is the object of a verb by which
a law (or a state) brings it into being or names it (`designating_verbs`), the rule is that law's. The main clause
says whether it is so ("would add", "did not define"); the relative clause must oblige (must, shall, is required
to) and not deny it ("data that must not be stored in X" is no rule of keeping it there).

The word lists are `designating_verbs` and `data_kind_nouns` in `patterns/relations.yaml`.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.localization import stored_inside
from pipelines.nlp.relations.frames.roles import OF, agent_types
from pipelines.nlp.relations.frames.rows import obliged
from pipelines.nlp.relations.syntax import antecedent, is_passive, objects, prep_objects, subjects

_RELATION = "requiresLocalization"


def designated_storage(ctx: Context, verb: Token) -> None:
    """requiresLocalization: the law (or state) that designates a class of data, of the data, when a relative
    clause on it obliges the data to stay inside ("adds a category of core data that must be stored in Vietnam")."""
    if verb.dep_ != "relcl" or any(c.dep_ == "neg" for c in verb.children):
        return
    if not obliged(verb, ctx) or not stored_inside(ctx, verb):
        return
    noun = antecedent(verb)
    data, cls = _data_and_class(ctx, noun)
    if not data:
        return
    gov = cls.head
    if cls.dep_ not in ("dobj", "obj") or gov == cls or cls not in objects(gov) or is_passive(gov):
        return
    if gov.lemma_.lower() not in ctx.lex.designating_verbs:
        return
    heads = ctx.args(subjects(gov), agent_types(ctx, _RELATION), pred=gov)
    ctx.emit(_RELATION, heads, ctx.datatypes(data), "designated", gov)


def _data_and_class(ctx: Context, noun: Token) -> tuple[list[Token], Token]:
    """The data the relative clause's antecedent names and the noun phrase that is the class: a data type itself,
    the "of" objects of a noun of class ("a category of core data"), or a data type inside such a phrase that the
    parse hangs the clause on ("a category of core data [that must ...]")."""
    i = ctx.m.at(noun)
    if noun.lemma_.lower() in ctx.lex.data_kind_nouns and i is None:
        return prep_objects(noun, OF), noun
    if i is None or ctx.m.type(i) != "DataType":
        return [], noun
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in ctx.lex.data_kind_nouns:
        return [noun], of.head
    return [noun], noun
