"""partOf said by inclusion: the bodies listed in what a state's own group includes are the state's.

"The attacks targeted GOE websites including those of the Ministry of Foreign Affairs, the Ministry of Justice and
Parliament", "Government of Pakistan participation included representatives from the Ministry of Interior and the
Board of Investment", "China's security apparatus, including the Ministry of State Security, ...": a verb of
inclusion (`inclusion_verbs`, or its participle "including" as a preposition) whose whole is a state's own group
(a noun of the state's parts or doings, `state_part_nouns`, that the state modifies or possesses, or a noun of
government that stands for the state) lists parts of that whole; a body named in the list, or as the owner of what
is listed ("those of X", "representatives from X"), belongs to the state. A whole of other parties ("Kenya's
partners include X", "participants included ...") says nothing of whose a body is, and a body the reference tables
place in another state ("Japan's Ministry of Economy"), or whose name another state's nationality adjective
opens ("the Kenyan Communications Authority"), is that state's.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.reference import load_reference
from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.possession import through_government
from pipelines.nlp.relations.nationality import entity_country
from pipelines.nlp.relations.syntax import subjects

#: dependencies that go from a list item to the item before it
_LIST_DEPS = frozenset({"conj", "appos"})
#: prepositions after a listed noun that name whose it is ("those of X", "representatives from X")
_OWNER_PREPS = frozenset({"of", "from"})
#: dependencies by which a state modifies or possesses the noun of a group
_MODIFIER_DEPS = frozenset({"compound", "poss", "nmod"})


def included_body(ctx: Context, agency: Token) -> None:
    """partOf: the body (`agency`, a mention's root) named in the list of what a state's own group includes."""
    inclusion = _inclusion_above(ctx, agency)
    if inclusion is None:
        return
    whole = _whole(inclusion)
    if whole is None:
        return
    part_of = ctx.vocab.relation("partOf")
    states = ctx.args(_owner_states(ctx, whole), part_of.tails, expand=False)
    named = {ctx.m.entity(a.mention) for _, a in states}
    if len(named) != 1:
        return
    heads = [
        (t, a)
        for t, a in ctx.args([agency], part_of.heads, expand=False)
        if entity_country(a.mention, ctx.m) in (None, *named) and not _other_nationality(ctx, a.mention, named)
    ]
    ctx.emit("partOf", heads, states, "included", inclusion)


def _inclusion_above(ctx: Context, tok: Token) -> Token | None:
    """The verb of inclusion whose object, or the preposition "including" whose object, lists the token: up the
    list (conjuncts, appositions) and through the "of"/"from" phrase of a listed noun that is no name itself."""
    for _ in range(len(tok.sent)):  # each step goes up; a name's root may not be above its word, so it is bounded
        if tok.dep_ in _LIST_DEPS and tok.head != tok:
            tok = _name_root(ctx, tok.head)
        elif tok.dep_ in ("dobj", "obj"):
            return tok.head if tok.head.lemma_.lower() in ctx.lex.inclusion_verbs else None
        elif tok.dep_ == "pobj":
            prep = tok.head
            if prep.dep_ == "prep" and prep.lemma_.lower() in ctx.lex.inclusion_verbs:
                return prep
            owner = prep.head
            if prep.lower_ not in _OWNER_PREPS or owner.pos_ not in ("NOUN", "PRON") or ctx.m.at(owner) is not None:
                return None
            tok = owner
        else:
            return None
    return None


def _name_root(ctx: Context, tok: Token) -> Token:
    """The root of the name the token is a word of ("Education" in "the Ministry of Education and Parliament",
    where the parse coordinates the next item with the name's last word), or the token itself."""
    i = ctx.m.at(tok)
    span = ctx.m.spans[i] if i is not None else None
    return span.root if span is not None else tok


def _whole(inclusion: Token) -> Token | None:
    """The noun of what includes: the subject of the verb, or the noun the preposition "including" modifies (or the
    object right before it that the parse hung it on the verb after: "defaced GOE websites including those of X").
    A relative clause of inclusion on the object of a preposition may be about a noun higher up, so it names none."""
    if inclusion.dep_ == "prep":
        head = inclusion.head
        if head.pos_ in ("NOUN", "PROPN"):
            return head
        objects = [o for o in head.children if o.dep_ == "dobj" and o.right_edge.i + 2 >= inclusion.i > o.i]
        return objects[0] if objects else None
    if inclusion.dep_ == "relcl" and inclusion.head.dep_ == "pobj":
        return None  # "a mechanism for the use of data by US agencies, which includes X": the antecedent is unsure
    subj = subjects(inclusion)
    return subj[0] if len(subj) == 1 else None


def _owner_states(ctx: Context, whole: Token) -> list[Token]:
    """The tokens that name the state whose own group the whole is: the noun of government itself ("the Government
    of Kenya, including ..."), a state named as the whole ("the GOE, including ..."), or the state that modifies or
    possesses a noun of the state's parts or doings ("GOE websites", "China's security apparatus", "the websites of
    the GOE")."""
    lemma = whole.lemma_.lower()
    if lemma in ctx.lex.government_nouns and ctx.m.at(whole) is None:
        return through_government(ctx, [whole])
    i = ctx.m.at(whole)
    if i is not None:
        return [whole] if ctx.m.type(i) == "State" else []
    if lemma not in ctx.lex.state_part_nouns:
        return []
    owners = [c for c in whole.children if c.dep_ in _MODIFIER_DEPS and c.i < whole.i]
    owners += [o for p in whole.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    named = [o for o in owners if ctx.m.at(o) is not None]
    return named + through_government(ctx, owners)


def _other_nationality(ctx: Context, i: int, named: set[str]) -> bool:
    """A word of the body's name is the nationality adjective of a state other than the one named ("the Kenyan
    Communications Authority" in Nigeria's delegation)."""
    demonyms = load_reference().demonyms
    span = ctx.m.spans[i]
    words = span.text.lower().split() if span is not None else []
    return any(demonyms.get(w, state) != state for w in words for state in named)
