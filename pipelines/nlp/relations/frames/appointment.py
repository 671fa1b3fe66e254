"""An office said by a verb of appointment: "X was appointed head of the CNIL", "X was elected president of Y",
"the Government named X (as) director of Y", "X replaced Y as director of Z". The title the verb gives its object
(as an object predicate, or after "as"; for a verb of succession, its subject's "as") is the office the person
then holds, as the attribute of "X became president of Y" is; the verb's clause says whether it is so ("was not
appointed", "may be appointed")."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.syntax import is_passive, prep_objects

_AS = frozenset({"as"})


def appointed_titles(ctx: Context, person: Token, words: frozenset[str]) -> list[Token]:
    """The title nouns (of `words`) that a verb of appointment (`appointment_verbs`) gives the person: the subject
    of the passive ("X was appointed head of Y") or the object of the active ("named X director of Y")."""
    noun = _appointment_noun(ctx, person)
    if noun is not None:
        titles = prep_objects(noun, _AS) + prep_objects(person, _AS) + _as_after_noun(noun)
        return [t for t in titles if t.lemma_.lower() in words]
    verb = person.head
    if succeeding_verb(ctx, verb) and person.dep_ == "nsubj":
        return [t for t in prep_objects(verb, _AS) if t.lemma_.lower() in words]
    if verb.lemma_.lower() not in ctx.lex.appointment_verbs:
        return []
    if not (person.dep_ == "nsubjpass" and is_passive(verb)) and person.dep_ != "dobj":
        return []
    titles = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp") and c.i > verb.i]
    titles += prep_objects(verb, _AS)
    return [t for t in titles if t.lemma_.lower() in words]


def succeeding_verb(ctx: Context, verb: Token) -> bool:
    """ "A replaced B as DAS Director", "A succeeded B as chair of the FTC": in the active voice, the subject of a
    verb of succession (`succession_verbs`) takes the office its "as" phrase names (the object held it before; in
    the passive, "B was replaced by A as ...", the subject is the one who left, so only the active counts)."""
    return verb.lemma_.lower() in ctx.lex.succession_verbs and not is_passive(verb)


def _as_after_noun(noun: Token) -> list[Token]:
    """ "MPs approved the appointment of X as the next Information Commissioner": the "as" phrase right after the
    noun of appointment's phrase is the noun's, though the parse often hangs it on the verb that takes the noun."""
    if noun.dep_ != "dobj":
        return []
    after = noun.right_edge.i + 1
    return [o for p in noun.head.children if p.dep_ == "prep" and p.lower_ in _AS and p.i == after
            for o in p.children if o.dep_ == "pobj"]  # fmt: skip


def _appointment_noun(ctx: Context, person: Token) -> Token | None:
    """ "confirmed the appointment of X as Y", "welcome the election of X as chair of Y": the noun of appointment
    whose "of" names the person, unless the clause stands against it ("rejected the appointment of X")."""
    if person.dep_ != "pobj" or person.head.lower_ != "of":
        return None
    noun = person.head.head
    if noun.lemma_.lower() not in ctx.lex.appointment_nouns:
        return None
    against = {w for f in ctx.lex.frames_for_relation("opposes") for w in f.lemmas}
    if noun.dep_ in ("dobj", "pobj", "nsubjpass") and noun.head.lemma_.lower() in against:
        return None
    return noun


def appointing_verb(ctx: Context, title: Token) -> Token | None:
    """The verb of appointment that gives the title (its object predicate or "as" phrase), whose clause says whether
    the office is held: "was not appointed head of Y" holds none; for a noun of appointment, the noun (whose
    clause says the same: "did not confirm the appointment of X as Y")."""
    gov = title.head.head if title.dep_ == "pobj" and title.head.lower_ in _AS else title.head
    if gov.lemma_.lower() in ctx.lex.appointment_nouns:
        return gov
    owner = gov.head if gov.dep_ == "pobj" and gov.head.lower_ == "of" else None
    if owner is not None and owner.head.lemma_.lower() in ctx.lex.appointment_nouns:
        return owner.head  # "the appointment of X as Y", "as" hung on the person
    if gov.lemma_.lower() in ctx.lex.appointment_verbs and (title.dep_ != "pobj" or title.head.head == gov):
        return gov
    if succeeding_verb(ctx, gov) and title.dep_ == "pobj" and title.head.lower_ in _AS:
        return gov
    if title.dep_ == "pobj" and title.head.lower_ in _AS:  # the "as" phrase hung on the verb that takes the noun
        nouns = [c for c in gov.children if c.dep_ == "dobj" and c.lemma_.lower() in ctx.lex.appointment_nouns]
        return next((n for n in nouns if title in _as_after_noun(n)), None)
    return None
