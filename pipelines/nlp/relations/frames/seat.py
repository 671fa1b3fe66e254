"""partOf: the state a body's description places it in.

An encyclopedia's first sentence, a release's boilerplate and a news article describe a body by what it does and
where: "The Uganda Communications Commission (UCC) is the government regulatory body of the communications sector in
Uganda", "the NCC, the independent regulatory authority for the telecommunications industry in Nigeria,". The noun
of a body (`part_nouns`) is the body's description; an "in" phrase that closes the noun phrase of that description,
reached through the nouns of its "of", "for" and "over" phrases only, names the state it acts in, and a body that
acts for a state in that state is the state's. What a verb inside the description says ("the agency that fined Meta
in Ireland", "the body responsible for cooperation with regulators in Brazil") places something else, as does a
phrase that goes on to another party ("data transfers to companies in China"); a body stationed abroad (an embassy,
an office) is not its host's; a description that names more than one state names none.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Argument, Context
from pipelines.nlp.relations.frames.roles import IN
from pipelines.nlp.relations.nationality import entity_country
from pipelines.nlp.relations.syntax import agents, is_passive, prep_objects, subjects

# the prepositions through which a body's description goes on naming its field: "the regulator of the sector",
# "the authority for the industry", "oversight over the market"
_FIELD_PREPS = frozenset({"of", "for", "over"})


def _field_nouns(noun: Token) -> list[Token]:
    """The noun and the nouns its description reaches by "of", "for" and "over" ("the body of the communications
    sector", "the authority for the telecommunications industry"), never through a verb or a clause."""
    out, todo = [noun], [noun]
    while todo:
        tok = todo.pop()
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in _FIELD_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    out.append(obj)
                    todo.append(obj)
    return out


def _places(noun: Token) -> list[Token]:
    """The objects of the "in" phrases hung on the description's nouns."""
    return [
        obj
        for tok in _field_nouns(noun)
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in IN
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def placed_body(ctx: Context, heads: list[tuple[Token, Argument]], noun: Token) -> None:
    """partOf: "X is the regulatory body of the communications sector in Uganda" (`noun`: the description's
    noun of a body, said of the body by a copula or an apposition)."""
    if not heads or any(h.lemma_.lower() in ctx.lex.stationed_body_nouns for h, _ in heads):
        return
    states = ctx.args(_places(noun), frozenset({"State"}))
    if len({ctx.m.entity(a.mention) for _, a in states}) != 1:
        return
    ctx.emit("partOf", heads, states, "placed", noun)


def sector_regulator(ctx: Context, verb: Token) -> None:
    """partOf: "Broadcasting in Kenya is regulated by the Communications Authority", "Internet services are
    administered in Lebanon by the Ministry of Telecommunication": a passive verb of governing a field
    (`sector_governing_verbs`) whose by-agent is a body and whose field is placed in one state (an "in" phrase on
    the subject or on the verb) says the body governs that field for that state. A subject that names anything
    (a company's operations, a law) is not a field, and a body the reference tables place in another state is
    that state's."""
    if verb.lemma_.lower() not in ctx.lex.sector_governing_verbs or not is_passive(verb):
        return
    fields = subjects(verb)
    if not fields or any(ctx.m.at(t) is not None for f in fields for t in f.subtree if t.dep_ != "pobj"):
        return
    places = [o for f in fields for o in prep_objects(f, IN)] + prep_objects(verb, IN)
    bodies = ctx.args(agents(verb), frozenset({"Agency"}), expand=False)
    states = ctx.args(places, frozenset({"State"}))
    named = {ctx.m.entity(a.mention) for _, a in states}
    if len(named) != 1 or any(entity_country(a.mention, ctx.m) not in (None, *named) for _, a in bodies):
        return
    ctx.emit("partOf", bodies, states, "sector", verb)
