"""Whose a described thing is: a nationality adjective or a state's name before a noun ("the Chinese decree", "the
Vietnam decree") says which state's law or body the noun means, and a law or body another state's is not meant by
it (`Descriptions._description`: "Vietnam issued Decree 53. X opposed the Chinese decree" is no reference to
Decree 53)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipelines.nlp.reference import ReferenceIndex, load_reference, regular_demonyms
from pipelines.nlp.relations.mentions import Mentions

#: an id a generic title takes with its country in front ("law/vn-personal-data-protection-law")
_QUALIFIED_ID = re.compile(r"^[a-z]+/([a-z]{2})-[a-z0-9]")


def modifier_states(tok: Token, mentions: Mentions, index: ReferenceIndex | None = None) -> set[str]:
    """The states the capitalised modifiers before a noun name: a nationality adjective resolved by the reference
    tables' demonyms ("Chinese" -> China, "Irish" -> Ireland; never by a prefix of the state's name), or a state's
    name the document found there ("the Vietnam decree")."""
    index = index or load_reference()
    states = set()
    for c in tok.children:
        if c.i > tok.i or c.dep_ not in ("amod", "compound", "nmod") or not c.text[:1].isupper():
            continue
        i = mentions.at(c)
        if i is not None:
            if mentions.type(i) == "State":
                states.add(mentions.entity(i))
        elif c.lower_ in index.demonyms:
            states.add(index.demonyms[c.lower_])
    return states


def entity_country(i: int, mentions: Mentions, index: ReferenceIndex | None = None) -> str | None:
    """The state or union a mentioned law or body is of: the tables' country of it, or the state a generic title's
    id was qualified by (`Resolution._qualify_by_country`) when the document names that state."""
    index = index or load_reference()
    eid = mentions.entity(i)
    entity = index.entities.get(eid)
    if entity is not None:
        return entity.country
    m = _QUALIFIED_ID.match(eid)
    state = f"state/{m.group(1).upper()}" if m else None
    named = {mentions.entity(j) for j in range(len(mentions.items)) if mentions.type(j) == "State"}
    return state if state in named else None


def names_another_state(tok: Token, i: int, mentions: Mentions) -> bool:
    """A modifier before the noun names a state, and the mentioned law or body is of none of the states it names:
    "the Chinese decree" is not Vietnam's Decree 53. A law or body of no known country is not contradicted."""
    states = modifier_states(tok, mentions)
    country = entity_country(i, mentions) if states else None
    return country is not None and country not in states


def named_by_adjectives(mentions: Mentions, i: int, text: str, adjectives: set[str]) -> bool:
    """The state mentioned as `text` (mention `i`) is the one the nationality adjectives name: the state the
    reference tables give an adjective, or one whose name forms it by rule (`regular_demonyms`)."""
    demonyms = load_reference().demonyms
    return mentions.entity(i) in {demonyms[a] for a in adjectives if a in demonyms} or bool(
        adjectives & regular_demonyms(text)
    )


def state_named_before(mentions: Mentions, tok: Token, adjectives: set[str]) -> Span | None:
    """ "Egypt's first data law entered into force. It was ratified by Egyptian president X": where its sentence
    names no such state, a nationality adjective stands for the state last named before it in the same paragraph
    (a regular demonym of that mention's name, or the state the reference tables give the adjective); none when
    that mention is coordinated with other states (they would come along as arguments)."""
    found = [
        span
        for i, span in enumerate(mentions.spans)
        if span is not None
        and span.end <= tok.sent.start
        and mentions.type(i) == "State"
        and named_by_adjectives(mentions, i, span.text, adjectives)
    ]
    if not found or "\n\n" in tok.doc[found[-1].end : tok.i].text or found[-1].root.conjuncts:
        return None
    return found[-1]
