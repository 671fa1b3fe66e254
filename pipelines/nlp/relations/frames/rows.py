"""Localisation said of a country by a row or a fronted topic, with no verb of requiring.

A row or labelled line names what it is about before a separator, and its clause says something of it: in "Turkey:
Personal data must be stored in Turkey." or "- Vietnam: Social media firms must store user data locally." the
label is a state and the clause a rule that data stays inside it, so the state requires the data's localisation.
A fronted "For X," names the data a sentence's rule is about: in "For government data, localisation is exclusive:
all data must remain within Saudi Arabia" a rule that data must stay inside a named state is that state's rule for
X. Only a rule makes a fact: the clause must oblige (must, shall, is required to, has to); what merely is ("Most
data is stored in Ireland") is no rule, and the clause's own polarity and modality qualify it as everywhere.

The word lists are `row_separators`, `row_obligation_governors` and `topic_preps` in `patterns/relations.yaml`.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.localization import stored_inside
from pipelines.nlp.relations.syntax import is_passive, is_verbal, objects, subjects, to_infinitive

_RELATION = "requiresLocalization"
#: what ends a row's first clause: the end of its sentence, or a semicolon before the next clause
_CLAUSE_ENDS = frozenset({".", ";", "!", "?"})
_BULLETS = frozenset({"-", "*", "•", "–", "—"})
#: prepositions of place after a verb of storage ("stored in Turkey", "remain within X", "kept on servers in X")
_PLACE_PREPS = frozenset({"in", "within", "inside", "on", "onto", "at"})
_INSIDE_PREPS = frozenset({"in", "within", "inside"})


def state_rows(ctx: Context) -> None:
    """requiresLocalization: each row whose label is a state and whose first clause obliges data to stay inside
    it (`row_rules`); each sentence with a fronted data type and a rule keeping data inside a named state
    (`topic_rules`)."""
    for tok in ctx.doc:
        if _row_start(tok):
            row_rules(ctx, tok)
            topic_rules(ctx, tok)


def _row_start(tok: Token) -> bool:
    """The token begins a row: the document's, a line's or a sentence's first word, or the first after a list
    bullet there (a text view joins lines, so a row may follow the end of the sentence before it)."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    if prev is not None and prev.text in _BULLETS:
        prev = tok.doc[prev.i - 1] if prev.i else None
    if prev is None or "\n" in prev.text or "\n" in prev.whitespace_:
        return True
    return prev.text in (".", "!", "?") or tok.is_sent_start is True


def _label(ctx: Context, tok: Token) -> tuple[int, Token] | None:
    """The state mention that is the whole label of the row starting at `tok`, and the separator after it."""
    i = ctx.m.at(tok)
    if i is None or ctx.m.type(i) != "State":
        return None
    end = tok.i
    while end + 1 < len(ctx.doc) and ctx.m.at(ctx.doc[end + 1]) == i:
        end += 1
    sep = ctx.doc[end + 1] if end + 1 < len(ctx.doc) else None
    if sep is None or sep.text not in ctx.lex.row_separators:
        return None
    return i, sep


def _clause(sep: Token) -> list[Token]:
    """The row's first clause: from after the separator to the end of its sentence, a semicolon or a line break
    ("India: Payment data must be stored domestically; broader localisation proposed": the first only). A question
    ("Peru: Must health records be stored locally?") states no rule: no clause."""
    out: list[Token] = []
    for t in sep.doc[sep.i + 1 :]:
        if t.text in _CLAUSE_ENDS or "\n" in t.text:
            return [] if t.text == "?" else out
        out.append(t)
        if "\n" in t.whitespace_:
            break
    return out


def obliged(verb: Token, ctx: Context) -> bool:
    """The verb states a rule: an obligation modal on it (or on the verb it is coordinated with: "must process
    and store"), or it is the infinitive of a verb of obliging ("is required to be stored", "have to keep")."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for v in verbs:
        if any(c.dep_ == "aux" and c.lower_ in ctx.lex.obligation_modals for c in v.children):
            return True
        # the infinitive with "to" ("have to keep"), not a causative participle ("have their data stored locally")
        governor = v.dep_ == "xcomp" and v.head.lemma_.lower() in ctx.lex.row_obligation_governors
        if to_infinitive(v) and governor and not _named_ruler(ctx, v.head):
            return True
    return False


def _named_ruler(ctx: Context, gov: Token) -> bool:
    """ "China: The Cybersecurity Law requires operators to store X in China": an active verb of obliging whose
    subject is a name says whose rule it is (the verb frames read it), not the row's label."""
    return not is_passive(gov) and any(ctx.m.at(s) is not None for s in subjects(gov))


def _named_places(ctx: Context, verb: Token) -> set[str]:
    """The entities of the states named where the verb (or its stored data) puts the data ("stored in Turkey",
    "store all payment data in India")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS]
    preps += [p for o in objects(verb) for p in o.children if p.dep_ == "prep" and p.lower_ in _INSIDE_PREPS]
    out = set()
    for t in (t for p in preps for t in p.subtree):
        i = ctx.m.at(t)
        if i is not None and ctx.m.type(i) == "State":
            out.add(ctx.m.entity(i))
    return out


def _rules_inside(ctx: Context, tokens: list[Token]) -> list[Token]:
    """The verbs of storage among the tokens that oblige data to stay inside the country (`stored_inside`)."""
    return [
        t
        for t in tokens
        if is_verbal(t) and t.lemma_.lower() in ctx.lex.storage_verbs and obliged(t, ctx) and stored_inside(ctx, t)
    ]


def row_rules(ctx: Context, tok: Token) -> None:
    """ "Turkey: Personal data must be stored in Turkey.", "Vietnam: Social media firms must store user data
    locally.": the label state requires the data its clause keeps inside; a clause that puts the data in another
    named state ("Brazil: banks must keep data in Portugal") says nothing of the label's own rule."""
    label = _label(ctx, tok)
    if label is None:
        return
    state, sep = label
    clause = _clause(sep)
    inside = {t.i for t in clause}
    heads = ctx.args([tok], frozenset({"State"}), expand=False)
    for verb in _rules_inside(ctx, clause):
        if _named_places(ctx, verb) - {ctx.m.entity(state)}:
            continue
        data = [t for t in subjects(verb) + objects(verb) if t.i in inside]
        ctx.emit(_RELATION, heads, ctx.datatypes(data), "row", verb, deontic=True)


def topic_rules(ctx: Context, tok: Token) -> None:
    """ "For government agency data, localisation is exclusive: all data must remain within Saudi Arabia": a data
    type fronted by "For" is what the sentence's rule is about, so a rule that data (said by a bare data noun)
    must stay inside a named state is that state's localisation of the fronted type."""
    if tok.lower_ not in ctx.lex.topic_preps:
        return
    topic = ctx.doc[tok.i + 1 : tok.sent.end]
    first = next((t for t in topic if t.text == ","), None)
    if first is None:
        return
    fronted = ctx.datatypes([t for t in topic if t.i < first.i and t.head == tok])
    rest = [t for t in topic if t.i > first.i]
    for verb in _rules_inside(ctx, rest):
        bare = [s for s in subjects(verb) + objects(verb) if s.lemma_.lower() in ctx.lex.data_nouns]
        if not bare or any(ctx.m.at(s) is not None for s in bare):
            continue
        states = _inside_states(ctx, verb)
        ctx.emit(_RELATION, ctx.args(states, frozenset({"State"}), expand=False), fronted, "topic", verb, deontic=True)


def _inside_states(ctx: Context, verb: Token) -> list[Token]:
    """The named states the verb keeps the data in ("remain within Saudi Arabia"): objects of its prepositions
    of inside."""
    out = []
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _INSIDE_PREPS):
        for t in (c for c in p.children if c.dep_ == "pobj"):
            i = ctx.m.at(t)
            if i is not None and ctx.m.type(i) == "State":
                out.append(t)
    return out
