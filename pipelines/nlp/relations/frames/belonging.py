"""partOf said by a copula and a noun of a body with "for" or through a pronoun: "It is the national data protection
authority for France", "X is the data protection authority for Kenya", "X is an agency acting as the national
authority for Australia"; and a body through which a state acts ("Vietnam, through the State Bank of Vietnam,
..."). A body noun predicated of an agency says what the agency is; the state it is the body "for" (as "of", or a
possessor, after a pronoun subject) owns it. The named subject with "of" or a possessor is `nominal.belongs`; this
adds what that leaves out."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.syntax import COPULAS, is_verbal, prep_objects, subjects

_FOR = frozenset({"for"})
_OF_FOR = frozenset({"of", "for"})
_AGENCY = frozenset({"Agency"})
_STATE = frozenset({"State"})


def described_body(ctx: Context, noun: Token) -> None:
    """ "It is the national data protection authority for France": the body noun as a copula's attribute; its "for"
    phrase (and, for a pronoun subject, its "of" phrase or possessor too) names the state the subject belongs to."""
    if ctx.m.at(noun) is not None:
        return
    pred, subj = _predicated_of(ctx, noun)
    if pred is None or not subj:
        return
    pronoun = all(s.pos_ == "PRON" for s in subj)
    owners = prep_objects(noun, _OF_FOR if pronoun else _FOR)
    if pronoun:
        owners += [c for c in noun.children if c.dep_ == "poss"]
    heads = ctx.args(subj, _AGENCY, pred=pred)
    ctx.emit("partOf", heads, ctx.args(owners, _STATE), "attribute-for", pred)


def _predicated_of(ctx: Context, noun: Token) -> tuple[Token | None, list[Token]]:
    """The predicate that says the subject is the body the noun names, and that subject: a copula whose attribute
    the noun is, or a verb of acting in a role with "as" ("acting as the national authority for Australia"); when
    that verb's subject is itself a noun said of a name ("X is an agency acting as ..."), the name."""
    if noun.dep_ == "attr" and noun.head.lemma_ in COPULAS:
        return noun.head, subjects(noun.head)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.head.lemma_.lower() not in ctx.lex.role_verbs:
        return None, []
    verb = prep.head
    subj = subjects(verb)
    named = [s for t in subj if ctx.m.at(t) is None and t.dep_ == "attr" for s in subjects(t.head)]
    return verb, named or subj


def acting_through(ctx: Context, agency: Token) -> None:
    """ "The Government of Vietnam, through the State Bank of Vietnam, manages ...", "the United States, through the
    Department of Commerce, urged ...": a body through which a state is said to act, in a parenthesis of means set
    off by commas, is the state's own. The state is
    the subject of the verb the "through" phrase modifies (or the subject noun the parse hangs it on)."""
    prep = agency.head
    if agency.dep_ != "pobj" or prep.lower_ not in ctx.lex.means_preps or prep.head == prep:
        return
    doc, end = agency.doc, prep.right_edge.i + 1
    if prep.i == 0 or doc[prep.i - 1].text != "," or end >= len(doc) or doc[end].text != ",":
        return  # "sent the data through the Department to X": a route, not a parenthesis of means
    gov = prep.head
    if is_verbal(gov):
        actors, pred = subjects(gov), gov
    elif gov.dep_ in ("nsubj", "nsubjpass"):
        actors, pred = [gov], gov.head
    else:
        return
    heads = ctx.args([agency], _AGENCY, expand=False)
    ctx.emit("partOf", heads, ctx.args(actors, _STATE, expand=False, pred=pred), "acting-through", pred)
