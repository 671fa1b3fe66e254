"""A definite description of a state ("the country", "the nation", "the government") resolved to the one state named
before it.

English takes up a state named a sentence or two earlier by "the country": "Nepal has a growing mobile market. The
Nepal Telecommunications Authority is the regulator in the country."; "Kuwait joined the WTO in 1995. The country's
parliament ..."; "the government" is the state acting ("Kenya is a hub for cloud firms. The government adopted the
Data Protection Act"; "the Government" of a Hansard or a telegram too, where the parse takes it for a proper noun).
The description refers to the state when its reach (its own sentence before it and the two sentences
before, in its paragraph) names exactly one state; when the reach names none, to the one state the whole text names
before it (a text about one country calls it "the country" paragraphs later). Two states, or a nationality adjective
of another state ("a Chinese firm", which may be the country meant), leave the reference ambiguous. A modifier makes
the noun another country or a country in general ("the host country", "the same country", "the country of origin"),
and a plural is no reference: nothing is guessed then."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.reference import load_reference
from pipelines.nlp.relations.mentions import Mentions
from pipelines.nlp.relations.personal import reach_start

#: what may depend on the noun and leave it a plain description ("the country", "the country's")
_PLAIN_DEPS = frozenset({"det", "case", "punct"})


def is_state_description(tok: Token, nouns: frozenset[str], capitalised: frozenset[str] = frozenset()) -> bool:
    """ "the country", "the nation", "the government" (and their possessive): a singular state noun with "the" and
    nothing else ("the federal government", "the government of Chile" are not); taken for a proper noun only when
    its capital is the convention for a state's own government ("the Government"; "The Nation" is a newspaper)."""
    if tok.lower_ not in nouns or tok.tag_ not in ("NN", "NNP"):
        return False
    # "The Nation opposed ...": a capital mid-sentence (not a text in capitals) makes a name of any other noun
    capital = tok.tag_ == "NNP" or (tok.text[:1].isupper() and not tok.text.isupper() and tok.i != tok.sent.start)
    if capital and tok.lower_ not in capitalised:
        return False
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    return dets == ["the"] and all(c.dep_ in _PLAIN_DEPS for c in tok.children)


def state_antecedent(tok: Token, m: Mentions) -> int | None:
    """The nearest mention of the one state named in the description's reach, or, when the reach names none, in
    the whole text before it; nothing when two are named there or a nationality adjective there names another."""
    for start in (reach_start(tok), 0):
        states = [i for i in m.before(tok.idx) if m.items[i].start >= start and m.type(i) == "State"]
        if not states:
            continue
        entities = {m.entity(i) for i in states}
        if len(entities) != 1 or _other_nationality(tok, start, entities):
            return None
        return states[-1]
    return None


def _other_nationality(tok: Token, start: int, states: set[str]) -> bool:
    """Whether a nationality word of the model between `start` and the description names a state other than
    `states` (or one the reference tables do not know): "Kenya hosts a Chinese firm. The country ..." """
    demonyms = load_reference().demonyms
    return any(
        t.ent_type_ == "NORP" and demonyms.get(t.lower_) not in states for t in tok.doc[: tok.i] if t.idx >= start
    )
