"""The law named in an "as" clause of legal basis on an act on data (regulates): "share terrorist screening data as
called for in HSPD-6", "transfer passenger data as required by the Aviation Security Act". English states by such a
clause that the act is what the law demands or allows, so the law rules on the data the act handles, whoever does
it. A hedge in the clause ("as the bill would require"), or a negation or condition on the act ("do not keep X as
required by the Act", "if they transfer X as required by ..."), makes it no fact."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.attitude import attitude
from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW
from pipelines.nlp.relations.syntax import is_passive, objects, subjects

#: the prepositions that name the law after the clause's verb ("required by", "called for in", "set out under")
_LAW_PREPS = frozenset({"by", "in", "under"})


def as_required_by(ctx: Context, verb: Token) -> None:
    """ "as required by X", "as called for in X", "as provided in X": a verb of demanding or allowing
    (`basis_clause_verbs`) marked by "as", in the passive with no subject of its own, on a verb that handles or
    keeps data; the law it names regulates that verb's data (its objects, or its subject when passive)."""
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in ctx.lex.basis_clause_verbs:
        return
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return  # "as the minister required": a person's demand, not a law's
    act = verb.head
    if act.lemma_.lower() not in ctx.lex.handling_verbs | ctx.lex.storage_verbs:
        return
    laws = ctx.args(_law_objects(verb), LAW)
    data = subjects(act) if is_passive(act) else objects(act)
    polarity, modality = _act_attitude(ctx, act)
    ctx.emit("regulates", laws, ctx.datatypes(data), "as-required", verb, polarity=polarity, modality=modality)


def _act_attitude(ctx: Context, act: Token) -> tuple[str | None, str | None]:
    """What the act's own clause says of it that the law's clause inherits: a negation ("banks do not keep X as
    required by the Act", "are not required to retain X as provided in the Directive") leaves unclear whether the
    law rules on the data, and a condition ("if airlines transfer X as required by the Act") states nothing; either
    makes the relation no fact. The act's modal is not inherited ("must transfer X as required by ...")."""
    own = attitude(act, ctx.lex)
    polarity = "negated" if own.polarity == "negated" or _negated_act(act) else None
    modality = "conditional" if own.modality == "conditional" else None
    return polarity, modality


def _negated_act(act: Token) -> bool:
    """The act, or a verb it depends on, has a negation of its own."""
    tok: Token | None = act
    while tok is not None:
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        tok = tok.head if tok.head != tok and tok.pos_ in ("VERB", "AUX") else None
    return False


def _law_objects(verb: Token) -> list[Token]:
    """The objects of the prepositions after the verb and its particle ("called for in X": "for" has no object, "in"
    has X), down one level of prepositions."""
    out: list[Token] = []
    for p in verb.children:
        if p.dep_ not in ("agent", "prep", "prt"):
            continue
        if p.lower_ in _LAW_PREPS:
            out += [o for o in p.children if o.dep_ == "pobj"]
    return out
